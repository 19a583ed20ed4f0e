"""Benchmark: which engine for the Parquet store, pyarrow or DuckDB, measured on the same file in one run.

For N synthetic events (``bench/synthetic_events.py``, default 1M) written once as Parquet by the store,
it times: reading the file into an Arrow table, then into the typed frame the app uses; filtering
"strikes on boats involving Venezuela"; and appending one event (read, add, rewrite the file). Each
step is done with pyarrow and with DuckDB; the CSV store's load of the same events is the reference.
Times are the best of 3 runs (1 for the CSV) on a shared machine: compare the columns of one run.

    python bench/store_bench.py            # 1,000,000 events
    python bench/store_bench.py 100000
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_events import events_frame  # noqa: E402

from timeline import store  # noqa: E402
from timeline.store import parquet_store, schema  # noqa: E402
from timeline.store.merge import normalize_event, rows_frame  # noqa: E402

VEN = "(?:^|;)VEN(?:;|$)"
NEW = {"date": "2026-06-01", "date_precision": "day", "event_type": "boat_strike", "title": "Appended",
       "countries": "USA;VEN", "modality": "happened", "source_url": "https://example.org/appended",
       "confidence": "high", "status": "curated"}  # fmt: skip


def best(fn, repeat: int = 3) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def arrow_filter(table: pa.Table) -> int:
    """Boat strikes whose ``countries`` cell lists VEN, with Arrow compute."""
    has_ven = pc.match_substring_regex(table.column("countries"), pattern=VEN)
    is_strike = pc.equal(table.column("event_type"), "boat_strike")
    return int(pc.sum(pc.and_(has_ven, is_strike)).as_py() or 0)


def duck_append(path: Path, new: pa.Table) -> None:
    """Append with DuckDB: read the file, add the row, write a temp file, move it over (as the store does)."""
    tmp = path.with_name(f".{path.name}.duck.tmp")
    con = duckdb.connect()
    con.register("new_rows", new)
    con.execute(
        f"COPY (SELECT * FROM read_parquet('{path}') UNION ALL SELECT * FROM new_rows) TO '{tmp}' "
        "(FORMAT parquet, COMPRESSION zstd)"
    )
    con.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def main(n: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="store_bench_"))
    path, csv_path = folder / "events.parquet", folder / "events.csv"
    cells = events_frame(n)
    t0 = time.perf_counter()
    parquet_store.write_frame(path, cells)
    write_s = time.perf_counter() - t0
    csv_path.write_text(store.to_csv_text(list(schema.COLUMNS), cells.itertuples(index=False, name=None)), "utf-8")
    print(f"{n:,} events; Parquet {path.stat().st_size / 1e6:.1f} MB (zstd), CSV {csv_path.stat().st_size / 1e6:.1f} MB;"
          f" checked and written by the store in {write_s:.1f} s")  # fmt: skip

    rows: list[tuple[str, float, float]] = []
    a_read, table = best(lambda: pq.read_table(path))
    d_read, _ = best(lambda: duckdb.sql(f"SELECT * FROM read_parquet('{path}')").to_arrow_table())
    rows.append(("read file into an Arrow table", a_read, d_read))
    a_frame, _ = best(lambda: parquet_store.table_to_frame(pq.read_table(path)))
    d_frame, _ = best(lambda: parquet_store.table_to_frame(
        duckdb.sql(f"SELECT * FROM read_parquet('{path}')").to_arrow_table()))  # fmt: skip
    rows.append(("read into the app's typed frame", a_frame, d_frame))
    a_filter, a_count = best(lambda: arrow_filter(pq.read_table(path, columns=["event_type", "countries"])))
    d_filter, d_count = best(lambda: duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{path}') WHERE event_type = 'boat_strike' "
        f"AND regexp_matches(countries, '{VEN}')"
    ).fetchall()[0][0])  # fmt: skip
    assert a_count == d_count, (a_count, d_count)
    rows.append((f"filter boat strikes with VEN from the file ({a_count:,})", a_filter, d_filter))
    new = parquet_store.frame_to_table(rows_frame([normalize_event(NEW)]).drop(columns=["line"]))
    a_append, _ = best(lambda: store.append_events(path, [{**NEW, "title": f"Appended {time.perf_counter()}"}]))
    d_append, _ = best(lambda: duck_append(path, new))
    rows.append(("append one event (read, add, rewrite atomically)", a_append, d_append))

    t0 = time.perf_counter()
    csv_loaded = store.load(csv_path)
    csv_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    store.load(path)
    store_s = time.perf_counter() - t0
    print("\n| step | pyarrow s | DuckDB s | DuckDB/pyarrow |")
    print("|---|---:|---:|---:|")
    for name, a, d in rows:
        print(f"| {name} | {a:.2f} | {d:.2f} | {d / a:.1f} |")
    print(f"\nstore.load: CSV {csv_s:.1f} s ({len(csv_loaded.events):,} rows, per-row checks) vs Parquet {store_s:.1f} s "
          f"(vectorised checks): {csv_s / store_s:.1f}x")  # fmt: skip
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
