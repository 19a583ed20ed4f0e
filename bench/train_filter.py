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
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench import training_runs  # noqa: E402
from timeline.extract.candidate_filter import CandidateFilter, candidate_features  # noqa: E402
from timeline.extract.evaluate import ArticleResult  # noqa: E402


def _doc_type(result: ArticleResult) -> str:
    return str(result.source.get("doc_type", "")) if result.source else ""


def training_rows(results: list[ArticleResult]) -> tuple[list[dict[str, float]], list[int]]:
    """Features and labels of every candidate of the scored documents."""
    rows, labels = [], []
    for r in results:
        true = set(r.matched.values())
        for i, event in enumerate(r.extracted):
            rows.append(candidate_features(event, _doc_type(r)))
            labels.append(1 if i in true else 0)
    return rows, labels


def train(results: list[ArticleResult], threshold: float = 0.5) -> CandidateFilter | None:
    """A filter fitted on the candidates of ``results``; None when they hold only one class."""
    rows, labels = training_rows(results)
    if len(set(labels)) < 2:
        return None
    vectorizer = DictVectorizer(sparse=False, sort=True)  # liblinear refuses 64-bit sparse indices
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=1.0, class_weight="balanced", solver="liblinear", max_iter=1000)
    model.fit(x, labels)
    weights = dict(zip(vectorizer.get_feature_names_out(), (float(w) for w in model.coef_[0]), strict=True))
    return CandidateFilter(weights, float(model.intercept_[0]), threshold)


def main(argv: list[str] | None = None) -> int:
    return training_runs.run(
        __doc__, train, lambda fitted, r: fitted.keep(r.extracted, _doc_type(r)),
        names=("extractor", "extractor + learned filter"), labels=("without filter", "with filter"),
        what="candidates", count_weights=lambda fitted: len(fitted.weights),
        folds_help="cross-validate with and without the filter", width=22, per_fold=True, argv=argv,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
