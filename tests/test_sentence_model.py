"""The learned sentence proposer's run-time side (timeline/extract/sentence_model.py): features, file, proposals."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.model import Event
from timeline.extract.sentence_model import NONE, SentenceModel, load_sentence_model, sentence_features

TEXT = "Mexico handed over 26 prisoners to the United States on August 12, 2025.\n\nThe weather was fine."
PUB = dt.date(2025, 8, 13)


def _model(threshold: float = 0.5) -> SentenceModel:
    handed = next(k for k in sentence_features("handed", "en") if k.startswith("h"))
    return SentenceModel({"extradition": {handed: 4.0}, NONE: {}}, {"extradition": -1.0, NONE: 0.0}, threshold)


def test_features_are_the_same_on_every_run():
    assert sentence_features("Mexico sent 26 prisoners.", "en") == sentence_features("Mexico sent 26 prisoners.", "en")


def test_a_confident_sentence_gives_an_event_dated_by_its_own_date():
    (event,) = _model().propose(TEXT, PUB, "en", [])
    assert (event.event_type, event.date, event.modality) == ("extradition", "2025-08-12", "happened")


def test_a_sentence_the_rules_already_read_is_left_to_them():
    ruled = Event("extradition", "2025-08-12", "day", "", "explicit", "happened", "", 0, 40, 0.9, "en")
    assert _model().propose(TEXT, PUB, "en", [ruled]) == []


def test_below_the_threshold_nothing_is_proposed():
    assert _model(threshold=0.99).propose(TEXT, PUB, "en", []) == []


def test_the_weights_file_round_trips(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(_model().to_json(), encoding="utf-8")
    assert load_sentence_model(path) == _model()


@pytest.mark.parametrize(
    "content", ["{}", "not json", '{"buckets": 7, "weights": {}, "intercepts": {}, "threshold": 0.5}']
)
def test_a_file_that_does_not_fit_says_how_to_rebuild_it(tmp_path, content):
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="rebuild it with python bench/train_sentence_model.py"):
        load_sentence_model(path)
