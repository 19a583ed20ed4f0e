"""A summary of a Parquet events file kept in its footer: what the first chart needs, read in milliseconds.

Every write of the Parquet store (``parquet_store._write``: replace, append, merge, ids, convert) puts
into the file's key-value metadata, under :data:`KEY`, a JSON summary of the rows it writes: the
number of events per event type and day, the last day any event covers (for the chart's axis) and a
few facts to check it against. The store validates every row before writing, so the counts are the
file's exact counts; they are computed from the very table written, so they can never be an earlier
version's. :func:`read` gets it back from the footer alone (``pyarrow.parquet.read_metadata``) and
returns ``None`` when there is none (a file written by another tool) or when it does not match the
footer's own statistics (another tool rewrote the rows but copied our metadata): the caller then
counts the rows itself.

The checks compare the row count and the footer's min, max and null count of ``date``, ``end_date``
and ``event_type`` (Parquet writes these statistics for every row group). A tool that copies the
metadata and changes rows without changing any of these is not detected; the store's own writes always
rewrite the summary.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

#: The footer key holding the summary.
KEY = b"policy_timeline.summary"
VERSION = 1
_CHECKED = ("date", "end_date", "event_type")


def row_count(path: str | os.PathLike) -> int:
    """Rows in the file, from its footer (nothing else is read); 0 for a file that cannot be read."""
    try:
        with open(path, "rb") as fh:
            return pq.read_metadata(fh).num_rows
    except (OSError, pa.ArrowException, ValueError):
        return 0


def _iso(days: int) -> str:
    return (date(1970, 1, 1) + timedelta(days=int(days))).isoformat()


def _period_end(days: int, precision: str) -> int:
    """The last day of a coarse date's month or year (as the chart's ``period_end``), in days since 1970."""
    start = date(1970, 1, 1) + timedelta(days=int(days))
    if precision == "month":
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    elif precision == "year":
        following = date(start.year + 1, 1, 1)
    else:
        return int(days)
    return (following - date(1970, 1, 1)).days - 1


def _plain(column: pa.ChunkedArray) -> pa.ChunkedArray:
    return column.cast(column.type.value_type) if pa.types.is_dictionary(column.type) else column


def _facts(table: pa.Table) -> dict:
    """What the footer's statistics must agree with: row count, and min/max/nulls of the checked columns."""
    facts: dict = {"rows": table.num_rows}
    for name in _CHECKED:
        column = _plain(table.column(name))
        bounds = pc.min_max(column)
        low, high = bounds["min"].as_py(), bounds["max"].as_py()
        facts[name] = [None if low is None else str(low), None if high is None else str(high), column.null_count]
    return facts


def summarize(table: pa.Table) -> dict:
    """The summary of the events ``table`` (the store's Arrow table: ``date`` and ``end_date`` as ``date32``)."""
    days = table.column("date").cast(pa.int32()).to_numpy(zero_copy_only=False)
    encoded = pc.dictionary_encode(_plain(table.column("event_type"))).combine_chunks()
    names = encoded.dictionary.to_pylist()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype("int64")
    per_day: dict[str, list[list[int]]] = {}
    last_end = None
    if len(days):
        first = int(days.min())
        width = int(days.max()) - first + 1
        flat = np.bincount(codes * width + (days.astype("int64") - first), minlength=len(names) * width)
        at = np.flatnonzero(flat)
        for code, name in enumerate(names):
            mine = at[at // width == code]
            per_day[name] = [[first + int(d), int(flat[i])] for i, d in zip(mine, mine % width)]
        # The last day covered: an end date where there is one, else the end of the date's day, month or year.
        ends = table.column("end_date").cast(pa.int32()).to_numpy(zero_copy_only=False)
        open_ended = np.isnan(ends) if ends.dtype.kind == "f" else np.zeros(len(ends), dtype=bool)
        candidates = [int(np.nanmax(ends))] if (~open_ended).any() else []
        precision = pc.dictionary_encode(_plain(table.column("date_precision"))).combine_chunks()
        levels = precision.indices.to_numpy(zero_copy_only=False)
        for level, value in enumerate(precision.dictionary.to_pylist()):
            mine = open_ended & (levels == level)
            if mine.any():
                candidates.append(_period_end(int(days[mine].max()), value))
        last_end = _iso(max(candidates))
    return {"version": VERSION, "facts": _facts(table), "days": per_day, "last_end": last_end}


def with_summary(table: pa.Table) -> pa.Table:
    """``table`` with its summary in the schema metadata (written into the Parquet footer by ``write_table``)."""
    text = json.dumps(summarize(table), separators=(",", ":"))
    return table.replace_schema_metadata({**(table.schema.metadata or {}), KEY: text.encode("utf-8")})


def _footer_facts(meta: pq.FileMetaData) -> dict | None:
    """The same facts from the footer's statistics; None if a checked column has none."""
    facts: dict = {"rows": meta.num_rows}
    names = meta.schema.names
    for name in _CHECKED:
        if name not in names:
            return None
        index = names.index(name)
        low = high = None
        nulls = 0
        for group in range(meta.num_row_groups):
            stats = meta.row_group(group).column(index).statistics
            if stats is None or not stats.has_null_count:
                return None
            nulls += stats.null_count
            if stats.has_min_max:
                low = stats.min if low is None else min(low, stats.min)
                high = stats.max if high is None else max(high, stats.max)
            elif stats.num_values:  # values without a min and max: no statistics to check against
                return None
        facts[name] = [None if low is None else str(low), None if high is None else str(high), nulls]
    return facts


def read(path: str | os.PathLike) -> dict | None:
    """The summary stored in the file's footer, if it has one that agrees with the footer; else None."""
    try:
        with open(path, "rb") as fh:
            meta = pq.read_metadata(fh)
    except (OSError, pa.ArrowException, ValueError):
        return None
    raw = (meta.metadata or {}).get(KEY)
    if raw is None:
        return None
    try:
        summary = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(summary, dict) or summary.get("version") != VERSION:
        return None
    return summary if summary.get("facts") == _footer_facts(meta) else None
