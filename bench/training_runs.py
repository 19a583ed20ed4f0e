"""The command shared by the training benches (train_filter.py, train_sentence_model.py).

Both train a small model on the self-written sets and the real corpus, compare the extractor with and
without it by leave-one-issuer-out folds (``--folds``, the model trained inside each fold on the other
issuers only) and write its JSON weights (``--write PATH``); only what they train and how a model is
applied differ.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from timeline.extract.evaluate import ArticleResult, gold_articles, pair_events, score_article
from timeline.extract.evaluate_sets import compact_line, figures, summarise
from timeline.extract.model import Event

ROOT = Path(__file__).resolve().parents[1]


def run(
    doc: str,
    train: Callable[[list[ArticleResult], float], object | None],
    apply: Callable[[object, ArticleResult], list[Event]],
    *,
    names: tuple[str, str],
    labels: tuple[str, str],
    what: str,
    count_weights: Callable[[object], int],
    folds_help: str,
    width: int = 26,
    per_fold: bool = False,
    argv: list[str] | None = None,
    prepare: Callable[[list[ArticleResult]], None] | None = None,
) -> int:
    """Parse the command line, then cross-validate and/or write the weights; returns the exit status.

    ``names`` are the two summaries' names (without, with the model), ``labels`` their short labels on
    each printed line, ``what`` the kind of training example ("candidates", "sentences");
    ``prepare`` may rename the real documents' folds before anything is scored (thirteenth round).
    """
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--real", default=str(ROOT / "tests" / "real"), help="the real corpus (folds by issuer)")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--folds", action="store_true", help=folds_help)
    parser.add_argument("--write", metavar="PATH", help="train on every document and write the JSON weights")
    args = parser.parse_args(argv)

    written = sorted(p for p in (ROOT / "tests").glob("gold*") if p.is_dir())
    base = [score_article(p) for d in written for p in gold_articles(d)]
    real = [score_article(p) for p in gold_articles(Path(args.real))]
    if prepare is not None:
        prepare(real)
    print(f"training base: {len(base)} self-written articles; real corpus: {len(real)} documents")

    if args.folds:

        def learner(training: list[ArticleResult]):
            fitted = train(base + training, args.threshold)
            if fitted is None:
                return lambda r: list(r.extracted)
            return lambda r: apply(fitted, r)

        without = summarise(args.real, names[0], real, folds=True)
        with_model = summarise(args.real, names[1], real, folds=True, learner=learner)
        pairs = ((labels[0], without), (labels[1], with_model))
        print("\ncross-validated, leave one issuer out (held-out documents only):")
        for label, summary in pairs:
            for lang, figures in (summary.cross_validated or {}).items():
                print(compact_line(f"{label} [{lang}]", figures, width))
        if per_fold:
            print("\nper fold (held-out documents only):")
            for label, summary in pairs:
                for fold, figures in (summary.folds or {}).items():
                    print(compact_line(f"{label} [{fold}]", figures, width))

    if args.write:
        fitted = train(base + real, args.threshold)
        if fitted is None:
            print(f"only one class of {what}: nothing to learn", file=sys.stderr)
            return 1
        Path(args.write).write_text(fitted.to_json(), encoding="utf-8")
        print(f"wrote {args.write} ({count_weights(fitted)} weights)")
    return 0


def best_threshold(
    grid: tuple[float, ...],
    kept_events: Callable[[ArticleResult, object, float | None], list[Event]],
    scored: list[tuple[ArticleResult, object]],
) -> float | None:
    """The threshold of ``grid`` whose kept events score the best F1 with no more false events than
    none at all (``None``, the model off), on the inner folds' held-out documents in ``scored``.

    ``kept_events(result, what_the_model_gave, threshold)`` lists a document's events at a threshold
    (``None``: the model off).
    """

    def score(threshold: float | None) -> tuple[float, int]:
        f = figures([pair_events(r, kept_events(r, given, threshold)) for r, given in scored])
        return f.score.f1, f.false_events_event_free

    best, (best_f1, false_off) = None, score(None)
    for threshold in grid:
        f1, false = score(threshold)
        if false <= false_off and f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, f1
    return best
