"""The shared filters: each filter alone, the query-string round trip, date overlap, accents, hostile text."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import store
from timeline.store import schema
from timeline.view import filters
from timeline.view.filters import Filters

BASE = {
    "date_precision": "day",
    "modality": "happened",
    "source_url": "https://example.org/a",
    "confidence": "high",
    "status": "curated",
}
ROWS = [
    {"event_id": "fto", "date": "2025-02-20", "event_type": "fto_designation", "title": "Cartels listed as FTOs",
     "actors": "Department of State;Sinaloa Cartel", "countries": "USA;MEX"},
    {"event_id": "strike", "date": "2025-09-02", "event_type": "boat_strike", "title": "Strike off Venezuela",
     "actors": "US military;Tren de Aragua", "countries": "USA;VEN", "summary": "Nicolás Maduro protested.",
     "fatalities": "11"},
    {"event_id": "tariff", "date": "2025-02-01", "date_precision": "month", "event_type": "tariff",
     "title": "Tariff month", "actors": "Donald Trump", "countries": "USA;MEX", "confidence": "medium"},
    {"event_id": "deploy", "date": "2025-08-20", "end_date": "2025-10-31", "event_type": "troop_deployment",
     "title": "Ships sent (a.k.a. [surge])", "actors": "US Navy", "countries": "USA;VEN", "evidence": "Destroyers",
     "confidence": "low"},
    {"event_id": "year", "date": "2024-01-01", "date_precision": "year", "event_type": "statement",
     "title": "A year-long statement", "actors": "Sinaloa Cartel Faction", "countries": "MEX"},
]  # fmt: skip


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    rows = [store.normalize_event({**BASE, **r}) for r in ROWS]
    result = store.load_text(store.to_csv_text(list(schema.COLUMNS), ([r[c] for c in schema.COLUMNS] for r in rows)))
    assert result.ok, result.problems
    return result.events


def ids(df: pd.DataFrame) -> list[str]:
    return sorted(df["event_id"])


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filters(), ["deploy", "fto", "strike", "tariff", "year"]),
        (Filters(types=("boat_strike",)), ["strike"]),
        (Filters(types=("boat_strike", "tariff")), ["strike", "tariff"]),
        (Filters(countries=("VEN",)), ["deploy", "strike"]),
        (Filters(countries=("VEN", "MEX")), ["deploy", "fto", "strike", "tariff", "year"]),
        (Filters(actors=("Sinaloa Cartel",)), ["fto"]),
        (Filters(confidence=("low", "medium")), ["deploy", "tariff"]),
        (Filters(since=date(2025, 9, 1)), ["deploy", "strike"]),
        (Filters(until=date(2025, 2, 10)), ["tariff", "year"]),
        (Filters(q="DESTROYERS"), ["deploy"]),
        (Filters(types=("boat_strike",), countries=("MEX",)), []),
    ],
    ids=["none", "type", "two-types", "country", "two-countries", "actor-whole-item", "confidence", "since",
         "until", "text-in-evidence", "no-match"],
)  # fmt: skip
def test_apply_one_filter(events, flt, expected):
    assert ids(filters.apply(events, flt)) == expected


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filters(since=date(2025, 2, 15), until=date(2025, 2, 15)), ["tariff"]),
        (Filters(since=date(2024, 12, 31), until=date(2024, 12, 31)), ["year"]),
        (Filters(since=date(2025, 10, 1), until=date(2025, 10, 5)), ["deploy"]),
        (Filters(since=date(2025, 11, 1)), []),
    ],
    ids=["month-precision-covers-its-month", "year-precision-covers-its-year", "end-date-bar-overlaps",
         "after-everything"],
)  # fmt: skip
def test_dates_select_overlapping_periods(events, flt, expected):
    assert ids(filters.apply(events, flt)) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [("nicolas", ["strike"]), ("NICOLÁS maduro", ["strike"]), ("maduro strike", ["strike"]), ("maduro fto", [])],
    ids=["accent-dropped", "case-and-accent", "all-words-needed", "words-in-different-events"],
)
def test_text_search_ignores_case_and_accents(events, q, expected):
    assert ids(filters.apply(events, Filters(q=q))) == expected


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filters(q=".*"), []),
        (Filters(q="(a.k.a."), ["deploy"]),
        (Filters(q="[surge]"), ["deploy"]),
        (Filters(actors=(".*",)), []),
        (Filters(actors=("US|MEX",)), []),
        (Filters(actors=("Sinaloa Cartel Faction",)), ["year"]),
    ],
    ids=["regex-star", "open-paren", "brackets", "actor-regex-star", "actor-alternation", "actor-longer-name"],
)
def test_hostile_text_is_literal(events, flt, expected):
    assert ids(filters.apply(events, flt)) == expected


@pytest.mark.parametrize(
    "flt",
    [
        Filters(types=("boat_strike", "tariff"), countries=("VEN",)),
        Filters(actors=("Tren de Aragua", "US Navy"), since=date(2025, 9, 1), until=date(2025, 12, 31)),
        Filters(q="Nicolás Maduro", confidence=("high",)),
        Filters(),
    ],
    ids=["types-and-country", "actors-and-dates", "accented-text-and-confidence", "empty"],
)
def test_query_round_trip(flt):
    back, warnings = filters.from_query(flt.to_query())
    assert back == flt and warnings == []


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_query_text_round_trips_any_words(text):
    q = " ".join(text.replace(",", " ").split())
    back, _ = filters.from_query(Filters(q=q).to_query())
    assert back.q == q


@pytest.mark.parametrize(
    ("params", "warned"),
    [
        ({"type": "nope"}, "unknown type 'nope'"),
        ({"country": "Venezuela"}, "unknown country 'Venezuela'"),
        ({"from": "yesterday"}, "'from=yesterday' is not a date"),
        ({"from": "2025-10-01", "to": "2025-09-01"}, "swapped"),
        ({"confidence": "<script>"}, "unknown confidence '<script>'"),
    ],
    ids=["type", "country-name", "date", "reversed-range", "script"],
)
def test_bad_query_values_are_dropped_with_a_warning(params, warned):
    _, warnings = filters.from_query(params)
    assert any(warned in w for w in warnings), warnings


def test_options_follow_lane_order_and_frequency(events):
    opts = filters.options(events)
    assert opts["type"] == [t for t in schema.EVENT_TYPES if t in set(events["event_type"])]
    assert opts["country"][0] == "USA"


@pytest.mark.parametrize(
    "text",
    ["Nicolás MADURO", "Straße in München", "ﬁnal İstanbul", "ΣΊΣΥΦΟΣ", "Ǆemal ǅ", "Ça va, señor?", "plain ascii",
     "東京 😀", "e\u0301 composed", ""],
)  # fmt: skip
def test_search_text_folds_like_fold(text: str):
    """The column-wide folding gives exactly what fold() gives one text at a time."""
    frame = pd.DataFrame({"title": [text, "x"], "summary": ["", text.upper()], "evidence": [text, ""]}, dtype="str")
    expected = [filters.fold(f"{text}\n\n{text}"), filters.fold(f"x\n{text.upper()}\n")]
    assert filters.search_text(frame).tolist() == expected
