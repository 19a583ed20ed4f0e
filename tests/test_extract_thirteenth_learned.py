"""Thirteenth round (issue 9, s13-learn): the grammar features of the learned candidate filter.

The filter stays off (it did not cross-validate better than the rules); these tests pin what its
features read, in the three languages, on sentences written for the tests.
"""

from __future__ import annotations

import pytest

from timeline.extract import extract_events
from timeline.extract.candidate_filter import FEATURE_SETS, CandidateFilter, filter_features
from timeline.extract.candidate_grammar import grammar_features
from timeline.extract.model import Event

PUBLISHED = "2026-03-05"

STRIKES = {
    "en": "On March 3, 2026 US forces struck a speedboat in the Caribbean, killing four people aboard.",
    "es": "El 3 de marzo de 2026 fuerzas estadounidenses atacaron una lancha en el Caribe y murieron cuatro tripulantes.",
    "fr": "Le 3 mars 2026, les forces américaines ont frappé une vedette dans les Caraïbes, tuant quatre personnes.",
}
CONDITIONAL_TARIFFS = {
    "en": "If the talks fail, Washington would impose a 30% tariff on imported cement on March 3, 2026.",
    "es": "Si fracasan las pláticas, Washington podría imponer un arancel de 30% al cemento el 3 de marzo de 2026.",
    "fr": "Si les pourparlers échouent, Washington pourrait imposer un droit de douane de 30 % sur le ciment le 3 mars 2026.",
}


def _only(text: str, lang: str) -> Event:
    events = extract_events(text, lang=lang, published=PUBLISHED)
    assert len(events) == 1, [e.event_type for e in events]
    return events[0]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_dated_strike_reads_as_a_strong_trigger_of_one_reading(lang):
    event = _only(STRIKES[lang], lang)
    features = grammar_features(event)
    assert event.event_type == "boat_strike"
    assert features["trigger=strong"] == 1.0
    assert features["readings=1"] == 1.0
    assert features["gap=week"] == 1.0
    assert features["boat_strike|basis=explicit"] == 1.0
    assert "conditional" not in features


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_conditional_tariff_is_marked_conditional(lang):
    event = _only(CONDITIONAL_TARIFFS[lang], lang)
    features = grammar_features(event)
    assert features["conditional"] == 1.0
    assert features["object=percent"] == 1.0


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Dock workers went on strike at the port."),
        ("es", "Los trabajadores del puerto se declararon en huelga."),
        ("fr", "Les dockers se sont mis en grève au port."),
    ],
)
def test_a_labour_strike_fires_no_strike_reading(lang, sentence):
    # An event of another step pinned on a labour-strike sentence: the rules do not fire on it again.
    event = Event("boat_strike", "", "", "", "none", "happened", sentence, 0, len(sentence), 0.5, lang)
    features = grammar_features(event)
    assert features["trigger=none"] == 1.0
    assert features["gap=none"] == 1.0
    assert extract_events(sentence, lang=lang, published=PUBLISHED) == []


def test_an_old_date_and_a_date_after_publication_have_their_own_gap():
    old = Event("sanction", "2024-01-10", "day", "", "explicit", "happened", "x", 0, 1, 0.5, "en", published=PUBLISHED)
    later = Event("sanction", "2026-06-01", "day", "", "explicit", "planned", "x", 0, 1, 0.5, "en", published=PUBLISHED)
    month = Event(
        "sanction", "2026-02", "month", "", "month_only", "happened", "x", 0, 1, 0.5, "en", published="2026-02-20"
    )
    assert grammar_features(old)["gap=older"] == 1.0
    assert grammar_features(later)["gap=after"] == 1.0
    assert grammar_features(month)["gap=month"] == 1.0


def test_the_grammar_set_holds_the_context_set_and_a_filter_reads_it():
    assert "grammar" in FEATURE_SETS
    event = _only(STRIKES["en"], "en")
    features = filter_features(event, "", STRIKES["en"], "grammar")
    assert features["layout=prose"] == 1.0 and features["trigger=strong"] == 1.0
    assert not any(k.startswith(("doc=", "word=")) for k in features)
    dropping = CandidateFilter({"trigger=strong": -10.0}, 0.0, 0.5, "grammar")
    assert dropping.keep([event], "", STRIKES["en"]) == []
    keeping = CandidateFilter({"trigger=strong": 10.0}, 0.0, 0.5, "grammar")
    assert keeping.keep([event], "", STRIKES["en"]) == [event]
