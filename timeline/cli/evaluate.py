"""``timeline evaluate [DIR]``: precision, recall, F1 and date accuracy of the extractor on a gold set."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score the extractor on a gold set (default tests/gold)")
    p.add_argument("gold", nargs="?", default="tests/gold", help="gold folder with <lang>/NN_slug.txt + .json")
    p.add_argument("--details", action="store_true", help="also list every missed and extra event per article")
    p.add_argument("--baseline", action="store_true",
                   help="also score a naive keyword + dateparser search_dates extractor on the same gold set")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from timeline.extract.evaluate import evaluate, format_report, gold_articles

    root = Path(args.gold)
    if not gold_articles(root):
        print(f"{root}: no gold articles found (expected <lang>/NN_slug.txt with a .json beside each)")
        return 1
    print(format_report(evaluate(root), details=args.details))
    if args.baseline:
        print("\nNaive baseline (keywords + dateparser search_dates, first date of the sentence, else publication):")
        print(format_report(evaluate(root, baseline=True), details=args.details))
    return 0
