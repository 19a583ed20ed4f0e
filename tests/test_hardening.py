"""Issue 13: no traceback, no hang and no stray file on any input (store, validation, saving).

Each test here failed before the fix it names. The fetch guard's registry tables are tested in
``test_fetch_registry.py``; the generated hostile values in ``test_hostile_properties.py``.
"""

from __future__ import annotations

import errno
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeline import store
from timeline.store import csv_store, schema, tempfiles

BASE = {
    "date": "2025-09-02",
    "date_precision": "day",
    "event_type": "boat_strike",
    "title": "US strike on a boat in the Caribbean",
    "actors": "US Southern Command;Tren de Aragua",
    "countries": "USA;VEN",
    "fatalities": "11",
    "modality": "happened",
    "source_url": "https://example.org/strike",
    "confidence": "high",
    "status": "curated",
}


def event(**changes) -> dict:
    return {**BASE, **changes}


def csv_text(*rows: dict) -> str:
    """CSV text of the rows, written raw (no validation)."""
    norm = [store.normalize_event(r) if not r.get("event_id") else {c: str(r.get(c, "")) for c in schema.COLUMNS} for r in rows]
    return store.to_csv_text(list(schema.COLUMNS), ([r[c] for c in schema.COLUMNS] for r in norm))


def many_rows(n: int) -> list[dict]:
    return [event(date=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", title=f"Strike number {i}", location=str(i)) for i in range(n)]


# --- 1. large cells and an unclosed quote ----------------------------------------------------------


def test_cell_over_the_csv_module_limit_loads(tmp_path: Path):
    path = tmp_path / "events.csv"
    path.write_text(csv_text(event(summary="x" * 300_000)), encoding="utf-8")
    result = store.load(path)
    assert result.ok, result.problems
    assert len(result.events.loc[0, "summary"]) == 300_000


def test_long_cell_can_be_saved_and_merged(tmp_path: Path):
    path = tmp_path / "events.csv"
    store.append_events(path, [event(summary="y" * 200_000)])
    report = store.append_events(path, [event(summary="z", other_sources="https://example.org/other")])
    assert report.merged and store.load(path).ok


def test_unclosed_quote_in_a_large_store_is_a_problem_with_line_and_column(tmp_path: Path):
    path = tmp_path / "events.csv"
    text = csv_text(*many_rows(800))
    assert len(text) > 128 * 1024
    lines = text.splitlines(keepends=True)
    # Open a quote in the title of the row on line 401 and never close it.
    lines[400] = lines[400].replace(",Strike number", ',"Strike number', 1)
    path.write_text("".join(lines), encoding="utf-8")
    result = store.load(path)
    quote = [p for p in result.problems if "quote" in p.message]
    assert len(quote) == 1
    assert quote[0].line == 401 and quote[0].column == "title"
    assert "character" in quote[0].message
    assert len(result.events) == 399  # the rows before it are kept


def test_cell_over_the_limit_in_memory_is_reported_not_raised(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_CSV_BYTES", "1000")
    result = store.load_text(csv_text(event(summary="x" * 5000)))
    assert not result.ok and "larger" in str(result.problems[0])


# --- 3. numbers out of range ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "column,value",
    [
        ("fatalities", "99999999999999999999"),
        ("fatalities", "9223372036854775808"),
        ("fatalities", "20000000"),
        ("quantity", "inf"),
        ("quantity", "Infinity"),
        ("quantity", "1e309"),
        ("quantity", "nan"),
        ("quantity", "1e300"),
        ("latitude", "nan"),
    ],
)
def test_out_of_range_numbers_are_problems(column: str, value: str):
    changes = {column: value}
    if column == "latitude":
        changes["longitude"] = "1"
    result = store.load_text(csv_text(event(event_id="e1", **changes)))
    assert [(p.line, p.column) for p in result.problems] == [(2, column)]
    assert result.events.empty


def test_huge_toll_is_refused_on_save(tmp_path: Path):
    with pytest.raises(store.StoreError, match="fatalities"):
        store.append_events(tmp_path / "events.csv", [event(fatalities=10**20)])


# --- 5. temp files of a killed writer ---------------------------------------------------------------


def test_temp_file_of_a_dead_writer_is_removed_on_next_write(tmp_path: Path):
    path = tmp_path / "events.csv"
    store.write_events(path, [event()])
    # A writer killed between writing its temp file and the rename leaves it behind.
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from timeline.store import csv_store
        real_replace = os.replace
        def die(*a, **k):
            os.kill(os.getpid(), 9)
        os.replace = die
        csv_store.write_atomic(Path({str(path)!r}), "x" * 100000)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == -9
    leftovers = [p for p in tmp_path.iterdir() if p.name not in ("events.csv", "events.csv.lock", "events.csv.changes.jsonl")]
    assert len(leftovers) == 1, leftovers
    store.append_events(path, [event(date="2025-09-03")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "events.csv.changes.jsonl", "events.csv.lock"]
    assert len(store.load(path).events) == 2


@pytest.mark.parametrize("name", ["events.csv", "events.parquet"])
def test_temp_file_of_a_dead_writer_is_removed_on_load(tmp_path: Path, name: str):
    path = tmp_path / name
    store.write_events(path, [event()])
    stale = path.parent / f"{tempfiles.prefix(path, _dead_pid())}abcd_123{tempfiles.SUFFIX}"
    stale.write_text("half a file", encoding="utf-8")
    assert store.load(path).ok
    assert not stale.exists()


def test_temp_file_of_a_live_writer_is_kept(tmp_path: Path):
    path = tmp_path / "events.csv"
    store.write_events(path, [event()])
    with store.lock_for(path):  # a writer holding the lock may be writing this file right now
        live = path.parent / f"{tempfiles.prefix(path)}abcd_123{tempfiles.SUFFIX}"
        live.write_text("being written", encoding="utf-8")
        tempfiles.remove(tempfiles.stale_files(path, locked=False))
        assert live.exists()
    store.load(path)
    assert not live.exists()


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


# --- 6. a repeated header column ---------------------------------------------------------------------


def test_repeated_header_column_is_a_problem_naming_it(tmp_path: Path):
    text = csv_text(event(event_id="e1"))
    header, rest = text.split("\n", 1)
    text = header + ",title\n" + rest.replace("\n", ",Again\n")
    result = store.load_text(text)
    assert [(p.line, p.column) for p in result.problems] == [(1, "title")]
    assert "twice" in result.problems[0].message
    path = tmp_path / "events.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(store.StoreError, match="title"):
        store.append_events(path, [event()])


# --- 7. markup in URLs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        'https://example.org/a"onmouseover="x',
        "https://example.org/<script>",
        "https://example.org/a>b",
        "https://example.org/a\x07b",
        "https://example.org/a\x7fb",
        "https://example.org/a\u202eb",
        "https://example.org/a`b",
        "https://example.org/a\\b",
    ],
)
def test_urls_with_markup_or_controls_are_invalid(url: str):
    result = store.load_text(csv_text(event(event_id="e1", source_url=url, other_sources=url)))
    assert {p.column for p in result.problems} == {"source_url", "other_sources"}


# --- 8. disk full while saving ------------------------------------------------------------------------


def test_disk_full_while_saving_is_a_store_error_and_keeps_the_old_file(tmp_path: Path, monkeypatch):
    path = tmp_path / "events.csv"
    store.write_events(path, [event()])
    before = path.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csv_store.os, "fsync", full)
    with pytest.raises(store.StoreError, match="space"):
        store.append_events(path, [event(date="2025-09-03")])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "events.csv.changes.jsonl", "events.csv.lock"]


# --- 10. smaller ----------------------------------------------------------------------------------------


def test_nul_byte_in_a_cell_is_a_problem():
    result = store.load_text(csv_text(event(event_id="e1", summary="a\x00b")))
    assert [(p.line, p.column) for p in result.problems] == [(2, "summary")]


def test_undecodable_byte_is_reported_with_line_and_column(tmp_path: Path):
    path = tmp_path / "events.csv"
    text = csv_text(event(event_id="e1"), event(event_id="e2", title="Año"))
    path.write_bytes(text.encode("utf-8").replace("Año".encode(), b"A\xf1o"))
    result = store.load(path)
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.line == 3
    assert "character" in problem.message and "line 0" not in str(problem)


def test_store_busy_does_not_advise_deleting_the_lock(tmp_path: Path):
    path = tmp_path / "events.csv"
    store.write_events(path, [event()])
    with store.lock_for(path), pytest.raises(store.StoreBusy) as info:
        store.append_events(path, [event(date="2025-09-04")], timeout=0.1)
    assert "delete" not in str(info.value).lower()


def test_legacy_temp_file_is_removed_under_the_lock(tmp_path: Path):
    path = tmp_path / "events.csv"
    store.write_events(path, [event()])
    legacy = tmp_path / ".events.csv.k2x_9ab1.tmp"  # tempfile.mkstemp's name before issue 13
    legacy.write_text("old", encoding="utf-8")
    store.write_events(path, [event()])
    assert not legacy.exists()


@pytest.mark.parametrize(
    "event_id,ok",
    [
        ("boat_strike-2025-09-02-abcdef12", True),
        ("s1", True),
        ("Bad Id", False),
        ("a<b", False),
        ("é", False),
        ("-leading", False),
        ("x" * 121, False),
        ("a;b", False),
    ],
)
def test_event_id_character_rules(event_id: str, ok: bool):
    result = store.load_text(csv_text(event(event_id=event_id)))
    assert result.ok is ok, result.problems
    if not ok:
        assert result.problems[0].column == "event_id"


# --- 1, 3, 6 and 10 as the app meets them -------------------------------------------------------------------

APP_PAGES = {
    "timeline": "from timeline.ui import timeline_page\ntimeline_page.render()\n",
    "data": "from timeline.ui import data_page\ndata_page.render()\n",
    "add": "from timeline.ui import add_page\nadd_page.render()\n",
}


def _repeated_header(text: str) -> str:
    header, rest = text.split("\n", 1)
    return header + ",title\n" + rest.replace("\n", ",Again\n")


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda t: _repeated_header(t), id="repeated-column"),
        pytest.param(lambda t: t.replace(",11,", ",99999999999999999999,", 1), id="toll-over-int64"),
        pytest.param(lambda t: t.replace("Strike number 1,", '"Strike number 1,', 1), id="unclosed-quote"),
        pytest.param(lambda t: t.replace("Strike number 2", "x" * 200_000, 1), id="huge-cell"),
        pytest.param(lambda t: t.replace("Strike number 3", "a\x00b", 1), id="nul"),
    ],
)
@pytest.mark.parametrize("page", list(APP_PAGES))
def test_every_app_page_survives_a_hostile_store(tmp_path: Path, monkeypatch, damage, page: str):
    from streamlit.testing.v1 import AppTest

    path = tmp_path / "events.csv"
    path.write_text(damage(csv_text(*many_rows(5))), encoding="utf-8")
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    at = AppTest.from_string(APP_PAGES[page], default_timeout=60).run()
    assert not at.exception, at.exception
