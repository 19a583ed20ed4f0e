"""Exports: data formats, file names, filters shared with the app, the CLI and the no-browser path.

Image formats that need Chromium are in ``test_export_images.py``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import export, store
from timeline.cli import main as cli_main
from timeline.export import Report
from timeline.export import browser as export_browser
from timeline.export import images as export_images
from timeline.store import schema
from timeline.view import filters

GENERATED = date(2026, 11, 26)

# Invented events (example.org addresses): a formula-like title, a full-width one, a month-precision
# one, a negative longitude, a bar with an end date, one with several sources.
ROWS = [
    {"date": "2025-02-20", "date_precision": "day", "event_type": "fto_designation", "title": "Six cartels listed",
     "actors": "Sinaloa Cartel;CJNG", "countries": "USA;MEX", "modality": "happened", "source_name": "Wire A",
     "source_url": "https://news.example.org/a", "published": "2025-02-20", "confidence": "high", "status": "curated"},
    {"date": "2025-09-02", "date_precision": "day", "event_type": "boat_strike", "title": '=1+2";=1+2',
     "summary": "-strike <b>bold</b>", "actors": "Tren de Aragua", "countries": "USA;VEN", "location": "Caribbean Sea",
     "latitude": 12.5, "longitude": -66.9, "fatalities": 11, "modality": "happened", "source_name": "@Post",
     "source_url": "https://news.example.org/b", "other_sources": "https://gov.example.gov/c;https://news.example.org/f",
     "published": "2025-09-03", "confidence": "high", "status": "curated"},
    {"date": "2025-03-01", "date_precision": "month", "event_type": "tariff", "title": "\tTariff on goods",
     "summary": "+25% on imports", "countries": "USA;MEX", "modality": "happened", "source_name": "Wire A",
     "source_url": "https://news.example.org/d", "confidence": "medium", "status": "curated"},
    {"date": "2025-08-08", "date_precision": "day", "end_date": "2025-10-01", "event_type": "troop_deployment",
     "title": "\uff1dShips sent to the Caribbean", "countries": "USA;VEN", "modality": "happened", "source_name": "Wire B",
     "source_url": "https://news.example.org/e", "published": "2025-08-09", "confidence": "high", "status": "curated"},
    {"date": "2026-01-01", "date_precision": "year", "event_type": "statement", "title": "Año de declaraciones",
     "actors": "Gustavo Petro", "countries": "COL;USA", "modality": "happened", "source_name": "Diario",
     "source_url": "https://news.example.org/g", "published": "2026-01-05", "confidence": "low", "status": "curated"},
]  # fmt: skip


@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.csv"
    store.write_events(path, ROWS)
    return path


@pytest.fixture
def events(events_file):
    return store.load(events_file).events


def report(f: filters.Filters | None = None, total: int = len(ROWS), **kw) -> Report:
    return Report(filters=f or filters.Filters(), total=total, generated=GENERATED, data_as_of=date(2026, 1, 5), **kw)


def parse_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- CSV -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ('=1+2";=1+2', "'=1+2\";=1+2"),
        ("+25%", "'+25%"),
        ("-strike", "'-strike"),
        ("@Post", "'@Post"),
        ("\tTariff", "'\tTariff"),
        ("\rline", "'\rline"),
        ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d1", "'\uff0d1"),
        ("\uff20x", "'\uff20x"),
        ("Maduro = 1", "Maduro = 1"),
        ("", ""),
    ],
    ids=["equals", "owasp-quote-semicolon", "plus", "minus", "at", "tab", "cr", "fullwidth-equals",
         "fullwidth-plus", "fullwidth-minus", "fullwidth-at", "inner-equals", "empty"],
)  # fmt: skip
def test_escape_cell(cell, expected):
    assert export.escape_cell(cell) == expected


@pytest.mark.parametrize(
    ("event_index", "column", "expected"),
    [
        (1, "title", "'=1+2\";=1+2"),
        (1, "summary", "'-strike <b>bold</b>"),
        (1, "source_name", "'@Post"),
        (2, "title", "'\tTariff on goods"),
        (2, "summary", "'+25% on imports"),
        (3, "title", "'\uff1dShips sent to the Caribbean"),
        (1, "longitude", "-66.9"),
        (1, "latitude", "12.5"),
        (1, "fatalities", "11"),
        (1, "date", "2025-09-02"),
        (0, "title", "Six cartels listed"),
    ],
    ids=["owasp-title", "minus-summary", "at-source", "tab-title", "plus-summary", "fullwidth-title",
         "negative-longitude-untouched", "latitude", "integer", "date", "plain-text"],
)  # fmt: skip
def test_csv_cells_escaped_only_where_text_could_run(events, event_index, column, expected):
    rows = {r["event_id"]: r for r in parse_csv(export.to_csv(events))}
    wanted_id = events.iloc[event_index]["event_id"]
    assert rows[wanted_id][column] == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=6))
def test_csv_text_cells_round_trip_escaped_exactly_once(texts):
    frame = pd.DataFrame({c: [""] * len(texts) for c in schema.COLUMNS})
    frame["title"] = texts
    frame["longitude"] = [-66.9] * len(texts)
    back = parse_csv(export.to_csv(frame))
    assert [r["title"] for r in back] == [export.escape_cell(t) for t in texts]
    assert all(not r["title"] or r["title"][0] not in export.FORMULA_STARTS for r in back)
    assert {r["longitude"] for r in back} == {"-66.9"}


def test_csv_is_utf8_with_bom_and_schema_header(events):
    data = export.to_csv(events)
    assert data.startswith(b"\xef\xbb\xbf")
    assert next(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == list(schema.COLUMNS)
    assert "Año de declaraciones" in data.decode("utf-8-sig")


def test_stored_file_is_never_escaped(events_file, tmp_path):
    before = events_file.read_bytes()
    code = cli_main(["export", "-f", "csv", "--events", str(events_file), "-o", str(tmp_path / "out.csv")])
    assert code == 0
    assert events_file.read_bytes() == before
    assert b'"=1+2"";=1+2"' in before and not before.startswith(b"\xef\xbb\xbf")


# --- one filter definition for app, exports and CLI --------------------------------------------------

VIEWS = [
    ({}, "all"),
    ({"type": "boat_strike,troop_deployment"}, "two-types"),
    ({"country": "VEN"}, "country"),
    ({"actor": "CJNG"}, "actor"),
    ({"from": "2025-03-15"}, "since-month-precision-overlap"),
    ({"to": "2025-08-31", "country": "MEX"}, "until-and-country"),
    ({"q": "ano"}, "text-accent-insensitive"),
    ({"confidence": "high", "type": "boat_strike"}, "confidence-and-type"),
]
CLI_FLAGS = {"type": "--type", "actor": "--actor", "country": "--country", "from": "--since", "to": "--until",
             "q": "--q", "confidence": "--confidence"}  # fmt: skip


def expected_ids(events: pd.DataFrame, query: dict) -> list[str]:
    wanted, warnings = filters.from_query(query)
    assert not warnings
    return sorted(filters.apply(events, wanted)["event_id"])


def exported_ids(fmt: str, data: bytes) -> list[str]:
    if fmt == "csv":
        return sorted(r["event_id"] for r in parse_csv(data))
    if fmt == "json":
        return sorted(e["event_id"] for e in json.loads(data)["events"])
    if fmt == "timelinejs":
        return sorted(e["unique_id"] for e in json.loads(data)["events"])
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["csv", "json", "timelinejs"])
@pytest.mark.parametrize(("query", "view"), VIEWS, ids=[v for _, v in VIEWS])
def test_cli_exports_exactly_the_filtered_rows(events_file, events, tmp_path, fmt, query, view):
    out = tmp_path / f"out.{fmt}"
    flags = [x for key, value in query.items() for x in (CLI_FLAGS[key], value)]
    assert cli_main(["export", "-f", fmt, "--events", str(events_file), *flags, "-o", str(out)]) == 0
    assert exported_ids(fmt, out.read_bytes()) == expected_ids(events, query)


BUNDLED = Path(__file__).resolve().parents[1] / "data" / "events.csv"


@pytest.mark.skipif(not BUNDLED.exists(), reason="the bundled data/events.csv is not there")
@pytest.mark.parametrize("fmt", ["csv", "json", "timelinejs"])
def test_bundled_data_exports_every_valid_event(tmp_path, fmt):
    out = tmp_path / f"all.{fmt}"
    assert cli_main(["export", "-f", fmt, "--events", str(BUNDLED), "-o", str(out)]) == 0
    assert exported_ids(fmt, out.read_bytes()) == sorted(store.load(BUNDLED).events["event_id"])


def test_cli_rejects_an_unknown_filter_value(events_file, tmp_path, capsys):
    code = cli_main(["export", "-f", "csv", "--events", str(events_file), "--type", "boat_strik", "-o",
                     str(tmp_path / "x.csv")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "unknown type 'boat_strik'" in err and "boat_strike" in err
    assert not (tmp_path / "x.csv").exists()


def test_cli_missing_events_file_is_a_sentence(tmp_path, capsys):
    code = cli_main(["export", "-f", "csv", "--events", str(tmp_path / "none.csv"), "-o", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 1
    assert "does not exist" in err and "Traceback" not in err


def test_cli_default_output_name_comes_from_the_filters(events_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli_main(["export", "-f", "citations", "--events", str(events_file), "--country", "ven,col"]) == 0
    assert (tmp_path / "timeline_VEN_COL.md").exists()


# --- JSON, TimelineJS, citations ----------------------------------------------------------------------


def test_json_keeps_types_and_says_what_was_filtered(events):
    wanted = filters.Filters(countries=("VEN",))
    doc = json.loads(export.to_json(filters.apply(events, wanted), report(wanted)))
    strike = next(e for e in doc["events"] if e["event_type"] == "boat_strike")
    assert (strike["longitude"], strike["fatalities"], strike["countries"]) == (-66.9, 11, ["USA", "VEN"])
    assert strike["quantity"] is None
    assert doc["filters"] == {"country": "VEN"}
    assert (doc["events_shown"], doc["events_total"], doc["generated"]) == (2, len(ROWS), "2026-11-26")


@pytest.mark.parametrize(
    ("title", "start"),
    [
        ("Six cartels listed", {"year": 2025, "month": 2, "day": 20}),
        ("\tTariff on goods", {"year": 2025, "month": 3}),
        ("Año de declaraciones", {"year": 2026}),
    ],
    ids=["day", "month", "year"],
)
def test_timelinejs_dates_follow_precision(events, title, start):
    story = export.to_timelinejs(events, report())
    slide = next(s for s in story["events"] if s["text"]["headline"] == title)
    assert slide["start_date"] == start


def test_timelinejs_slide_has_group_sources_end_date_and_escaped_html(events):
    story = export.to_timelinejs(events, report())
    strike = next(s for s in story["events"] if s["group"] == "Strike on a boat")
    assert "&lt;b&gt;bold&lt;/b&gt;" in strike["text"]["text"] and "<b>bold" not in strike["text"]["text"]
    assert 'href="https://news.example.org/b"' in strike["text"]["text"]
    assert 'href="https://gov.example.gov/c"' in strike["text"]["text"]
    ships = next(s for s in story["events"] if s["group"] == "Troop or naval deployment")
    assert ships["end_date"] == {"year": 2025, "month": 10, "day": 1}
    assert len({s["unique_id"] for s in story["events"]}) == len(ROWS)
    assert story["title"]["text"]["headline"].startswith("The US campaign against drug cartels: 5 events, Feb 2025")


def test_timelinejs_includes_eras_when_shown(events):
    eras = pd.DataFrame({"era_id": ["e"], "label": ["Pressure <on>"], "start": ["2025-08-14"], "end": [""],
                         "description": [""]})  # fmt: skip
    story = export.to_timelinejs(events, report(eras=eras))
    assert story["eras"] == [{"start_date": {"year": 2025, "month": 8, "day": 14},
                              "end_date": {"year": 2026, "month": 11, "day": 26},
                              "text": {"headline": "Pressure &lt;on&gt;"}}]  # fmt: skip
    assert "eras" not in export.to_timelinejs(events, report(eras=eras, show_eras=False))


@pytest.mark.parametrize(
    "url",
    ["https://news.example.org/b", "https://gov.example.gov/c", "https://news.example.org/f"],
    ids=["main-source", "other-source-1", "other-source-2"],
)
def test_citations_list_every_source_with_access_date(events, url):
    wanted = filters.Filters(types=("boat_strike",))
    text = export.citations(filters.apply(events, wanted), report(wanted))
    line = next(line for line in text.splitlines() if url in line)
    assert "accessed" not in line  # the day of the export is not the day the source was read


def test_citations_state_filters_counts_and_event_dates(events):
    wanted = filters.Filters(countries=("VEN",))
    text = export.citations(filters.apply(events, wanted), report(wanted))
    assert "Filters: Country: Venezuela" in text
    assert "2 of 5 events · data as of 2026-01-05 · list generated 2026-11-26" in text
    assert "1. 8 Aug 2025 — ＝Ships sent to the Caribbean. Wire B, published 2025-08-09." in text
    assert "2. 2 Sep 2025 — =1+2\";=1+2. @Post, published 2025-09-03." in text


def test_footer_counts_distinct_sources_and_events(events):
    text = export.footer(events, report())
    assert text.startswith("Sources: 7 news reports and official notices (Wire A, @Post, Wire B, Diario)")
    assert "5 events of 5 · data as of 2026-01-05 · generated 2026-11-26" in text


# --- file names ----------------------------------------------------------------------------------------

NAMED_VIEWS = [
    (filters.Filters(), "none"),
    (filters.Filters(types=("boat_strike",), countries=("VEN",)), "type-country"),
    (filters.Filters(q="../../etc/passwd"), "path-traversal"),
    (filters.Filters(q='Año "nuevo" <script>'), "accents-quotes-markup"),
    (filters.Filters(actors=("Cártel de Jalisco / CJNG",), since=date(2025, 1, 1)), "slash-and-date"),
    (filters.Filters(q="\u202e\u0000 \uff1d"), "control-and-fullwidth"),
]


@pytest.mark.parametrize("fmt", list(export.FORMATS))
@pytest.mark.parametrize(("view", "view_id"), NAMED_VIEWS, ids=[i for _, i in NAMED_VIEWS])
def test_download_names_are_safe(view, view_id, fmt):
    name = export.file_name(view, fmt)
    assert re.fullmatch(r"[A-Za-z0-9._-]+", name)
    assert not name.startswith(".") and ".." not in name


# --- HTML, bundle and the no-browser path -------------------------------------------------------------


def test_html_embeds_plotlyjs_and_loads_nothing_from_the_network(events):
    page = export.export("html", events, report(title="Strikes <and> tariffs")).decode("utf-8")
    assert "plotly.js v" in page or "plotly.js" in page
    # The embedded plotly.js bundle mentions CDN addresses as defaults for features the timeline does
    # not use (map outlines), so the test is on what the page loads: no external script or stylesheet.
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?(https?:)?//", page)
    assert "Strikes &lt;and&gt; tariffs" in page


@pytest.fixture
def no_browser(monkeypatch):
    monkeypatch.setattr(export_browser, "find_browser", lambda: None)


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_no_browser_gives_the_fix_not_a_hang(events, no_browser, fmt):
    with pytest.raises(export.ExportUnavailable, match=r"sudo apt-get install chromium.*plotly_get_chrome"):
        export.export(fmt, events, report())


def test_cli_without_browser_prints_the_fix_without_traceback(events_file, no_browser, tmp_path, capsys):
    code = cli_main(["export", "-f", "pdf", "--events", str(events_file), "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert "install Chromium" in err.replace("Install", "install") and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_bundle_without_browser_keeps_every_other_file_and_says_why(events, no_browser):
    wanted = filters.Filters(countries=("VEN",))
    data = export.export("bundle", filters.apply(events, wanted), report(wanted))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = sorted(zf.namelist())
        readme = zf.read("timeline_VEN/README.txt").decode()
        rows = parse_csv(zf.read("timeline_VEN/timeline_VEN.csv"))
    assert names == [f"timeline_VEN/{n}" for n in
                     ["README.txt", "timeline_VEN.citations.md", "timeline_VEN.csv", "timeline_VEN.html"]]  # fmt: skip
    assert "No PNG or PDF" in readme and "sudo apt-get install chromium" in readme
    assert "Filters: Country: Venezuela" in readme and "country=VEN" in readme
    assert len(rows) == 2


@pytest.fixture
def fake_kaleido(monkeypatch):
    """The browser replaced by a fake that counts its starts and fails as often as asked."""
    calls = {"start": 0, "stop": 0, "fail": 0}

    class FakeKaleido:
        def __init__(self, browser, timeout):
            self.browser = browser
            calls["start"] += 1

        def render(self, figure, opts):
            if calls["fail"]:
                calls["fail"] -= 1
                raise RuntimeError("Executor is closed.")
            return b"\x89PNG fake"

        def close(self):
            calls["stop"] += 1

    monkeypatch.setattr(export_browser, "find_browser", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(export_browser, "_server", None)
    monkeypatch.setattr(export_browser, "_Kaleido", FakeKaleido)
    return calls


@pytest.mark.parametrize(
    ("failures", "starts"),
    [(0, 1), (1, 2)],
    ids=["healthy-server-reused", "crashed-browser-restarted-once"],
)
def test_images_survive_one_browser_crash(events, fake_kaleido, failures, starts):
    fake_kaleido["fail"] = failures
    assert export.export("png", events, report()) == b"\x89PNG fake"
    assert export.export("png", events, report()) == b"\x89PNG fake"
    assert fake_kaleido["start"] == starts


def test_a_browser_that_keeps_failing_is_a_sentence(events, fake_kaleido):
    fake_kaleido["fail"] = 2
    with pytest.raises(export.ExportUnavailable, match="could not draw the PDF .*Try again"):
        export.export("pdf", events, report())
    assert (fake_kaleido["start"], fake_kaleido["stop"]) == (2, 2)


def test_unknown_format_and_preset_are_sentences(events):
    with pytest.raises(ValueError, match="choose one of png, svg, pdf"):
        export.export("gif", events, report())
    with pytest.raises(ValueError, match="choose one of slide, a4, column"):
        export_images.preset("poster")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (["2025-03-01", "", "2025-01-09"], date(2025, 3, 1)),  # the ends are dates: only they are looked at
        (["2025-03-01", "zz-not-a-date", ""], date(2025, 3, 1)),  # a malformed cell at an end: every cell checked
        (["2025-03-01", "2025-02-30", "2025-01-09"], date(2025, 3, 1)),  # an impossible day is not an end
        (["2025-02-30", "2025-03-01", "2025-01-09"], date(2025, 3, 1)),
        (["2025-03-31", "2025-03-32", "2025-01-09"], date(2025, 3, 31)),  # the largest cell is impossible
        (["", ""], date(2025, 6, 2)),  # no publication date: the latest event date
    ],
)
def test_data_as_of_takes_the_latest_real_day(published, expected):
    frame = pd.DataFrame({"published": published, "date": ["2025-06-02", "2025-01-01", "2025-01-01"][: len(published)]})
    assert export.data_as_of(frame) == expected
