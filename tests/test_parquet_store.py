"""The Parquet store and `timeline convert`: typed file, lossless round trip, checks on write and on load.

The guarantees both formats share (merge by id, lock, atomic replace, concurrent appends) are the
tests of ``test_store.py``, which run on a CSV and a Parquet store.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from timeline import store
from timeline.cli import main
from timeline.store import parquet_store, schema
from timeline.store.merge import rows_frame

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "events.csv"
BASE = {
    "date": "2025-09-02", "date_precision": "day", "event_type": "boat_strike", "title": "Strike",
    "actors": "US Southern Command;Tren de Aragua", "countries": "USA;VEN", "latitude": "12.5", "longitude": "-66.9",
    "fatalities": "11", "modality": "happened", "source_url": "https://example.org/strike", "confidence": "high",
    "status": "curated",
}  # fmt: skip


def event(**changes) -> dict:
    return {**BASE, **changes}


def _same_frames(a: pd.DataFrame, b: pd.DataFrame) -> None:
    lists = ["actors_list", "countries_list"]
    pd.testing.assert_frame_equal(a.drop(columns=lists), b.drop(columns=lists))
    for col in lists:
        assert [list(x) for x in a[col]] == [list(x) for x in b[col]]


def test_bundled_data_round_trips_through_parquet(tmp_path: Path, capsys):
    parquet, back = tmp_path / "events.parquet", tmp_path / "events.csv"
    assert main(["convert", str(BUNDLED), str(parquet)]) == 0
    assert main(["convert", str(parquet), str(back)]) == 0
    assert back.read_bytes() == BUNDLED.read_bytes()  # the bundled file is in the store's own layout
    _same_frames(store.load(BUNDLED).events, store.load(parquet).events)
    assert "110 events written" in capsys.readouterr().out


def test_parquet_columns_are_typed(tmp_path: Path):
    path = tmp_path / "events.parquet"
    store.write_events(path, [event(end_date="2025-09-30", quantity="2.5", quantity_unit="boats")])
    file_schema = pq.read_schema(path)
    assert file_schema.field("date").type == pa.date32() and file_schema.field("published").type == pa.date32()
    assert file_schema.field("fatalities").type == pa.int64() and file_schema.field("quantity").type == pa.float64()
    assert file_schema.field("actors").type == pa.string()  # lists keep the CSV's ";" text
    table = pq.read_table(path)
    assert table.column("countries").to_pylist() == ["USA;VEN"] and table.column("published").to_pylist() == [None]
    assert table.column("summary").to_pylist() == [""] and table.column("quantity").to_pylist() == [2.5]
    assert pq.ParquetFile(path).metadata.row_group(0).column(8).encodings[-1] == "RLE_DICTIONARY"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param(b"not parquet at all", "not a readable Parquet", id="garbage"),
        pytest.param(b"", "not a readable Parquet", id="empty"),
        pytest.param(None, "does not exist", id="missing"),
        pytest.param("truncated", "not a readable Parquet", id="truncated"),
    ],
)
def test_corrupt_parquet_is_a_sentence_and_is_never_overwritten(tmp_path: Path, content, words: str):
    path = tmp_path / "events.parquet"
    if content == "truncated":
        store.write_events(path, [event()])
        content = path.read_bytes()[:-20]
    if content is not None:
        path.write_bytes(content)
    result = store.load(path)
    assert not result.ok and result.events.empty
    assert result.problems[0].line == 0 and words in result.problems[0].message
    if content is not None:
        assert "convert" in result.problems[0].message
        with pytest.raises(store.StoreError, match="not a readable Parquet"):
            store.append_events(path, [event(date="2025-10-01")])
        assert path.read_bytes() == content


def test_invalid_rows_are_refused_on_write(tmp_path: Path):
    path = tmp_path / "events.parquet"
    with pytest.raises(store.StoreError, match="Nothing was saved.*countries"):
        store.write_events(path, [event(), event(date="2025-09-03", countries="USA;XXX")])
    assert not path.exists()


def test_file_from_another_tool_is_checked_on_load(tmp_path: Path):
    """Vectorised checks catch what a foreign writer can break; the valid rows still load."""
    path = tmp_path / "events.parquet"
    rows = [store.normalize_event(event(date=f"2025-09-0{i}")) for i in range(1, 6)]
    rows[1]["event_type"] = "invasion"
    rows[2]["event_id"] = rows[0]["event_id"]
    rows[3]["countries"] = "USA;XXX"
    frame = rows_frame(rows).drop(columns=["line"])
    pq.write_table(parquet_store.frame_to_table(frame), path)
    result = store.load(path)
    assert [(p.line, p.column) for p in result.problems] == [(3, "event_type"), (4, "event_id"), (5, "countries")]
    assert result.events["date"].tolist() == ["2025-09-01", "2025-09-05"]


def test_merge_keeps_the_row_in_place_and_adds_new_rows_last(tmp_path: Path):
    path = tmp_path / "events.parquet"
    store.write_events(path, [event(), event(date="2025-09-15"), event(date="2025-10-01")])
    report = store.append_events(
        path, [event(date="2025-09-15", source_url="https://other.example/b", published="2025-09-16"), event(date="2025-11-11")]
    )  # fmt: skip
    assert len(report.merged) == 1 and len(report.added) == 1
    events = store.load(path).events
    assert events["date"].tolist() == ["2025-09-02", "2025-09-15", "2025-10-01", "2025-11-11"]
    assert events.loc[1, "other_sources"] == "https://other.example/b" and events.loc[1, "published"] == "2025-09-16"


def test_fill_ids_on_a_file_from_another_tool(tmp_path: Path):
    path = tmp_path / "events.parquet"
    rows = [store.normalize_event(event()), store.normalize_event(event(date="2025-10-01"))]
    expected = rows[1]["event_id"]
    rows[1]["event_id"] = ""
    pq.write_table(parquet_store.frame_to_table(rows_frame(rows).drop(columns=["line"])), path)
    assert store.fill_ids(path) == [(3, expected)]
    assert store.load(path).ok and store.fill_ids(path) == []


@pytest.mark.parametrize(
    ("names", "words"),
    [
        pytest.param(("in.csv", "out.csv"), "both CSV", id="same-format"),
        pytest.param(("bad.csv", "out.parquet"), "Nothing was written.*countries", id="invalid-input"),
    ],
)
def test_convert_refuses_and_writes_nothing(tmp_path: Path, capsys, names, words: str):
    source, target = (tmp_path / n for n in names)
    store.write_events(source, [event()])
    if source.name == "bad.csv":
        source.write_text(source.read_text(encoding="utf-8").replace("USA;VEN", "USA;XXX"), encoding="utf-8")
    assert main(["convert", str(source), str(target)]) == 1
    assert not target.exists()
    assert re.search(words, capsys.readouterr().err)


def test_extra_columns_and_odd_text_survive_both_ways(tmp_path: Path):
    source = tmp_path / "in.csv"
    header = [*schema.COLUMNS, "analyst"]
    row = store.normalize_event(event(title='Quote " comma , newline\nend', notes="=SUM(1)", summary="NA"))
    source.write_text(store.to_csv_text(header, [[*(row[c] for c in schema.COLUMNS), "jd"]]), encoding="utf-8")
    parquet, back = tmp_path / "x.parquet", tmp_path / "back.csv"
    assert main(["convert", str(source), str(parquet)]) == 0
    assert main(["convert", str(parquet), str(back)]) == 0
    assert back.read_bytes() == source.read_bytes()
