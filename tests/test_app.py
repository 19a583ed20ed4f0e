"""The Streamlit app driven by AppTest on a tiny fixture file chosen with TIMELINE_EVENTS."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from timeline import store
from timeline.ui.common import md, md_link

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = "<img src=x onerror=alert(1)>"
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
    {"event_id": "fto", "date": "2025-02-20", "event_type": "fto_designation", "title": "Cartels listed as FTOs",
     "countries": "USA;MEX", "actors": "Department of State;Sinaloa Cartel"},
    {"event_id": "s1", "date": "2025-09-02", "event_type": "boat_strike", "title": "First strike", "fatalities": "11",
     "actors": "US military;Tren de Aragua", "summary": "Nicolás Maduro protested.",
     "other_sources": "https://example.org/b"},
    {"event_id": "s2", "date": "2025-10-16", "event_type": "boat_strike", "title": "Strike near Colombia",
     "countries": "USA;COL", "confidence": "medium", "fatalities": "2"},
    {"event_id": "tariff", "date": "2025-03-01", "date_precision": "month", "event_type": "tariff",
     "title": "Tariffs on Mexico", "countries": "USA;MEX", "actors": "Donald Trump"},
    {"event_id": "hostile", "date": "2025-11-01", "end_date": "2025-12-15", "event_type": "troop_deployment",
     "title": HOSTILE, "summary": "[click](javascript:alert(1)) **bold**", "actors": "US Navy"},
]  # fmt: skip
PAGES = {
    "timeline": "from timeline.ui import timeline_page\ntimeline_page.render()\n",
    "add": "from timeline.ui import add_page\nadd_page.render()\n",
    "data": "from timeline.ui import data_page\ndata_page.render()\n",
}


@pytest.fixture
def events_file(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "events.csv"
    store.write_events(path, [{**BASE, **r} for r in ROWS])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    return path


def app(page: str = "", **query: str) -> AppTest:
    at = (
        AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        if not page
        else AppTest.from_string(PAGES[page], default_timeout=60)
    )
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def count_line(at: AppTest) -> str:
    return next(c.value for c in at.caption if c.value.startswith("Showing "))


@pytest.mark.parametrize("page", ["", *PAGES], ids=["app", *PAGES])
def test_every_page_runs(events_file, page):
    at = app(page)
    assert not at.exception, at.exception


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("f_type", ["boat_strike"], "Showing 2 of 5 events"),
        ("f_country", ["VEN"], "Showing 2 of 5 events"),
        ("f_actor", ["Sinaloa Cartel"], "Showing 1 of 5 events"),
        ("f_confidence", ["medium"], "Showing 1 of 5 events"),
        ("f_q", "nicolas", "Showing 1 of 5 events"),
    ],
    ids=["type", "country", "actor", "confidence", "text"],
)
def test_filter_widgets_change_the_count(events_file, key, value, expected):
    at = app()
    assert count_line(at) == "Showing 5 of 5 events"
    widget = at.text_input(key) if key == "f_q" else at.multiselect(key)
    widget.set_value(value).run()
    assert count_line(at) == expected


def test_date_range_widget_filters(events_file):
    at = app()
    at.date_input("f_from").set_value(date(2025, 9, 1)).run()
    assert count_line(at) == "Showing 3 of 5 events"
    at.date_input("f_to").set_value(date(2025, 10, 31)).run()
    assert count_line(at) == "Showing 2 of 5 events" and at.query_params["to"] == "2025-10-31"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "VEN"}, "Showing 2 of 5 events"),
        ({"type": "boat_strike,tariff"}, "Showing 3 of 5 events"),
        ({"from": "2025-09-01", "to": "2025-10-31"}, "Showing 2 of 5 events"),
        ({"q": "Maduro"}, "Showing 1 of 5 events"),
        ({"country": "MEX", "type": "tariff"}, "Showing 1 of 5 events"),
    ],
    ids=["country", "two-types", "date-range", "text", "combined"],
)
def test_query_parameters_apply(events_file, query, expected):
    assert count_line(app(**query)) == expected


def test_widgets_write_the_url(events_file):
    at = app()
    at.multiselect("f_country").set_value(["VEN"]).run()
    at.multiselect("f_type").set_value(["boat_strike"]).run()
    assert dict(at.query_params) == {"type": "boat_strike", "country": "VEN"}


def test_reset_clears_filters_and_url(events_file):
    at = app(country="VEN")
    at.button("reset").click().run()
    assert count_line(at) == "Showing 5 of 5 events" and not dict(at.query_params)


@pytest.mark.parametrize(
    ("query", "shown_as"),
    [
        ({"country": "Narnia"}, "unknown country 'Narnia'"),
        ({"type": "[win](https://evil.example)"}, r"unknown type '\[win\]\(https\://evil\.example\)'"),
    ],
    ids=["unknown-country", "markdown-link-stays-text"],
)
def test_bad_link_values_warn_and_are_ignored(events_file, query, shown_as):
    at = app(**query)
    assert count_line(at) == "Showing 5 of 5 events"
    assert any(shown_as in w.value for w in at.sidebar.warning), [w.value for w in at.sidebar.warning]


def test_eras_come_only_from_beside_the_events_file(events_file):
    spec = json.loads(app().get("plotly_chart")[0].proto.spec)
    assert not spec["layout"].get("shapes")
    (events_file.parent / "eras.csv").write_text(
        "era_id,label,start,end,description\nstrikes,Strike campaign,2025-09-02,,Strikes\n", encoding="utf-8"
    )
    spec = json.loads(app().get("plotly_chart")[0].proto.spec)
    assert len(spec["layout"]["shapes"]) == 1


@pytest.mark.parametrize(
    ("link", "shown", "event"),
    [
        ({"country": "COL"}, "Showing 1 of 5 events", None),
        ({"type": "boat_strike", "event": "s1"}, "Showing 2 of 5 events", "s1"),
        ({}, "Showing 2 of 5 events", "hostile"),
    ],
    ids=["other-filters-replace-the-widgets", "link-selects-its-event", "menu-switch-keeps-the-filters"],
)
def test_an_in_app_link_applies_its_filters(events_file, link, shown, event):
    """A page_link (the Add page's "See them on the timeline") reruns the session with a new query."""
    at = app(country="VEN", event="hostile")
    at.query_params.clear()
    for key, value in link.items():
        at.query_params[key] = value
    at.run()
    assert (count_line(at), at.session_state.get("event")) == (shown, event)


def test_no_match_says_which_filters(events_file):
    at = app(country="COL", type="tariff")
    assert count_line(at) == "Showing 0 of 5 events"
    assert any(md("Type: Tariff · Country: Colombia") in i.value for i in at.info)


def test_event_in_url_opens_its_detail(events_file):
    at = app(event="s1")
    texts = " ".join(m.value for m in at.markdown)
    assert "[Example News](<https://example.org/a>)" in texts
    assert "[example\\.org](<https://example.org/b>)" in texts


@pytest.mark.parametrize(
    ("label", "url", "expected"),
    [
        ("AP", "https://example.org/a(b)", "[AP](<https://example.org/a%28b%29>)"),
        ("AP", "javascript:alert(1)", "javascript\\:alert\\(1\\)"),
        ("[x](y)", "https://e.org", "[\\[x\\]\\(y\\)](<https://e.org>)"),
        ("AP", "https://e.org/<script>", "[AP](<https://e.org/%3Cscript%3E>)"),
    ],
    ids=["parentheses-encoded", "javascript-is-text", "label-escaped", "angle-brackets-encoded"],
)
def test_source_links_are_http_only(label, url, expected):
    assert md_link(label, url) == expected


def test_hostile_text_stays_text(events_file):
    at = app(event="hostile")
    assert r"\<img src=x onerror=alert\(1\)\>" in [s.value for s in at.subheader]
    assert r"\[click\]\(javascript\:alert\(1\)\) \*\*bold\*\*" in [m.value for m in at.markdown]
    assert not any(m.proto.allow_html for m in at.markdown)
    spec = at.get("plotly_chart")[0].proto.spec
    assert HOSTILE not in spec and "&lt;img src=x onerror=alert(1)&gt;" in spec


def test_malformed_file_lists_problems_with_lines(tmp_path, monkeypatch):
    path = tmp_path / "events.csv"
    store.write_events(path, [{**BASE, **r} for r in ROWS])
    with path.open("a", encoding="utf-8") as fh:
        fh.write("broken,row,with,too,few,fields\n")
        fh.write("x,2025-13-45,day,,boat_strike,Bad date,,,USA,,,,,,,happened,,https://e.org,,,,,en,high,curated,\n")
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    at = app()
    assert not at.exception
    assert count_line(at) == "Showing 5 of 5 events"
    assert "2 problems in" in at.warning[0].value
    problems = at.expander[0].markdown[0].value
    assert "line 7" in problems and "line 8" in problems


def test_missing_file_is_a_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_EVENTS", str(tmp_path / "nowhere.csv"))
    at = app()
    assert not at.exception
    assert "does not exist" in at.expander[0].markdown[0].value


def test_data_page_links_only_http(events_file):
    at = app("data")
    table = at.dataframe[0].value
    assert table["Source"].str.startswith("https://").all()
    assert len(table) == 5


@pytest.mark.parametrize(
    ("query", "drawn_as"),
    [({}, {"heatmap"}), ({"type": "boat_strike"}, {"scatter"})],
    ids=["over-threshold-counts", "filtered-under-threshold-points"],
)
def test_density_view_switches_to_points_when_filtered(events_file, monkeypatch, query, drawn_as):
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "3")
    spec = json.loads(app(**query).get("plotly_chart")[0].proto.spec)
    assert {trace["type"] for trace in spec["data"]} == drawn_as


def test_a_save_shows_on_the_next_rerun(events_file):
    at = app()
    assert count_line(at) == "Showing 5 of 5 events"
    store.append_events(events_file, [{**BASE, "date": "2026-01-05", "event_type": "statement", "title": "New"}])
    at.run()
    assert count_line(at) == "Showing 6 of 6 events"


@pytest.mark.parametrize(
    ("view", "query", "message"),
    [("Deaths in boat strikes", {"type": "tariff"}, "strike on a boat"), ("Map", {"type": "tariff"}, "coordinates")],
    ids=["deaths-without-strikes", "map-without-coordinates"],
)
def test_views_with_nothing_to_draw_say_so(events_file, view, query, message):
    at = app(**query)
    at.radio("view").set_value(view).run()
    assert not at.exception and not at.get("plotly_chart")
    assert any(message in i.value for i in at.info)


def test_title_names_the_data_set(events_file, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_TITLE", "Sanctions on Venezuela")
    assert app().title[0].value == "Sanctions on Venezuela"


@pytest.mark.parametrize(
    ("view", "hint"), [("Timeline", True), ("Per month", False), ("Map", True)], ids=["timeline", "monthly", "map"]
)
def test_the_click_hint_shows_only_where_a_click_opens_an_event(events_file, view, hint):
    at = app()
    at.radio("view").set_value(view).run()
    assert any(c.value.startswith("Click a point") for c in at.caption) == hint


@pytest.mark.parametrize(
    ("query", "expected", "drawn_as"),
    [
        ({}, "Showing 5 of 5 events", {"heatmap"}),
        ({"type": "boat_strike"}, "Showing 2 of 5 events", {"scatter"}),
        ({"q": "Maduro"}, "Showing 1 of 5 events", {"scatter"}),
    ],
    ids=["counts-from-chart-columns", "points-get-every-column", "search-waits-for-the-texts"],
)
def test_a_large_parquet_file_draws_from_its_chart_columns_first(tmp_path, monkeypatch, query, expected, drawn_as):
    path = tmp_path / "events.parquet"
    store.write_events(path, [{**BASE, **r} for r in ROWS])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "3")  # 5 events count as a large file
    at = app(**query)
    assert not at.exception, at.exception
    assert count_line(at) == expected
    # A hidden one-point chart, sent before the events are read, so the browser loads Plotly early.
    warm_up, chart = sorted(at.get("plotly_chart"), key=lambda c: len(json.loads(c.proto.spec)["data"][0]["x"]))
    assert len(json.loads(warm_up.proto.spec)["data"][0]["x"]) == 1
    # On a first visit to the whole file, a static strip of the file's stored counts comes before either.
    strips = [m.value for m in at.markdown if "data-overview" in m.value]
    assert len(strips) == (not query)
    assert sum(int(n) for strip in strips for n in re.findall(r'data-count="(\d+)"', strip)) == (5 if strips else 0)
    assert {trace["type"] for trace in json.loads(chart.proto.spec)["data"]} == drawn_as
    assert any("citing 2 reports from 1 outlet" in c.value for c in at.caption)  # needs the source columns
    hover = " ".join(str(t.get("hovertext")) for t in json.loads(chart.proto.spec)["data"])
    assert drawn_as == {"heatmap"} or "Example News" in hover


def test_a_second_visit_sends_no_warm_up_and_gives_the_strip_time_to_paint(tmp_path, monkeypatch):
    from timeline.ui import figures

    path = tmp_path / "events.parquet"
    store.write_events(path, [{**BASE, **r} for r in ROWS])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "3")
    waits = []
    monkeypatch.setattr(figures, "sleep", waits.append)

    def charts_and_strips(at: AppTest) -> tuple[int, int]:
        assert not at.exception, at.exception
        return len(at.get("plotly_chart")), sum("data-overview" in m.value for m in at.markdown)

    # First visit: the strip, Plotly's hidden warm-up while the rows are read, the chart; nothing waits.
    assert charts_and_strips(app()) == (2, 1)
    assert waits == []
    # Second visit (a new session, the rows in memory): the strip, a wait, the chart; no warm-up chart.
    assert charts_and_strips(app()) == (1, 1)
    assert len(waits) == 1 and 0 <= waits[0] <= figures.STRIP_SETTLE_S
    # A filtered link draws no strip, so nothing waits.
    assert charts_and_strips(app(type="boat_strike")) == (1, 0)
    assert len(waits) == 1


@pytest.mark.parametrize(
    ("lang", "heading", "stored"),
    [("es", "Eventos por", True), ("fr", "Événements par", False)],
    ids=["spanish-from-the-footer", "french-counted-from-the-rows"],
)
def test_a_large_parquet_files_first_strip_is_static_and_translated(tmp_path, monkeypatch, lang, heading, stored):
    path = tmp_path / "events.parquet"
    store.write_events(path, [{**BASE, **r} for r in ROWS])
    if not stored:  # as another tool writes it: no counts in the footer, so the page counts the rows it reads
        path = tmp_path / "foreign.parquet"
        pq.write_table(pq.read_table(tmp_path / "events.parquet").replace_schema_metadata(None), path)
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "3")
    at = app(lang=lang)
    assert not at.exception, at.exception
    (strip,) = [m.value for m in at.markdown if "data-overview" in m.value]
    assert heading in strip and sum(int(n) for n in re.findall(r'data-count="(\d+)"', strip)) == 5


def test_a_large_parquet_file_opens_an_event_from_a_link(tmp_path, monkeypatch):
    path = tmp_path / "events.parquet"
    store.write_events(path, [{**BASE, **r} for r in ROWS])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    monkeypatch.setenv("TIMELINE_DENSITY_THRESHOLD", "3")
    texts = " ".join(m.value for m in app(event="s1").markdown)
    assert "[Example News](<https://example.org/a>)" in texts and "[example\\.org](<https://example.org/b>)" in texts


@pytest.mark.parametrize(
    ("notes", "warned", "shown"),
    [("Three dates compete: 6 Feb or 20 Feb.", True, "qualify the date"),
     ("Legal basis: EO 14059.", False, "Notes on the sources")],
    ids=["caveat-on-the-date-is-a-warning", "plain-note-is-shown"],
)  # fmt: skip
def test_detail_shows_the_notes(tmp_path, monkeypatch, notes, warned, shown):
    path = tmp_path / "events.csv"
    store.write_events(path, [{**BASE, **ROWS[3], "notes": notes}])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    at = app(event="tariff")
    texts = " ".join(m.value for m in at.markdown) + " ".join(w.value for w in at.warning)
    assert shown in texts and bool(at.warning) == warned
    assert "date known to the month" in texts


@pytest.mark.parametrize(
    ("query", "view", "color"),
    [({"view": "map"}, "Map", "event_type"), ({"view": "deaths", "color": "country"}, "Deaths in boat strikes", "country"),
     ({"view": "nonsense"}, "Timeline", "event_type")],
    ids=["map-view", "deaths-by-country", "unknown-view-is-ignored"],
)  # fmt: skip
def test_links_keep_the_view_and_the_colouring(events_file, query, view, color):
    at = app(**query)
    assert at.radio("view").value == view and at.selectbox("color_by").value == color
    assert {k: at.query_params.get(k) for k in query if k != "view" or view != "Timeline"} == {
        k: v for k, v in query.items() if k != "view" or view != "Timeline"
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [({"q": "venezuela"}, "Showing 2 of 5 events"), ({"place": "Caribbean"}, "Showing 1 of 5 events")],
    ids=["search-finds-country-names", "place-filter"],
)
def test_search_and_place(tmp_path, monkeypatch, query, expected):
    rows = [dict(r) for r in ROWS]
    rows[1]["location"] = "Southern Caribbean Sea (off Venezuela)"
    path = tmp_path / "events.csv"
    store.write_events(path, [{**BASE, **r} for r in rows])
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    assert any(c.value == expected for c in app(**query).caption)
