"""The inner-fold threshold choice the training benches share (``bench/training_runs.best_threshold``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench import training_runs

# Each "document" is a list of (confidence, is_true, on_event_free_document) candidates; a threshold keeps
# those at or above it, None (the model off) keeps all of them.
DOCS = [
    [(0.9, True, False), (0.35, False, False), (0.2, True, False)],
    [(0.45, False, True), (0.8, True, False)],
]


def _figures(kept_lists):
    kept = [c for doc in kept_lists for c in doc]
    tp = sum(1 for _, true, _ in kept if true)
    fp = len(kept) - tp
    fn = sum(1 for doc in DOCS for _, true, _ in doc if true) - tp
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    false_free = sum(1 for _, true, free in kept if not true and free)
    return SimpleNamespace(score=SimpleNamespace(f1=f1), false_events_event_free=false_free)


def _keep(doc, _given, threshold):
    return [c for c in doc if threshold is None or c[0] >= threshold]


@pytest.mark.parametrize(
    ("grid", "expected"),
    [
        ((0.3, 0.4), None),  # each loses the true event at 0.2: F1 0.57 and 0.67, below the model off (0.75)
        ((0.3, 0.4, 0.5), 0.5),  # 0.5 keeps the two surest true events and no extra: F1 0.80
        ((0.1,), None),  # keeps all: no better than the model off
        ((0.95,), None),  # keeps nothing: worse than off
        ((0.5, 0.6), 0.5),  # equal F1 at 0.6 and 0.5: the first of the grid that reaches it stays
    ],
)
def test_the_inner_threshold_is_the_best_f1_without_more_false_events(monkeypatch, grid, expected):
    monkeypatch.setattr(training_runs, "pair_events", lambda doc, kept: kept)
    monkeypatch.setattr(training_runs, "figures", _figures)
    assert training_runs.best_threshold(grid, _keep, [(doc, None) for doc in DOCS]) == expected
