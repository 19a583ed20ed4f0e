"""Properties of extract_events on arbitrary and hostile text: no crash, offsets exact, deterministic."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract import extract_events

# Words that make triggers, dates and numbers fire, mixed with arbitrary text.
_WORDS = st.sampled_from(
    [
        "US", "forces", "struck", "a", "boat", "lancha", "atacó", "frappé", "bateau", "on", "Tuesday", "martes",
        "mardi", "dernier", "pasado", "Feb.", "5", "2025", "de", "febrero", "février", "10,000", "troops",
        "soldados", "soldats", "deployed", "desplegó", "déployé", "extradited", "to", "the", "United", "States",
        "Estados", "Unidos", "États-Unis", "more", "than", "50", "plus", "de", "May", "may", "deploy", "\u00a0",
        "\u201c", "\u201d", "ﬁ", "e\u0301", ".", ",", "\n", "Read more:", "yesterday", "ayer", "hier", "%", "$",
    ]
)
_ARTICLES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_WORDS, st.text(max_size=5)), max_size=80).map(" ".join),
)
_PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_ARTICLES, published=_PUBLISHED, lang=st.sampled_from(["en", "es", "fr"]))
def test_never_raises_offsets_match_and_deterministic(text, published, lang):
    first = extract_events(text, published=published, lang=lang)
    for event in first:
        assert text[event.start : event.end] == event.evidence
        assert 0.0 <= event.confidence <= 1.0
    again = extract_events(text, published=published, lang=lang)
    assert [e.to_dict() for e in again] == [e.to_dict() for e in first]


@settings(max_examples=30, deadline=None)
@given(text=_ARTICLES, published=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31)))
def test_happened_events_are_not_dated_after_publication(text, published):
    limit = (published + dt.timedelta(days=1)).isoformat()
    for event in extract_events(text, published=published, lang="en"):
        if event.modality == "happened" and event.date_precision == "day":
            assert event.date <= limit


@pytest.mark.parametrize(
    "text",
    ["9" * 5000, "January " * 2000, " " * 50_000, "más de " * 3000, "10,000 " * 3000, "U.S. " * 5000, "\n" * 20_000],
    ids=["nines", "januaries", "spaces", "mas-de", "numbers", "initialisms", "newlines"],
)
@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_adversarial_inputs_finish(text, lang):
    # A hang guard: these return (pytest's own timeout would be the failure), whatever they find.
    assert isinstance(extract_events(text, published=dt.date(2025, 9, 3), lang=lang), list)
