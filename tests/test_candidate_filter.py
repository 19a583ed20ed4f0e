"""The learned candidate filter's run-time side (timeline/extract/candidate_filter.py): features, weights file, keep."""

from __future__ import annotations

import json

import pytest

from timeline.extract.candidate_filter import CandidateFilter, candidate_features, load_filter
from timeline.extract.model import Event


def _event(event_type: str = "boat_strike", evidence: str = "Forces struck a boat on Tuesday.") -> Event:
    return Event(
        event_type, "2025-09-02", "day", "Tuesday", "weekday", "happened", evidence, 0, len(evidence), 0.9, "en"
    )


def test_features_are_deterministic_and_hash_words_into_buckets():
    first, second = candidate_features(_event(), "bill"), candidate_features(_event(), "bill")
    assert first == second
    words = [k for k in first if k.startswith("word=")]
    assert 1 <= len(words) <= 6 and all(0 <= int(k[5:]) < 512 for k in words)


@pytest.mark.parametrize(("weight", "kept"), [(-5.0, []), (5.0, ["boat_strike"])])
def test_keep_drops_candidates_below_the_threshold(weight, kept):
    f = CandidateFilter({"type=boat_strike": weight}, 0.0, 0.5)
    assert [e.event_type for e in f.keep([_event()])] == kept


def test_weights_file_round_trips(tmp_path):
    f = CandidateFilter({"type=other": -1.25, "has_actor": 0.5, "zero": 0.0}, 0.25, 0.6)
    path = tmp_path / "filter.json"
    path.write_text(f.to_json(), encoding="utf-8")
    loaded = load_filter(path)
    assert loaded == CandidateFilter({"has_actor": 0.5, "type=other": -1.25}, 0.25, 0.6)
    assert path.read_text(encoding="utf-8") == loaded.to_json()


@pytest.mark.parametrize(
    "content", ["not json", json.dumps({"word_buckets": 7, "weights": {}, "intercept": 0, "threshold": 0.5})]
)
def test_a_bad_weights_file_says_how_to_rebuild_it(tmp_path, content):
    path = tmp_path / "filter.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="bench/train_filter.py --write"):
        load_filter(path)
