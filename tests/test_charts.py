"""The timeline and companion figures, checked on the Plotly objects (no browser, no Streamlit)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from timeline import store
from timeline.store import schema
from timeline.view import charts

BASE = {
    "date_precision": "day",
    "modality": "happened",
    "source_url": "https://example.org/a",
    "source_name": "Example News",
    "confidence": "high",
    "status": "curated",
    "countries": "USA;VEN",
}
ROWS = [
    {"event_id": "fto", "date": "2025-02-20", "event_type": "fto_designation", "title": "Cartels listed",
     "countries": "USA;MEX", "actors": "Department of State"},
    {"event_id": "s1", "date": "2025-09-02", "event_type": "boat_strike", "title": "First strike", "fatalities": "11",
     "latitude": "12.5", "longitude": "-66.9", "actors": "US military;Tren de Aragua"},
    {"event_id": "s2", "date": "2025-09-15", "event_type": "boat_strike", "title": "Second strike", "fatalities": "3",
     "countries": "USA;COL"},
    {"event_id": "tariff", "date": "2025-02-01", "date_precision": "month", "event_type": "tariff",
     "title": "Tariffs in February", "countries": "USA;MEX", "quantity": "25", "quantity_unit": "percent"},
    {"event_id": "deploy", "date": "2025-08-20", "end_date": "2025-10-31", "event_type": "troop_deployment",
     "title": "<img src=x onerror=alert(1)>", "actors": "US Navy"},
]  # fmt: skip


def frame(rows: list[dict]) -> pd.DataFrame:
    norm = [store.normalize_event({**BASE, **r}) for r in rows]
    result = store.load_text(store.to_csv_text(list(schema.COLUMNS), ([r[c] for c in schema.COLUMNS] for r in norm)))
    assert result.ok, result.problems
    return result.events


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return frame(ROWS)


def synthetic(n: int) -> pd.DataFrame:
    """``n`` single-day strikes spread over 500 days, typed as ``store.load`` types them."""
    days = pd.Timestamp("2025-01-01") + pd.to_timedelta(np.arange(n) % 500, unit="D")
    return frame([{"event_id": f"e{i}", "date": d.date().isoformat(), "event_type": "boat_strike", "title": f"E{i}"}
                  for i, d in enumerate(days)])  # fmt: skip


def ids_in(fig) -> set[str]:
    return {i for trace in fig.data if trace.customdata is not None for i in trace.customdata}


def test_every_event_is_drawn_once_with_its_id(events):
    fig = charts.timeline_figure(events)
    drawn = [i for trace in fig.data if trace.customdata is not None for i in trace.customdata]
    assert sorted(drawn) == sorted(events["event_id"])


@pytest.mark.parametrize(
    ("event_id", "trace_type"),
    [("deploy", "bar"), ("s1", "scatter"), ("tariff", "scatter")],
    ids=["end-date-is-a-bar", "single-day-is-a-marker", "month-precision-is-a-marker"],
)
def test_shape_of_each_event(events, event_id, trace_type):
    fig = charts.timeline_figure(events)
    [trace] = [t for t in fig.data if t.customdata is not None and event_id in list(t.customdata)]
    assert trace.type == trace_type


@pytest.mark.parametrize(("highlight", "rings"), [("s1", 1), ("deploy", 1), ("gone", 0), (None, 0)],
                         ids=["marker", "bar", "unknown-id", "none"])
def test_selected_event_gets_a_ring(events, highlight, rings):
    fig = charts.timeline_figure(events, highlight=highlight)
    assert len([t for t in fig.data if t.name == "selected"]) == rings


def test_lanes_follow_the_vocabulary_from_the_top(events):
    axis = charts.timeline_figure(events).layout.yaxis
    labels = dict(zip(axis.tickvals, axis.ticktext))
    top_down = [labels[v] for v in sorted(labels, reverse=True)]
    assert [t.replace("<br>", " ") for t in top_down] == [schema.label("event_type", t) for t in schema.EVENT_TYPES if t in set(events["event_type"])]


@pytest.mark.parametrize(
    ("event_id", "needle"),
    [
        ("tariff", "Feb 2025 (date known to the month) · Tariff"),
        ("s1", "2 Sep 2025"),
        ("s1", "Deaths: 11"),
        ("tariff", "Quantity: 25 percent"),
        ("deploy", "20 Aug 2025 – 31 Oct 2025"),
        ("deploy", "&lt;img src=x onerror=alert(1)&gt;"),
        ("s1", "Countries: United States, Venezuela"),
        ("s1", "Source: Example News"),
    ],
    ids=["month-precision", "day-precision", "deaths", "quantity", "period", "escaped-title", "country-names",
         "source"],
)  # fmt: skip
def test_hover_text(events, event_id, needle):
    row = events[events["event_id"] == event_id]
    assert needle in charts.hover_texts(row)[0]


def test_hostile_title_never_reaches_the_figure_raw(events):
    assert "<img" not in charts.timeline_figure(events).to_json()


@pytest.mark.parametrize(
    ("color_by", "expected"),
    [
        ("event_type", {"Terrorist designation", "Strike on a boat", "Tariff", "Troop or naval deployment"}),
        ("country", {"Mexico", "Venezuela", "Colombia"}),
        ("actor", {"Department of State", "Tren de Aragua", "US Navy", "(none)"}),
    ],
    ids=["type", "least-common-country", "least-common-actor"],
)
def test_colour_groups(events, color_by, expected):
    assert set(charts.color_groups(events, color_by)) == expected


def test_unknown_colour_field_is_an_error(events):
    with pytest.raises(ValueError, match="color_by must be one of"):
        charts.color_groups(events, "planet")


@pytest.mark.parametrize(
    ("n", "webgl", "density", "trace_types"),
    [(6, "100", "100", {"scatter"}), (6, "5", "100", {"scattergl"}), (6, "2", "5", {"heatmap"})],
    ids=["svg-markers", "webgl-above-threshold", "density-above-threshold"],
)
def test_rendering_mode_follows_the_thresholds(monkeypatch, n, webgl, density, trace_types):
    monkeypatch.setenv("TIMELINE_WEBGL_THRESHOLD", webgl)
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", density)
    fig = charts.timeline_figure(synthetic(n), show_eras=False)
    assert {t.type for t in fig.data} == trace_types


def test_density_counts_add_up_to_the_events(monkeypatch):
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "10")
    fig = charts.timeline_figure(synthetic(40))
    assert int(np.nansum(np.asarray(fig.data[0].z, dtype="float64"))) == 40


def test_large_views_use_compact_binary_arrays(monkeypatch):
    monkeypatch.setenv("TIMELINE_WEBGL_THRESHOLD", "5")
    payload = charts.timeline_figure(synthetic(50)).to_json()
    assert '"bdata"' in payload and "2025-01-01" not in payload


@pytest.fixture
def eras_csv(tmp_path: Path) -> Path:
    path = tmp_path / "eras.csv"
    path.write_text(
        "era_id,label,start,end,description\n"
        "tariffs,Tariff <standoff>,2025-02-01,2025-03-31,Duties\n"
        "strikes,Strike campaign,2025-09-02,,Ongoing\n"
        "broken,No start,soon,,Left out\n",
        encoding="utf-8",
    )
    return path


def test_load_eras_keeps_dated_rows(eras_csv):
    eras = charts.load_eras(eras_csv)
    assert eras["era_id"].tolist() == ["tariffs", "strikes"] and pd.isna(eras["end_dt"].iloc[1])


def test_missing_eras_file_is_empty(tmp_path):
    assert charts.load_eras(tmp_path / "none.csv").empty


@pytest.mark.parametrize(("show", "bands"), [(True, 2), (False, 0)], ids=["shown", "toggled-off"])
def test_eras_are_shaded_bands(events, eras_csv, show, bands):
    fig = charts.timeline_figure(events, eras=charts.load_eras(eras_csv), show_eras=show)
    assert len([s for s in fig.layout.shapes if s.type == "rect"]) == bands
    assert all("<standoff>" not in (a.text or "") for a in fig.layout.annotations)


@pytest.mark.parametrize(
    ("event_ids", "bands"),
    [(("tariff",), ["Tariff &lt;standoff&gt;"]), (("deploy",), ["Strike campaign"])],
    ids=["tariff-month-keeps-its-era", "autumn-view-drops-the-spring-era"],
)
def test_eras_outside_the_view_are_left_out(events, eras_csv, event_ids, bands):
    shown = events[events["event_id"].isin(event_ids)]
    fig = charts.timeline_figure(shown, eras=charts.load_eras(eras_csv))
    labels = [a.text.strip() for a in fig.layout.annotations if a.xref == "x"]
    starts = [s.x0 for s in fig.layout.shapes if s.type == "rect"]
    earliest = charts.epoch_ms(shown["date_dt"] - charts.ERA_CUT_MARGIN).min()
    assert labels == bands and min(starts) >= earliest


def test_cumulative_deaths_of_boat_strikes(events):
    fig = charts.deaths_figure(events)
    assert list(fig.data[0].y) == [11, 14]


def test_monthly_counts(events):
    fig = charts.monthly_figure(events)
    assert sum(sum(trace.y) for trace in fig.data) == len(events)


def test_map_shows_only_located_events(events):
    assert ids_in(charts.map_figure(events)) == {"s1"}


def test_empty_view_draws_without_error(events):
    fig = charts.timeline_figure(events.iloc[:0])
    assert not ids_in(fig)


def test_plotly_config_names_the_download():
    config = charts.plotly_config("timeline_VEN")
    assert config["toImageButtonOptions"] == {"format": "png", "filename": "timeline_VEN", "scale": 2}
    assert config["displaylogo"] is False


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"points": [{"customdata": "s1"}], "box": []}, ("s1", None)),
        ({"points": [{"curve_number": 0}], "box": []}, (None, None)),
        ({"points": [], "box": [{"x": ["2025-10-01", "2025-09-01 06:30"], "y": [0, 1]}]},
         (None, (date(2025, 9, 1), date(2025, 10, 1)))),
        ({"points": [], "box": [{"x": [1756684800000, 1759276800000.0]}]}, (None, (date(2025, 9, 1), date(2025, 10, 1)))),
        ({"points": [], "box": [{"x": ["nonsense", "2025-09-01"]}]}, (None, None)),
        (None, (None, None)),
    ],
    ids=["clicked-point", "point-without-id", "box-of-date-strings", "box-of-epoch-ms", "box-unparseable", "nothing"],
)  # fmt: skip
def test_selection_target(selection, expected):
    assert charts.selection_target(selection) == expected
