"""The static strip a large file's first visit shows before Plotly loads: its counts, labels and language."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest

from timeline.view import charts, filters, overview_svg

SVG = "{http://www.w3.org/2000/svg}"


def events_frame(types: list[str], days: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame({"event_type": types, "date_dt": pd.to_datetime(days), "date_precision": "day"})
    frame["end_dt"] = pd.NaT
    return frame


def strip_of(events: pd.DataFrame) -> overview_svg.Strip:
    return overview_svg.strip(overview_svg.day_counts(events, filters.period_end(events).max()))


RNG = np.random.default_rng(7)
KINDS = ["boat_strike", "statement", "sanction", "tariff"]
MANY = events_frame(list(RNG.choice(KINDS, 3000)),
                    list(pd.Timestamp("2025-01-01") + pd.to_timedelta(RNG.integers(0, 400, 3000), unit="D")))  # fmt: skip


@pytest.mark.parametrize(
    ("events", "step"),
    [pytest.param(MANY, 7, id="weeks"), pytest.param(MANY[MANY["date_dt"] < "2025-03-01"], 1, id="days")],
)
def test_drawn_counts_add_up_to_the_events(events: pd.DataFrame, step: int):
    counted = strip_of(events)
    root = ET.fromstring(overview_svg.svg(counted))
    cells = list(root.iter(f"{SVG}rect"))
    assert counted.step == step and counted.total == len(events) == int(root.get("data-events"))
    assert sum(int(cell.get("data-count")) for cell in cells) == len(events)
    bands = {band.get("data-type"): band for band in root.findall(f"{SVG}svg[@data-type]")}
    assert set(bands) == set(events["event_type"])
    for kind, band in bands.items():  # each band holds its own type's events
        assert sum(int(c.get("data-count")) for c in band.iter(f"{SVG}rect")) == (events["event_type"] == kind).sum()


def test_the_strip_is_the_plotly_heat_strip(monkeypatch):
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "1000")
    fig = charts.timeline_figure(MANY, key=False)
    z = np.nan_to_num(np.asarray(fig.data[0].z, dtype="float64")).astype("int64")
    counted = strip_of(MANY)
    assert (z[::-1] == counted.grid).all()  # Plotly counts lanes from the bottom


def test_accessible_with_a_title_and_a_description():
    root = ET.fromstring(overview_svg.svg(strip_of(MANY), "en"))
    assert root.get("role") == "img" and root.get("aria-labelledby") == "overview-title overview-desc"
    assert root.find(f"{SVG}title").text == "Events per week: 3,000 events"
    assert root.find(f"{SVG}desc").text.startswith("Strike on a boat: ")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        pytest.param("en", ["Mar", "Jul", "Strike on a boat", "3,000 events"], id="en"),
        pytest.param("es", ["Ataque a una lancha", "may", "sept", "ene", "3.000 eventos"], id="es"),
        pytest.param("fr", ["Frappe contre un bateau", "mars", "juil.", "janv.", "3\u202f000 événements"], id="fr"),
    ],
)
def test_months_and_labels_in_the_readers_language(lang: str, words: list[str]):
    text = " ".join(ET.fromstring(overview_svg.svg(strip_of(MANY), lang)).itertext())
    for word in words:
        assert word in text


def test_hostile_labels_stay_text():
    hostile = '<script>alert("x")</script>&"\'\n\n[link](https://example.org/x)'
    events = events_frame(
        [hostile] * 3 + ["statement"] * 2, ["2025-01-01", "2025-02-01", "2025-09-01"] * 1 + ["2025-03-03"] * 2
    )
    markup = overview_svg.svg(strip_of(events))
    assert "<script>" not in markup and "\n" not in markup  # one line: a markdown HTML block cannot end inside
    root = ET.fromstring(markup)  # still well-formed markup
    assert hostile in " ".join(root.itertext())
    assert {band.get("data-type") for band in root.findall(f"{SVG}svg[@data-type]")} == {hostile, "statement"}


def test_empty_counts_draw_an_empty_strip():
    counted = overview_svg.strip(overview_svg.counts_from_summary({"days": {}, "last_end": "2025-01-01"}))
    assert counted.total == 0 and ET.fromstring(overview_svg.svg(counted)).get("data-events") == "0"
