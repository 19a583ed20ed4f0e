"""The store: loading with line numbers, validation, hostile text, atomic and concurrent writes (CSV and Parquet)."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import store
from timeline.store import csv_store, schema

BASE = {
    "date": "2025-09-02",
    "date_precision": "day",
    "event_type": "boat_strike",
    "title": "US strike on a boat in the Caribbean",
    "actors": "US Southern Command;Tren de Aragua",
    "countries": "USA;VEN",
    "location": "Caribbean Sea",
    "latitude": "12.5",
    "longitude": "-66.9",
    "fatalities": "11",
    "modality": "happened",
    "source_url": "https://example.org/strike",
    "confidence": "high",
    "status": "curated",
}


def event(**changes) -> dict:
    return {**BASE, **changes}


def csv_text(*rows: dict) -> str:
    """CSV text of the rows; rows that already have an event_id are written raw, as given."""
    norm = [r if r.get("event_id") else store.normalize_event(r) for r in rows]
    return store.to_csv_text(list(schema.COLUMNS), ([r.get(c, "") for c in schema.COLUMNS] for r in norm))


@pytest.fixture(params=["csv", "parquet"])
def events_file(tmp_path: Path, request) -> Path:
    """Two events in a store of each format: the write, merge, lock and concurrency tests run on both."""
    path = tmp_path / f"events.{request.param}"
    store.write_events(path, [event(), event(date="2025-09-15", fatalities="3", title="Second strike")])
    return path


# --- loading ---------------------------------------------------------------------------------------


def test_load_types_and_helper_columns(events_file: Path):
    result = store.load(events_file)
    assert result.ok and result.total_rows == 2
    ev = result.events
    assert str(ev["fatalities"].dtype) == "Int64" and ev["fatalities"].tolist() == [11, 3]
    assert ev["longitude"].iloc[0] == -66.9
    assert ev["actors_list"].iloc[0] == ["US Southern Command", "Tren de Aragua"]
    assert ev["countries_list"].iloc[0] == ["USA", "VEN"]
    assert str(ev["date_dt"].iloc[1].date()) == "2025-09-15"
    assert ev["line"].tolist() == [2, 3]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf8"),
        pytest.param(lambda t: t.encode("utf-8-sig"), id="utf8-bom"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8-sig"), id="bom-crlf"),
    ],
)
def test_load_accepts_bom_and_crlf(tmp_path: Path, encode):
    path = tmp_path / "e.csv"
    path.write_bytes(encode(csv_text(event(title="Línea\nnueva"), event(date="2025-10-01"))))
    result = store.load(path)
    assert result.ok, result.problems
    assert result.events["title"].iloc[0] in ("Línea\nnueva", "Línea\r\nnueva")
    assert list(result.events.columns[: len(schema.COLUMNS)]) == list(schema.COLUMNS)


@pytest.mark.parametrize("word", ["NA", "None", "null", "NaN", "N/A", ""])
def test_na_like_words_survive(tmp_path: Path, word: str):
    path = tmp_path / "e.csv"
    path.write_text(csv_text(event(title=f"Title {word}", location=word, notes=word)), encoding="utf-8")
    ev = store.load(path).events
    assert ev["location"].iloc[0] == word and ev["notes"].iloc[0] == word


@pytest.mark.parametrize(
    ("changes", "column", "words"),
    [
        pytest.param({"date": "2025-13-02"}, "date", "real date", id="bad-month"),
        pytest.param({"date": "02/09/2025"}, "date", "YYYY-MM-DD", id="wrong-format"),
        pytest.param({"date": "2025-02-15", "date_precision": "month"}, "date", "1st", id="month-not-first"),
        pytest.param({"end_date": "2025-08-01"}, "end_date", "before", id="end-before-start"),
        pytest.param({"event_type": "riot"}, "event_type", "must be one of", id="unknown-type"),
        pytest.param({"countries": "USA;XXX"}, "countries", "alpha-3", id="bad-iso"),
        pytest.param({"countries": "usa"}, "countries", "alpha-3", id="lowercase-iso"),
        pytest.param({"source_url": "javascript:alert(1)"}, "source_url", "http", id="js-url"),
        pytest.param({"source_url": "ftp://example.org/x"}, "source_url", "http", id="ftp-url"),
        pytest.param({"other_sources": "https://ok.example/a;notaurl"}, "other_sources", "http", id="bad-other"),
        pytest.param({"title": "  "}, "title", "required", id="missing-title"),
        pytest.param({"source_url": ""}, "source_url", "required", id="missing-source"),
        pytest.param({"fatalities": "-3"}, "fatalities", "whole number", id="negative-deaths"),
        pytest.param({"fatalities": "2.5"}, "fatalities", "whole number", id="fractional-deaths"),
        pytest.param({"latitude": "95"}, "latitude", "-90", id="latitude-range"),
        pytest.param({"longitude": ""}, "latitude", "together", id="half-coordinates"),
        pytest.param({"language": "english"}, "language", "ISO 639-1", id="bad-language"),
        pytest.param({"confidence": "sure"}, "confidence", "must be one of", id="bad-confidence"),
    ],
)
def test_each_problem_names_line_and_column(tmp_path: Path, changes: dict, column: str, words: str):
    path = tmp_path / "e.csv"
    good = event(date="2025-01-05", title="Good row")
    bad = {**store.normalize_event(event(event_id="bad-row")), **changes}  # raw: not normalised
    path.write_text(csv_text(good, bad), encoding="utf-8")
    result = store.load(path)
    assert [(p.line, p.column) for p in result.problems] == [(3, column)]
    assert words in result.problems[0].message
    assert result.events["title"].tolist() == ["Good row"]  # the valid row is still loaded


def test_malformed_row_reported_with_its_line_after_multiline_field(tmp_path: Path):
    text = csv_text(event(title="two\nlines"), event(date="2025-10-01")) + "only,three,fields\n"
    path = tmp_path / "e.csv"
    path.write_text(text, encoding="utf-8")
    result = store.load(path)
    assert [(p.line, p.column) for p in result.problems] == [(5, "")]
    assert "expected 25 fields but found 3" in result.problems[0].message
    assert len(result.events) == 2


def test_duplicate_id_reports_both_lines(tmp_path: Path):
    row = store.normalize_event(event())
    path = tmp_path / "e.csv"
    path.write_text(csv_text(row, {**row, "title": "copy"}), encoding="utf-8")
    result = store.load(path)
    assert [(p.line, p.column) for p in result.problems] == [(3, "event_id")]
    assert "first on line 2" in result.problems[0].message
    assert result.events["title"].tolist() == [BASE["title"]]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param(None, "does not exist", id="missing-file"),
        pytest.param(b"", "no header", id="empty-file"),
        pytest.param(b"\xff\xfe\x00garbage", "not UTF-8", id="binary"),
        pytest.param(b"date,title\n2025-01-01,x\n", "required columns", id="missing-columns"),
    ],
)
def test_unreadable_files_are_problems_not_crashes(tmp_path: Path, content: bytes | None, words: str):
    path = tmp_path / "e.csv"
    if content is not None:
        path.write_bytes(content)
    result = store.load(path)
    assert not result.ok and words in result.problems[0].message
    assert len(result.events) == 0 and "date_dt" in result.events.columns


# --- hostile text ----------------------------------------------------------------------------------

# Any text but NUL, which validation refuses (issue 13; tested in test_hardening.py).
HOSTILE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=80
).filter(lambda s: s.strip() != "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=HOSTILE, summary=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200), notes=st.sampled_from(["=1+2", "+1", "-2", "@SUM(A1)", '"', ",", "\r\n"]))
def test_hostile_text_round_trips(tmp_path_factory, title: str, summary: str, notes: str):
    path = tmp_path_factory.mktemp("h") / "events.csv"
    report = store.append_events(path, [event(title=title, summary=summary, notes=notes + title)])
    ev = store.load(path)
    assert ev.ok, ev.problems
    row = ev.events.iloc[0]
    # csv with newline="" keeps a lone CR inside quoted text; nothing is escaped or trimmed in storage
    assert (row["title"], row["summary"], row["notes"]) == (title, summary, notes + title)
    assert row["event_id"] == report.added[0]


@pytest.mark.parametrize("name", ["events.csv", "events.parquet"])
def test_a_lone_surrogate_is_refused_with_its_place_and_nothing_is_written(tmp_path: Path, name: str):
    path = tmp_path / name
    store.append_events(path, [event(title="first")])
    before = path.read_bytes()
    with pytest.raises(store.StoreError, match=r"event 2, summary: summary holds a character that is not text"):
        store.append_events(path, [event(title="second"), event(title="third", summary="a\ud800b")])
    assert path.read_bytes() == before


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+SUM(1)", "-1+1", "@cmd", "<img src=x onerror=alert(1)>"])
def test_store_never_escapes_formulas(tmp_path: Path, text: str):
    path = tmp_path / "e.csv"
    store.append_events(path, [event(title=text)])
    assert store.load(path).events["title"].iloc[0] == text
    assert text.replace('"', '""') in path.read_text(encoding="utf-8")


# --- append and merge ---------------------------------------------------------------------------------


def test_append_is_idempotent_and_merges_sources(events_file: Path):
    again = store.append_events(events_file, [event()])
    assert again.unchanged and not again.added and not again.merged
    second_source = event(source_url="https://other.example/report", published="2025-09-04")
    merged = store.append_events(events_file, [second_source])
    assert merged.merged == again.unchanged
    earlier = store.append_events(events_file, [event(source_url="https://third.example/x", published="2025-09-03")])
    assert earlier.merged
    row = store.load(events_file).events.iloc[0]
    assert row["other_sources"] == "https://other.example/report;https://third.example/x"
    assert row["published"] == "2025-09-03"
    assert row["source_url"] == BASE["source_url"]
    assert len(store.load(events_file).events) == 2


def test_same_event_spelled_differently_gets_same_id():
    a = store.normalize_event(event(actors="Tren de Aragua;US Southern Command", countries="ven;usa"))
    b = store.normalize_event(event(actors="us southern command; TREN DE ARAGUA", location="caribbean  sea"))
    assert a["event_id"] == b["event_id"]
    assert a["event_id"] != store.normalize_event(event(date="2025-09-03"))["event_id"]


def test_invalid_new_event_writes_nothing(events_file: Path):
    before = events_file.read_bytes()
    with pytest.raises(store.StoreError, match="Nothing was saved.*countries"):
        store.append_events(events_file, [event(date="2025-11-11"), event(countries="ZZZ")])
    assert events_file.read_bytes() == before


def test_append_keeps_malformed_rows_verbatim(tmp_path: Path):
    path = tmp_path / "e.csv"
    path.write_text(csv_text(event()) + "broken,row\n", encoding="utf-8")
    store.append_events(path, [event(date="2025-12-01")])
    text = path.read_text(encoding="utf-8")
    assert "broken,row\n" in text
    assert len(store.load(path).events) == 2


def test_failed_write_leaves_old_file_and_no_temp(events_file: Path, monkeypatch):
    before = events_file.read_bytes()
    log = events_file.with_name(events_file.name + ".changes.jsonl")
    log_before = log.read_bytes()

    def fail(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(csv_store.os, "fsync", fail)  # fails after the temp file got its content
    with pytest.raises(store.StoreError, match="disk full"):  # a sentence since issue 13
        store.append_events(events_file, [event(date="2025-12-24")])
    assert events_file.read_bytes() == before
    assert log.read_bytes() == log_before  # the change log's record is cut back too
    name = events_file.name
    assert sorted(p.name for p in events_file.parent.iterdir()) == [name, f"{name}.changes.jsonl", f"{name}.lock"]


def test_failed_rename_leaves_old_file(events_file: Path, monkeypatch):
    before = events_file.read_bytes()
    monkeypatch.setattr(csv_store.os, "replace", lambda *_: (_ for _ in ()).throw(PermissionError("read-only")))
    with pytest.raises(store.StoreError, match="read-only"):
        store.append_events(events_file, [event(date="2025-12-25")])
    assert events_file.read_bytes() == before
    assert not list(events_file.parent.glob(".*tmp"))


def test_write_keeps_file_mode(events_file: Path):
    events_file.chmod(0o640)
    store.append_events(events_file, [event(date="2025-12-26")])
    assert oct(events_file.stat().st_mode & 0o777) == "0o640"


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda p: store.append_events(p, [event(date="2025-12-27")], timeout=0.2), id="append"),
        pytest.param(lambda p: store.write_events(p, [event()], timeout=0.2), id="replace"),
        pytest.param(lambda p: store.fill_ids(p, timeout=0.2), id="fill-ids"),
    ],
)
def test_busy_store_says_so_and_changes_nothing(events_file: Path, write):
    before = events_file.read_bytes()
    with store.lock_for(events_file), pytest.raises(store.StoreBusy, match="busy.*Try again"):
        write(events_file)
    assert events_file.read_bytes() == before


# --- concurrency ---------------------------------------------------------------------------------------


def _appender(path: str, worker: int, count: int, errors) -> None:
    try:
        for i in range(count):
            store.append_events(
                path,
                [event(date=f"2026-{1 + worker:02d}-{1 + i % 28:02d}", title=f"w{worker} e{i}", location=f"spot {i}")],
                timeout=300,
            )
    except Exception as exc:  # reported to the test instead of dying silently in the child
        errors.put(f"worker {worker}: {exc!r}")
        raise


def _reader(path: str, ready, stop, out) -> None:
    seen = []
    ready.set()
    while not stop.is_set() or not seen:
        result = store.load(path)
        seen.append((len(result.problems), len(result.events)))
    out.put(seen)


def _wait_started(ready, proc, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not ready.wait(0.5):
        assert proc.is_alive(), f"the child process died at start (exit code {proc.exitcode})"
        assert time.monotonic() < deadline, "the child process did not start in time"


def test_concurrent_appends_lose_nothing_and_readers_never_see_partial_files(events_file: Path, monkeypatch):
    # Streamlit's AppTest, run earlier in the session, leaves sys.modules["__main__"] pointing at a
    # temporary page script that "spawn" children would re-run; give them a plain __main__ instead.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    ctx = multiprocessing.get_context("spawn")
    out, errors, ready, stop = ctx.Queue(), ctx.Queue(), ctx.Event(), ctx.Event()
    reader = ctx.Process(target=_reader, args=(str(events_file), ready, stop, out), daemon=True)
    writers = [
        ctx.Process(target=_appender, args=(str(events_file), w, 25, errors), daemon=True) for w in range(4)
    ]
    try:
        reader.start()
        _wait_started(ready, reader, 300)
        for w in writers:
            w.start()
        for w in writers:
            w.join(600)
        stop.set()
        assert errors.empty(), errors.get()
        assert [w.exitcode for w in writers] == [0, 0, 0, 0]
        seen = out.get(timeout=300)
    finally:  # never leave a child behind to hang the test session
        stop.set()
        for proc in [p for p in (reader, *writers) if p.pid is not None]:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
    result = store.load(events_file)
    assert result.ok and len(result.events) == 2 + 100
    assert result.events["event_id"].is_unique
    assert all(problems == 0 for problems, _ in seen), "a reader saw a partial or broken file"
    counts = [n for _, n in seen]
    assert counts == sorted(counts) and counts[0] >= 2 and counts[-1] <= 102
    assert not [p for p in os.listdir(events_file.parent) if p.endswith(".tmp")]
