"""The events table as a Parquet file: typed columns, validated on write, loaded without per-row checks.

Same columns as the CSV. ``date``, ``end_date`` and ``published`` are ``date32`` (null when empty),
``latitude``, ``longitude`` and ``quantity`` are ``float64`` and ``fatalities`` is ``int64`` (null
when empty); every other column is a string (an empty cell is ``""``). The list columns
``actors``, ``countries`` and ``other_sources`` keep the CSV's ``;``-separated text: a cell means
the same in both formats, and the few distinct combinations of actors or countries are stored (and
read) as a Parquet dictionary, so a million rows cost what their distinct cells cost (a
``list<string>`` column read 3-4 times slower, see the README). Columns outside the schema, kept
from a CSV, are strings after the schema's.

Every write goes through :func:`timeline.store.validate.validate_frame`, the CSV's row checks, so
a file this module wrote holds only valid rows; loading runs only vectorised checks (required
cells, vocabularies, unique ids, ranges), which also catch a file written by another tool. Writes
take the same lock and atomic replace as the CSV (``lock.py``) and merge by id with the same
rules (``merge.py``). Problems name the row as the line it would have in the CSV (header = 1).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline import settings
from timeline.i18n import N_
from timeline.messages import Joined, Text, sentence
from timeline.store import changelog, schema
from timeline.store.arrow_frames import (
    ARROW_SCHEMA,
    DICTIONARY_COLUMNS,
    STRING,
    arrow_type,
    frame_to_table,
    number_text,
    table_to_frame,
    table_to_strings,
)
from timeline.store.csv_store import LoadResult
from timeline.store.lock import StoreError, atomic_replace, locked
from timeline.store.merge import MergeReport, check_new, merge_rows, normalize_event, rows_frame
from timeline.store.parquet_summary import row_count, with_summary
from timeline.store.validate import Problem, flag, validate_frame

__all__ = [
    "ARROW_SCHEMA",
    "append_events",
    "fill_ids",
    "frame_to_table",
    "load",
    "number_text",
    "read_table",
    "row_count",
    "table_to_frame",
    "table_to_strings",
    "write_events",
    "write_frame",
]

# --- reading -------------------------------------------------------------------------------------------


def _unreadable(path: Path, reason: str) -> Text:
    return Text(
        N_(
            "{path} is not a readable Parquet events file ({reason}). Restore it from a backup, or rebuild it "
            "from the CSV with `python -m timeline convert events.csv {name}`."
        ),
        path=str(path),
        reason=reason,
        name=path.name,
    )


def read_table(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """The file's table in :data:`ARROW_SCHEMA` (extra columns after it, as strings), or only ``columns``.

    Raises :class:`StoreError` with a sentence for a corrupt or foreign file; ``FileNotFoundError``
    for a missing one.
    """
    try:
        # One open file: a path would let pyarrow open it again, and a writer's os.replace in between
        # would hand it the footer of one file and the data of another.
        with open(path, "rb") as fh:
            present = pq.read_schema(fh).names
            fh.seek(0)
            wanted = present if columns is None else [c for c in columns if c in present]
            as_dictionary = [c for c in DICTIONARY_COLUMNS if c in wanted]
            table = pq.read_table(fh, columns=wanted, read_dictionary=as_dictionary)
    except FileNotFoundError:
        raise
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise StoreError(_unreadable(path, str(exc).strip().splitlines()[0][:200] or type(exc).__name__)) from exc
    wanted = schema.COLUMNS if columns is None else [c for c in schema.COLUMNS if c in columns]
    missing = [c for c in schema.REQUIRED if c in wanted and c not in table.column_names]
    if missing:
        missing_text = Text(N_("required columns are missing: {columns}"), columns=", ".join(missing))
        raise StoreError(_unreadable(path, missing_text))
    arrays, fields = [], []
    names = [*wanted, *(c for c in table.column_names if c not in schema.COLUMNS)]
    for name in names:
        kind = arrow_type(name) if name in schema.COLUMNS else STRING
        if name not in table.column_names:
            arr = pa.nulls(table.num_rows, type=kind)
        elif kind == STRING and pa.types.is_dictionary(table.column(name).type):
            arr = table.column(name)  # decoded by table_to_frame, once per distinct value
        else:
            try:
                arr = table.column(name).cast(kind)
            except (pa.ArrowException, ValueError) as exc:
                raise StoreError(_unreadable(path, f"column {name} is {table.column(name).type}, not {kind}")) from exc
        arrays.append(arr)
        fields.append(pa.field(name, arr.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def _plain(table: pa.Table) -> pa.Table:
    """The table with dictionary columns decoded to strings, for rewriting it."""
    kinds = [pa.field(f.name, STRING) if pa.types.is_dictionary(f.type) else f for f in table.schema]
    return table.cast(pa.schema(kinds))


def _problems(frame: pd.DataFrame) -> tuple[pd.Series, list[Problem]]:
    """Vectorised checks of a loaded frame: the rules a file written by another tool could break cheaply.

    Each runs over whole columns (or over distinct values); per-cell checks such as URL syntax ran
    when the file was written.
    """
    has = set(frame.columns)
    checks: list[tuple[str, pd.Series, str]] = []
    for col in (c for c in schema.REQUIRED if c in has):
        checks.append((col, frame[col] == "", N_("{column} is required but empty")))
    for col, allowed in schema.ALLOWED.items():
        if col in has:
            one_of = Text(N_("{column} must be one of {allowed}"), column=col, allowed=", ".join(allowed))
            checks.append((col, (frame[col] != "") & ~frame[col].isin(allowed), one_of))
    if {"date_dt", "end_dt"} <= has:
        checks.append(("end_date", frame["end_dt"] < frame["date_dt"], N_("{column} is before date")))
    if "countries" in has:
        cells = pd.unique(frame["countries"])
        bad_codes = sorted({c for cell in cells for c in schema.split_list(cell) if not schema.is_country_code(c)})
        if bad_codes:
            pattern = "|".join(f"(?:^|;){c}(?:;|$)" for c in map(re.escape, bad_codes))
            checks.append(("countries", frame["countries"].str.contains(pattern, regex=True),
                           N_("{column} must be ISO 3166-1 alpha-3 codes like USA;MEX")))  # fmt: skip
    for col, lo, hi in (
        ("latitude", -90, 90),
        ("longitude", -180, 180),
        ("fatalities", 0, None),
        ("quantity", 0, None),
    ):
        if col in has:
            out = frame[col] < lo
            if hi is not None:
                out |= frame[col] > hi
            checks.append((col, out, N_("{column} is out of range")))
    if "event_id" in has:
        dup = frame["event_id"].duplicated(keep="first") & (frame["event_id"] != "")
        checks.append(("event_id", dup, N_("{column} appears twice; merge the two rows or change one id")))
    return flag(frame, checks)


def load(path: str | os.PathLike | None = None, columns: Sequence[str] | None = None) -> LoadResult:
    """Load a Parquet events file: its valid rows (typed like the CSV's) and every problem found.

    With ``columns``, only those are read (and checked), plus the typed helpers they allow; the
    ``line`` column identifies a row in every projection. A missing, corrupt or foreign file is a
    problem on line 0 that says what to do, never a traceback.
    """
    path = Path(path or settings.get("events_path"))
    try:
        table = read_table(path, columns)
    except FileNotFoundError:
        problem = Problem(0, "", Text(N_("{path} does not exist; create it or set TIMELINE_EVENTS"), path=str(path)))
        return _empty(path, [problem])
    except (OSError, StoreError) as exc:
        return _empty(path, [Problem(0, "", sentence(exc))])
    frame = table_to_frame(table)
    bad, problems = _problems(frame)
    problems.sort(key=lambda p: (p.line, p.column))
    events = frame[~bad].reset_index(drop=True) if problems else frame
    result = LoadResult(events, problems, table.num_rows, str(path))
    if changelog.log_path(path).exists():  # reading the bytes for the digest only when there is a log
        result.notices = changelog.check(path, None)
    return result


def _empty(path: Path, problems: list[Problem]) -> LoadResult:
    return LoadResult(table_to_frame(ARROW_SCHEMA.empty_table()), problems, 0, str(path))


# --- writing -------------------------------------------------------------------------------------------


def _write(path: Path, table: pa.Table, action: str, changes: list[changelog.RowChange], who: str, **extra) -> None:
    """Log the change, then replace the file (its footer holding the rows' summary, see ``parquet_summary``)."""
    sink = pa.BufferOutputStream()
    pq.write_table(with_summary(table), sink, compression="zstd")
    data = sink.getvalue().to_pybytes()
    before = path.read_bytes() if path.exists() else b""
    changelog.record(path, action, changes, who, before=before, after=data, **extra)
    atomic_replace(path, lambda fh: fh.write(data))


def write_frame(
    path: str | os.PathLike, frame: pd.DataFrame, *, timeout: float | None = None, who: str = "", source: str = ""
) -> int:
    """Replace the store with a frame of strings (the CSV's cells), after checking every row.

    Any problem raises :class:`StoreError` naming up to ten of them, and nothing is written. The
    change log gets every row added, changed or removed; a conversion from another file (``source``)
    is logged as one ``convert`` record naming it, without its rows (they are in the source).
    Returns the number of rows written.
    """
    path = Path(path)
    frame = frame.drop(columns=["line"], errors="ignore").reset_index(drop=True)
    for col in schema.COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    checked = frame.astype("str")
    checked["line"] = pd.Series(np.arange(2, len(frame) + 2), dtype="int64")
    _, problems = validate_frame(checked)
    if problems:
        details = Joined(problems[:10], "; ")
        raise StoreError(
            Text(N_("Nothing was saved to {path}: {count} problem(s) in the events. {details}"),
                 path=str(path), count=len(problems), details=details)
        )  # fmt: skip
    table = frame_to_table(checked)
    with locked(path, timeout):
        if source:
            _write(path, table, "convert", [], who, note=f"converted from {source}")
        else:
            old = table_to_strings(read_table(path)).to_dict("records") if path.exists() else []
            new = frame[list(schema.COLUMNS)].astype("str").to_dict("records")
            _write(path, table, "replace", changelog.row_changes(old, new), who)
    return len(frame)


def write_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None, who: str = ""
) -> int:
    """Replace the whole store with ``events`` (checked, under the lock, atomically, logged); returns the row count."""
    rows = [normalize_event(e) for e in events]
    return write_frame(path, rows_frame(rows).drop(columns=["line"]), timeout=timeout, who=who)


def append_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None, who: str = ""
) -> MergeReport:
    """Add events to the Parquet store; an event whose id exists is merged into it (same rules as the CSV).

    Invalid events raise :class:`StoreError` before anything is written, and so does a stored file
    that cannot be read (it is never overwritten). Merged rows keep their place; new rows go last.
    """
    path = Path(path)
    rows = [normalize_event(e) for e in events]
    if not rows:
        return MergeReport()
    check_new(rows)
    with locked(path, timeout):
        table = _plain(read_table(path)) if path.exists() else ARROW_SCHEMA.empty_table()
        ids = table.column("event_id")
        hits = np.flatnonzero(
            pc.is_in(ids, value_set=pa.array([r["event_id"] for r in rows])).to_numpy(zero_copy_only=False)
        )
        stored = table_to_strings(table.take(pa.array(hits, type=pa.int64()))).to_dict("records")
        existing: dict[str, dict[str, str]] = {}
        position: dict[str, int] = {}
        for at, row in zip(hits.tolist(), stored):
            if row["event_id"] not in existing:
                existing[row["event_id"]] = row
                position[row["event_id"]] = at
        before = {eid: dict(row) for eid, row in existing.items()}
        added: list[dict[str, str]] = []
        report = merge_rows(existing, rows, added.append)
        if not (report.added or report.merged):
            return report
        merged_ids = [eid for eid in position if existing[eid] != before[eid]]
        changed = pd.DataFrame([existing[eid] for eid in merged_ids] + added, columns=table.column_names).fillna("")
        fresh = frame_to_table(changed).cast(table.schema)
        # The merged rows replace theirs in place; the new ones follow.
        order = np.arange(table.num_rows)
        order[[position[eid] for eid in merged_ids]] = table.num_rows + np.arange(len(merged_ids))
        order = np.concatenate([order, table.num_rows + np.arange(len(merged_ids), len(merged_ids) + len(added))])
        changes = [changelog.RowChange(eid, before[eid], existing[eid], position[eid]) for eid in merged_ids]
        changes += [changelog.RowChange(row["event_id"], None, row, table.num_rows + i) for i, row in enumerate(added)]
        _write(path, pa.concat_tables([table, fresh]).take(pa.array(order, type=pa.int64())), "add", changes, who)
        return report


def fill_ids(path: str | os.PathLike, *, timeout: float | None = None, who: str = "") -> list[tuple[int, str]]:
    """Give every row with an empty ``event_id`` its id from the event's identity (for files written by other tools).

    Returns ``(line, new id)`` for each row changed, lines counted as in the CSV; writes under the lock, atomically.
    """
    path = Path(path)
    with locked(path, timeout):
        table = _plain(read_table(path))
        empty = np.flatnonzero(
            pc.fill_null(pc.equal(table.column("event_id"), ""), True).to_numpy(zero_copy_only=False)
        )
        if not len(empty):
            return []
        cells = table_to_strings(table.take(pa.array(empty, type=pa.int64()))).to_dict("records")
        new_ids = [normalize_event({**row, "event_id": ""})["event_id"] for row in cells]
        ids = table.column("event_id").to_numpy(zero_copy_only=False).astype(object)
        ids[empty] = new_ids
        table = table.set_column(table.column_names.index("event_id"), "event_id", pa.array(ids, type=STRING))
        changes = [
            changelog.RowChange(eid, row, {**row, "event_id": eid}, int(i))
            for i, row, eid in zip(empty, cells, new_ids)
        ]
        _write(path, table, "ids", changes, who)
        return [(int(i) + 2, eid) for i, eid in zip(empty, new_ids)]
