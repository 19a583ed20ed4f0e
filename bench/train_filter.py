"""Train the candidate filter (timeline/extract/candidate_filter.py) and cross-validate it by issuer.

Run: ``.venv/bin/python bench/train_filter.py --folds`` to compare the extractor with and without
the filter on the real corpus (tests/real), leave one issuer out: for each fold the filter is
trained on the candidates of the self-written sets (tests/gold, tests/gold_heldout*) and of the
real documents of the other folds only, then applied to the held-out fold. ``--write PATH``
trains on everything and writes the JSON weights.

Training data: every candidate the rules propose, labelled 1 when the evaluation pairs it with a
gold event (same type, compatible date), else 0. Model: scikit-learn ``LogisticRegression``
(liblinear, C=1, balanced classes), a development dependency only; the weights are exported to a
:class:`CandidateFilter`, so the folds score exactly the plain-Python code that would run in the
app. Deterministic: fixed solver, no randomness, sorted inputs.

Seventh round (issue 9): ``--features context`` (or ``context+words``) describes a candidate by where
and how it is told (turn of a transcript, question, negation, own date, doer's class, layout; see
``timeline/extract/candidate_context.py``) instead of the corpus's document type and hashed words.
``--select inner`` chooses the threshold inside each training set, never on the held-out fold: an
inner leave-one-issuer-out over the training documents' issuers (the self-written sets always in
training) scores each threshold of :data:`GRID` and "no filter", and keeps the one with the best
inner F1 that adds no false event on event-free documents (ties: no filter, then the lower threshold).

Thirteenth round (issue 9, s13-learn): ``--features grammar`` adds how the rules found the candidate
(``timeline/extract/candidate_grammar.py``); ``--weights none|balanced|false2`` sets the class weights
(``false2``: a false candidate counts twice); ``--groups quarter`` splits the one big Spanish issuer
(``presidencia_mx``) into groups by quarter of publication, for the outer and the inner folds alike, so
that Spanish trains on more than the handful of other Spanish documents (both columns of the table use
the same folds).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench import training_runs  # noqa: E402
from timeline.extract.candidate_filter import FEATURE_SETS, CandidateFilter, filter_features  # noqa: E402
from timeline.extract.evaluate import ArticleResult  # noqa: E402
from timeline.extract.evaluate_sets import fold_names  # noqa: E402

GRID = (0.3, 0.4, 0.5, 0.6, 0.7)  # thresholds --select inner may choose from, fixed beforehand
WIDE_GRID = (0.05, 0.1, 0.15, 0.2, *GRID)  # --grid wide (thirteenth round): also filters that drop only the unlikeliest
_ROWS: dict[tuple[int, str], list[dict[str, float]]] = {}  # features per (document, feature set)


def _doc_type(result: ArticleResult) -> str:
    return str(result.source.get("doc_type", "")) if result.source else ""


def _rows_of(r: ArticleResult, feature_set: str) -> list[dict[str, float]]:
    key = (id(r), feature_set)
    if key not in _ROWS:
        _ROWS[key] = [filter_features(e, _doc_type(r), r.text, feature_set) for e in r.extracted]
    return _ROWS[key]


def training_rows(results: list[ArticleResult], feature_set: str = "words") -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels of every candidate of the scored documents."""
    rows, labels = [], []
    for r in results:
        true = set(r.matched.values())
        rows += _rows_of(r, feature_set)
        labels += [1 if i in true else 0 for i in range(len(r.extracted))]
    return rows, labels


_WIDE: list[bool] = []  # set by --grid wide
_WEIGHTS = {"balanced": "balanced", "none": None, "false2": {0: 2.0, 1: 1.0}}
SPLIT_ISSUER = "presidencia_mx"  # the one issuer --groups quarter splits (153 of the 158 Spanish documents)


def split_by_quarter(results: list[ArticleResult]) -> None:
    """Give each SPLIT_ISSUER document the fold name of its quarter of publication (in place).

    The fold name holds the year and the quarter, so every quarter of publication is its own group
    (2025 Q2 and 2026 Q2 stay apart); a document with no publication date keeps the issuer's name
    (sixteenth round, checked on 2025 Q1 to 2026 Q2: six groups of 32 / 20 / 27 / 30 / 41 / 3).
    """
    for r in results:
        if r.source and r.source.get("issuer_slug") == SPLIT_ISSUER and r.published is not None:
            quarter = (r.published.month - 1) // 3 + 1
            r.source = {**r.source, "issuer_slug": f"{SPLIT_ISSUER}@{r.published.year}q{quarter}"}


def fit(
    results: list[ArticleResult], threshold: float = 0.5, feature_set: str = "words", balanced: bool | str = True
) -> CandidateFilter | None:
    """A filter fitted on the candidates of ``results``; None when they hold only one class."""
    rows, labels = training_rows(results, feature_set)
    if len(set(labels)) < 2:
        return None
    vectorizer = DictVectorizer(sparse=False, sort=True)  # liblinear refuses 64-bit sparse indices
    x = vectorizer.fit_transform(rows)
    weight = _WEIGHTS[balanced] if isinstance(balanced, str) else ("balanced" if balanced else None)
    model = LogisticRegression(C=1.0, class_weight=weight, solver="liblinear", max_iter=1000)
    model.fit(x, labels)
    weights = dict(zip(vectorizer.get_feature_names_out(), (float(w) for w in model.coef_[0]), strict=True))
    return CandidateFilter(weights, float(model.intercept_[0]), threshold, feature_set)


def _probability(fitted: CandidateFilter, row: dict[str, float]) -> float:
    z = fitted.intercept + sum(fitted.weights.get(k, 0.0) * v for k, v in row.items())
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def select_threshold(training: list[ArticleResult], feature_set: str, balanced: bool | str = True) -> float | None:
    """The threshold chosen by inner leave-one-issuer-out on ``training`` (None: no filter)."""
    base = [r for r in training if not r.source]
    real = [r for r in training if r.source]
    names = fold_names(real)
    scored: list[tuple[ArticleResult, list[float]]] = []
    for fold in sorted(set(names.values())):
        held = [r for i, r in enumerate(real) if names[i] == fold]
        fitted = fit(base + [r for i, r in enumerate(real) if names[i] != fold], 0.5, feature_set, balanced)
        for r in held:
            probs = (
                [1.0] * len(r.extracted)
                if fitted is None
                else [_probability(fitted, x) for x in _rows_of(r, feature_set)]
            )
            scored.append((r, probs))

    return training_runs.best_threshold(
        WIDE_GRID if _WIDE else GRID,
        lambda r, probs, threshold: [
            e for e, p in zip(r.extracted, probs, strict=True) if threshold is None or p >= threshold
        ],
        scored,
    )


def make_train(feature_set: str, select: str, balanced: bool | str = True):
    """The training function the folds call: a fixed threshold, or one chosen by inner folds."""

    def train(results: list[ArticleResult], threshold: float = 0.5) -> CandidateFilter | None:
        if select == "inner":
            chosen = select_threshold(results, feature_set, balanced)
            print(f"  inner folds chose threshold {chosen if chosen is not None else 'none (no filter)'}")
            if chosen is None:
                return None
            threshold = chosen
        return fit(results, threshold, feature_set, balanced)

    return train


train = make_train("words", "fixed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--features", choices=FEATURE_SETS, default="words")
    parser.add_argument("--select", choices=("fixed", "inner"), default="fixed")
    parser.add_argument("--unbalanced", action="store_true", help="no class weights (the default balances them)")
    parser.add_argument("--weights", choices=tuple(_WEIGHTS), help="class weights (overrides --unbalanced)")
    parser.add_argument("--groups", choices=("issuer", "quarter"), default="issuer")
    parser.add_argument("--grid", choices=("narrow", "wide"), default="narrow", help="thresholds --select inner tries")
    own, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    weights = own.weights or ("none" if own.unbalanced else "balanced")
    print(f"features: {own.features}; threshold: {own.select} ({own.grid}); classes {weights}; folds by {own.groups}")
    prepare = split_by_quarter if own.groups == "quarter" else None
    if own.grid == "wide":
        _WIDE.append(True)
    return training_runs.run(
        __doc__, make_train(own.features, own.select, weights), lambda fitted, r: fitted.keep(r.extracted, _doc_type(r), r.text),
        names=("extractor", "extractor + learned filter"), labels=("without filter", "with filter"),
        what="candidates", count_weights=lambda fitted: len(fitted.weights),
        folds_help="cross-validate with and without the filter", width=22, per_fold=True, argv=rest, prepare=prepare,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
