"""Train the learned sentence proposer (timeline/extract/sentence_model.py) and cross-validate it by issuer.

Run: ``.venv/bin/python bench/train_sentence_model.py --folds`` compares the rules alone with the
rules + the model on the real corpus (tests/real), leave one issuer out: for each fold the model is
trained on the sentences of the self-written sets (tests/gold*) and of the real documents of the
other folds only, then proposes events in the held-out fold's sentences the rules left empty.
``--write PATH`` trains on everything and writes the JSON weights.

Labels: a sentence holding the evidence of a gold event takes that event's type (the first one's),
any other sentence ``none``; event-free documents give ``none`` sentences only. Model: scikit-learn
``LogisticRegression`` (multinomial, lbfgs, C=1, ``random_state=0``), a development dependency only;
the weights are exported to a :class:`SentenceModel`, so the folds score the plain-Python code that
would run in the app. The threshold (0.5) is fixed beforehand, not chosen on the folds.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench import training_runs  # noqa: E402
from timeline.extract.evaluate import ArticleResult  # noqa: E402
from timeline.extract.sentence_model import NONE, SentenceModel, sentence_features, sentences_of  # noqa: E402


def training_rows(results: list[ArticleResult]) -> tuple[list[dict[str, float]], list[str]]:
    """Features and class of every sentence of the documents."""
    rows, labels = [], []
    for r in results:
        spans = []
        for g in r.gold:
            at = r.text.find(g.get("evidence", "")) if g.get("evidence") else -1
            if at >= 0:
                spans.append((at, g["event_type"]))
        for start, end, sentence in sentences_of(r.text, r.lang):
            label = next((t for at, t in spans if start <= at < end), NONE)
            rows.append(sentence_features(sentence, r.lang))
            labels.append(label)
    return rows, labels


def train(results: list[ArticleResult], threshold: float = 0.5) -> SentenceModel | None:
    """A model fitted on the sentences of ``results``; None when they hold only one class."""
    rows, labels = training_rows(results)
    if len(set(labels)) < 2:
        return None
    vectorizer = DictVectorizer(sparse=True, sort=True)
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=1.0, solver="lbfgs", max_iter=2000, random_state=0)
    model.fit(x, labels)
    names = vectorizer.get_feature_names_out()
    classes = [str(c) for c in model.classes_]
    if len(classes) == 2:  # a binary fit has one row of weights: the second class against the first
        coef = [-model.coef_[0], model.coef_[0]]
        intercept = [-model.intercept_[0] / 2, model.intercept_[0] / 2]
    else:
        coef, intercept = list(model.coef_), list(model.intercept_)
    weights = {
        c: {str(n): float(w) for n, w in zip(names, row, strict=True) if w}
        for c, row in zip(classes, coef, strict=True)
    }
    return SentenceModel(weights, {c: float(b) for c, b in zip(classes, intercept, strict=True)}, threshold)


def main(argv: list[str] | None = None) -> int:
    return training_runs.run(
        __doc__, train, lambda fitted, r: [*r.extracted, *fitted.propose(r.text, r.published, r.lang, r.extracted)],
        names=("rules", "rules + sentence model"), labels=("rules alone", "rules + sentence model"),
        what="sentences", count_weights=lambda fitted: sum(len(w) for w in fitted.weights.values()),
        folds_help="cross-validate rules alone and rules + model", argv=argv,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
