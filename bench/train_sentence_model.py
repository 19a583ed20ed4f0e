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

Seventh round (issue 9): ``--select inner`` chooses the threshold inside each training set, never on
the held-out fold: the training documents' issuers are dealt, in sorted order, into
:data:`INNER_GROUPS` groups (the self-written sets always in training); each group is proposed on
by a model fitted on the rest, each threshold of :data:`GRID` and "no proposer" is scored on the
pooled groups, and the best inner F1 that adds no false event on event-free documents is kept
(ties: no proposer, then the lower threshold). Three groups, not one per issuer, to keep the run
to minutes (a fit takes seconds).

Thirteenth round (issue 9, s13-learn): ``--groups quarter`` splits ``presidencia_mx`` into groups by
quarter of publication (``bench/train_filter.py``'s :func:`split_by_quarter`), for the outer folds and
the inner groups alike.

Sixteenth round (issue 9, s16-learned): ``--types other`` trains and proposes only the listed event
types (comma-separated; here ``other``, the type the rules miss most): a sentence holding the evidence
of a gold event of another type is ``none`` like any other, and the model reads, besides the words,
the sentence's grammar features (:func:`timeline.extract.candidate_grammar.sentence_grammar_features`:
trigger hits and their strength, length, question, conditional). Thresholds as before (fixed or inner).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench import training_runs  # noqa: E402
from timeline.extract.evaluate import ArticleResult  # noqa: E402
from timeline.extract.evaluate_sets import issuer_of  # noqa: E402
from timeline.extract.model import Event  # noqa: E402
from timeline.extract.sentence_model import NONE, SentenceModel, sentences_of  # noqa: E402

GRID = (0.5, 0.6, 0.7, 0.8, 0.9)  # thresholds --select inner may choose from, fixed beforehand
INNER_GROUPS = 3
_ROWS: dict[tuple[int, frozenset[str]], tuple[list[dict[str, float]], list[str]]] = {}
TYPES: frozenset[str] = frozenset()  # sixteenth round: the only types trained and proposed (empty: all)


def training_rows(results: list[ArticleResult]) -> tuple[list[dict[str, float]], list[str]]:
    """Features and class of every sentence of the documents."""
    rows, labels = [], []
    for r in results:
        key = (id(r), TYPES)
        if key not in _ROWS:
            _ROWS[key] = _document_rows(r, TYPES)
        rows += _ROWS[key][0]
        labels += _ROWS[key][1]
    return rows, labels


def _document_rows(r: ArticleResult, types: frozenset[str] = frozenset()) -> tuple[list[dict[str, float]], list[str]]:
    """Features and class of the sentences of one document (a sentence holding gold evidence takes its type;
    with ``types``, only an event of those types counts, and the grammar features are added)."""
    spans = []
    for g in r.gold:
        at = r.text.find(g.get("evidence", "")) if g.get("evidence") else -1
        if at >= 0 and (not types or g["event_type"] in types):
            spans.append((at, g["event_type"]))
    reader = SentenceModel({}, {}, structural=bool(types))
    rows, labels = [], []
    for start, end, sentence in sentences_of(r.text, r.lang):
        rows.append(reader.features(sentence, r.lang))
        labels.append(next((t for at, t in spans if start <= at < end), NONE))
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
    intercepts = {c: float(b) for c, b in zip(classes, intercept, strict=True)}
    return SentenceModel(weights, intercepts, threshold, structural=bool(TYPES))


def select_threshold(training: list[ArticleResult]) -> float | None:
    """The threshold chosen by inner folds of ``training`` (None: no proposer)."""
    base = [r for r in training if not r.source]
    real = [r for r in training if r.source]
    issuers = sorted({issuer_of(r) for r in real})
    group = {issuer: i % INNER_GROUPS for i, issuer in enumerate(issuers)}
    proposed: list[tuple[ArticleResult, list[Event]]] = []
    for g in range(INNER_GROUPS):
        held = [r for r in real if group[issuer_of(r)] == g]
        fitted = train(base + [r for r in real if group[issuer_of(r)] != g], min(GRID))
        for r in held:
            proposed.append((r, [] if fitted is None else fitted.propose(r.text, r.published, r.lang, r.extracted)))

    return training_runs.best_threshold(
        GRID,
        lambda r, extra, threshold: [
            *r.extracted,
            *(e for e in extra if threshold is not None and e.confidence >= threshold),
        ],
        proposed,
    )


def train_inner(results: list[ArticleResult], threshold: float = 0.5) -> SentenceModel | None:
    """A model fitted on ``results`` with the threshold its inner folds choose; None for no proposer."""
    chosen = select_threshold(results)
    print(f"  inner folds chose threshold {chosen if chosen is not None else 'none (no proposer)'}", flush=True)
    return None if chosen is None else train(results, chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--select", choices=("fixed", "inner"), default="fixed")
    parser.add_argument("--groups", choices=("issuer", "quarter"), default="issuer")
    parser.add_argument("--types", default="", help="comma-separated event types to train and propose (default: all)")
    own, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    global TYPES
    TYPES = frozenset(t for t in own.types.split(",") if t)
    print(f"threshold: {own.select}; folds by {own.groups}; types: {','.join(sorted(TYPES)) or 'all'}")
    from bench.train_filter import split_by_quarter  # noqa: PLC0415

    return training_runs.run(
        __doc__, train_inner if own.select == "inner" else train, lambda fitted, r: [*r.extracted, *fitted.propose(r.text, r.published, r.lang, r.extracted)],
        names=("rules", "rules + sentence model"), labels=("rules alone", "rules + sentence model"),
        what="sentences", count_weights=lambda fitted: sum(len(w) for w in fitted.weights.values()),
        folds_help="cross-validate rules alone and rules + model", argv=rest,
        prepare=split_by_quarter if own.groups == "quarter" else None,
    )  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
