"""Source caveats: which notes qualify the date or a number, and how the chart and hover mark them."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.store import load_text
from timeline.view import charts
from timeline.view.caveats import caveat_flags

HEAD = "event_id,date,date_precision,event_type,title,countries,modality,source_url,confidence,status,notes\n"


@pytest.mark.parametrize(
    ("note", "on_date", "on_number"),
    [
        ("SOUTHCOM dates the strikes 15 Dec, while a Bangladeshi outlet says Tuesday 16 Dec.", True, False),
        ("Reported tolls differ: Al Jazeera 133, Airwars 130.", False, True),
        ("Death counts vary. Caracas first spoke of at least 40 dead.", False, True),
        ("Legal basis: EO 14059 and EO 13224.", False, False),
        ("", False, False),
    ],
    ids=["date-disputed", "tolls-differ", "minimum-toll", "background", "empty"],
)
def test_notes_that_qualify_the_date_or_a_number(note, on_date, on_number):
    flags = caveat_flags(pd.DataFrame({"notes": [note]})).iloc[0]
    assert (bool(flags["date"]), bool(flags["number"])) == (on_date, on_number)


def _events(note: str) -> pd.DataFrame:
    return load_text(
        HEAD + f'a,2025-09-02,day,boat_strike,Strike,USA;VEN,happened,https://e.org/a,high,curated,"{note}"\n'
    ).events


@pytest.mark.parametrize(
    ("note", "marked"), [("Reported tolls differ: 11 or 14.", True), ("No group was named.", False)],
    ids=["caveat", "no-caveat"],
)  # fmt: skip
def test_caveats_are_marked_in_hover_chart_and_key(note, marked):
    events = _events(note)
    fig = charts.timeline_figure(events)
    rings = [t for t in fig.data if t.name == "notes qualify the date or a number"]
    key = fig.layout.annotations[0].text
    assert ("⚠ see notes" in charts.hover_texts(events)[0]) == marked
    assert bool(rings) == marked and ("Orange ring" in key) == marked


def test_a_table_without_notes_has_no_caveats():
    assert not caveat_flags(pd.DataFrame({"title": ["x"]})).any().any()
