"""The extractor's YAML lexicons are checked when loaded: a mistake names the file and the key."""

from __future__ import annotations

import copy

import pytest

from timeline.extract import lexicon
from timeline.extract.gazetteer import Gazetteer
from timeline.extract.lexicon import LexiconError, load_lexicon
from timeline.extract.triggers import Triggers


@pytest.fixture(scope="module")
def triggers_raw():
    return load_lexicon("triggers.yaml")


@pytest.fixture(scope="module")
def gazetteer_raw():
    return load_lexicon("gazetteer.yaml")


def _broken_trigger(raw, event_type, value):
    raw = copy.deepcopy(raw)
    raw["types"][event_type]["en"][0]["trigger"] = value
    return raw


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: _broken_trigger(r, "boat_strike", ["strikes ("]), "types.boat_strike.en[0].trigger"),
        (lambda r: _broken_trigger(r, "boat_strike", ["strikes "]), "trailing spaces"),
        (lambda r: {**r, "types": {**r["types"], "parade": r["types"]["tariff"]}}, "types.parade is not an event type"),
        (lambda r: {**r, "near_only": ["parade"]}, "'parade' is not an event type"),
    ],
    ids=["bad-regex", "trailing-space", "unknown-type", "unknown-type-in-near-only"],
)
def test_trigger_lexicon_errors_name_the_key(triggers_raw, change, message):
    with pytest.raises(LexiconError, match="triggers.yaml") as err:
        Triggers(change(triggers_raw), "en")
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: {**r, "actors": {**r["actors"], "Nobody": {"country": "XXX", "aliases": []}}}, "actors.Nobody.country"),
        (lambda r: {**r, "actors": {**r["actors"], "Nobody": {"country": "USA"}}}, "actors.Nobody needs"),
        (lambda r: {**r, "demonyms": {**r["demonyms"], "MEX": ["mexican("]}}, "demonyms.MEX"),
        (lambda r: {k: v for k, v in r.items() if k != "locations"}, "'locations' must be a mapping"),
    ],
    ids=["bad-country-code", "no-aliases", "bad-demonym-regex", "missing-section"],
)
def test_gazetteer_errors_name_the_key(gazetteer_raw, change, message):
    with pytest.raises(LexiconError, match="gazetteer.yaml") as err:
        Gazetteer(change(gazetteer_raw))
    assert message in str(err.value)


def test_missing_lexicon_file_is_named():
    with pytest.raises(LexiconError, match="no_such.yaml"):
        load_lexicon("no_such.yaml")


@pytest.mark.parametrize("entry", ["not a list", [1, 2], ["ok", None]])
def test_a_word_list_that_is_not_a_list_of_patterns_is_named_in_the_error(monkeypatch, entry):
    monkeypatch.setattr(lexicon, "load_lexicon", lambda name: {"perfect": {"es": entry}})
    with pytest.raises(lexicon.LexiconError, match=r"triggers\.yaml: perfect\.es must be a list of patterns"):
        lexicon.word_patterns("perfect", "es")


@pytest.mark.parametrize("data", [{}, {"perfect": None}, {"perfect": {"en": ["has been"]}}, {"perfect": {"es": []}}])
def test_a_missing_word_list_is_none(monkeypatch, data):
    monkeypatch.setattr(lexicon, "load_lexicon", lambda name: data)
    assert lexicon.word_patterns("perfect", "es") is None


@pytest.mark.parametrize(
    "entry",
    [{"units": ["%"], "share": ["of"], "change": ["fell"]}, {"units": ["%"], "share": [1], "change": [], "after": []}],
    ids=["missing-list", "not-a-pattern"],
)
def test_a_broken_rates_lexicon_is_named_in_the_error(monkeypatch, entry):
    from timeline.extract import rates

    monkeypatch.setattr(rates, "load_lexicon", lambda name: {"en": entry})
    with pytest.raises(LexiconError, match=r"rates\.yaml: en needs the lists units, share, change, after"):
        rates._compile("en")


def test_the_rates_word_lists_come_from_their_lexicon(monkeypatch):
    from timeline.extract import rates

    lists = {"units": ["percent"], "share": ["of"], "change": ["fell"], "after": ["raise"]}
    monkeypatch.setattr(rates, "load_lexicon", lambda name: {"en": lists} if name == "rates.yaml" else {})
    rate, change, after = rates._compile("en")
    assert rate.search("25 percent on steel") and not rate.search("25 percent of the seizures")
    assert change.search("seizures fell by 30 percent") and after.match(" raise")
    assert rates._compile("es") is None
