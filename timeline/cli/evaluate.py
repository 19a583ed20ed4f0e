"""``timeline evaluate [PATH...]``: precision, recall, F1 and date accuracy of the extractor on gold sets.

A PATH is a set (a folder of ``<lang>/`` folders) or one language's folder. Beside the classic
report, each set gets its figures per language and overall with false events on event-free
documents and future-dated happened events, per issuer and per doc type when the documents carry
``source`` metadata (tests/real), and with ``--folds`` leave-one-issuer-out figures
(timeline/extract/evaluate_sets.py).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score the extractor on gold sets (default tests/gold)")
    p.add_argument(
        "gold",
        nargs="*",
        default=["tests/gold"],
        metavar="PATH",
        help="a set folder with <lang>/NN_slug.txt + .json, or one language's folder",
    )
    p.add_argument("--details", action="store_true", help="also list every missed and extra event per article")
    p.add_argument(
        "--baseline",
        action="store_true",
        help="also score a naive keyword + dateparser search_dates extractor on the same sets",
    )
    p.add_argument(
        "--folds",
        action="store_true",
        help="leave one issuer out (needs source.issuer_slug, as in tests/real); issuers with "
        "fewer than 2 documents are pooled into one fold 'other'",
    )
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object instead of tables")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from timeline.extract.evaluate import ArticleResult, format_report, gold_articles, report_of, score_article
    from timeline.extract.evaluate_sets import format_summary, summarise

    roots = [Path(p) for p in args.gold]
    for root in roots:
        if not gold_articles(root):
            print(
                f"{root}: no gold articles found (expected <lang>/NN_slug.txt with a .json beside each, "
                "or NN_slug.txt + .json in a language folder)"
            )
            return 1
    runs = [("extractor", False)] + ([("naive baseline", True)] if args.baseline else [])
    summaries = []
    for root in roots:
        paths = gold_articles(root)
        for label, baseline in runs:
            results: list[ArticleResult] = [score_article(p, baseline) for p in paths]
            try:
                summary = summarise(str(root), label, results, folds=args.folds)
            except ValueError as exc:
                print(f"{root}: {exc}")
                return 1
            summaries.append(summary)
            if args.json:
                continue
            if baseline:
                print(
                    "\nNaive baseline (keywords + dateparser search_dates, first date of the sentence, else publication):"
                )
            elif len(roots) > 1:
                print(f"\n== {root}")
            print(format_report(report_of(results), details=args.details))
            print()
            print(format_summary(summary))
    if args.json:
        print(json.dumps({"sets": [s.to_dict() for s in summaries]}, ensure_ascii=False, indent=1))
    return 0
