"""The summary in a Parquet store's footer: written by every store write, always the file's own counts."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline import store
from timeline.cli import main
from timeline.store import parquet_store, parquet_summary
from timeline.store.merge import rows_frame
from timeline.view import filters, overview_svg

BASE = {
    "date": "2025-09-02", "date_precision": "day", "event_type": "boat_strike", "title": "Strike",
    "countries": "USA;VEN", "modality": "happened", "source_url": "https://example.org/strike", "confidence": "high",
    "status": "curated",
}  # fmt: skip
ROOT = Path(__file__).resolve().parents[1]


def event(**changes) -> dict:
    return {**BASE, **changes}


def fresh_strip(path: Path) -> overview_svg.Strip:
    """The strip counted from the rows as the app loads them (no summary involved)."""
    events = store.load(path).events
    return overview_svg.strip(overview_svg.day_counts(events, filters.period_end(events).max()))


def assert_summary_is_fresh(path: Path) -> None:
    summary = parquet_summary.read(path)
    assert summary is not None
    stored, counted = overview_svg.strip(overview_svg.counts_from_summary(summary)), fresh_strip(path)
    assert stored.kinds == counted.kinds and stored.span == counted.span and stored.first_day == counted.first_day
    assert (stored.grid == counted.grid).all() and stored.total == parquet_summary.row_count(path)


def _write(path: Path) -> None:
    store.write_events(path, [event(), event(date="2025-09-15", event_type="sanction"),
                              event(date="2025-10-01", date_precision="month", end_date="")])  # fmt: skip


def _append(path: Path) -> None:
    store.append_events(path, [event(date="2025-12-24", event_type="tariff", end_date="2026-01-31")])


def _merge(path: Path) -> None:  # the same event again, from another source: merged, not added
    store.append_events(path, [event(source_url="https://other.example/b", published="2025-09-03")])


def _replace(path: Path) -> None:
    store.write_events(path, [event(date="2024-01-01", date_precision="year", event_type="statement")])


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param([_write], id="write"),
        pytest.param([_write, _append], id="append"),
        pytest.param([_write, _append, _merge], id="merge"),
        pytest.param([_write, _append, _replace], id="replace"),
    ],
)
def test_stored_counts_equal_a_fresh_count_after_every_write(tmp_path: Path, steps):
    path = tmp_path / "events.parquet"
    for step in steps:
        step(path)
    assert_summary_is_fresh(path)


def test_fill_ids_and_convert_write_the_summary(tmp_path: Path):
    path = tmp_path / "events.parquet"
    rows = [store.normalize_event(event()), store.normalize_event(event(date="2025-10-01"))]
    rows[1]["event_id"] = ""
    pq.write_table(parquet_store.frame_to_table(rows_frame(rows).drop(columns=["line"])), path)
    assert parquet_summary.read(path) is None  # written by another tool: no summary, the app counts the rows
    store.fill_ids(path)
    assert_summary_is_fresh(path)
    converted = tmp_path / "bundled.parquet"
    assert main(["convert", str(ROOT / "data" / "events.csv"), str(converted)]) == 0
    assert_summary_is_fresh(converted)


def test_a_copy_with_other_rows_but_our_metadata_is_not_trusted(tmp_path: Path):
    """Another tool that reads the table (keeping its metadata) and writes fewer rows gets no stale counts."""
    path, copy = tmp_path / "events.parquet", tmp_path / "copy.parquet"
    _write(path)
    table = pq.read_table(path)
    assert parquet_summary.KEY in table.schema.metadata
    pq.write_table(table.slice(0, 2), copy)
    assert parquet_summary.read(copy) is None
    kinds = table.column("event_type").to_pylist()
    at = table.schema.get_field_index("event_type")
    pq.write_table(table.set_column(at, "event_type", pa.array(["tariff"] * len(kinds))), copy)
    assert parquet_summary.read(copy) is None  # same row count, other types: the footer's statistics differ
    pq.write_table(table, copy)
    assert parquet_summary.read(copy) is not None  # the same rows again: the summary holds


@pytest.mark.parametrize("content", [b"", b"not parquet", b"PAR1garbagePAR1"])
def test_unreadable_footer_has_no_summary(tmp_path: Path, content: bytes):
    path = tmp_path / "events.parquet"
    path.write_bytes(content)
    assert parquet_summary.read(path) is None and parquet_summary.row_count(path) == 0
