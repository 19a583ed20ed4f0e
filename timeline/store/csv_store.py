"""Load, validate and safely update the events CSV.

Reading never crashes on a bad file: every problem is reported with its CSV line number and
column, and the rows without problems are returned. Writing happens under a file lock beside
the CSV, into a temporary file in the same folder that is fsynced and then moved over the old
file with ``os.replace``, so readers see either the old or the new file and a failed write
leaves the old one byte-identical.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from timeline import settings
from timeline.i18n import N_
from timeline.messages import Text, sentence
from timeline.store import changelog, schema
from timeline.store.csv_records import Record, UnreadableStore, decode, read_records, repeated_column
from timeline.store.lock import StoreBusy, StoreError, atomic_replace, lock_for, locked
from timeline.store.merge import MergeReport, check_new, merge_rows, normalize_event
from timeline.store.validate import Problem, validate_frame

__all__ = [
    "LoadResult",
    "MergeReport",
    "Problem",
    "StoreBusy",
    "StoreError",
    "append_events",
    "fill_ids",
    "load",
    "load_text",
    "lock_for",
    "normalize_event",
    "read_records",
    "split_cells",
    "to_csv_text",
    "write_atomic",
    "write_events",
]


@dataclass
class LoadResult:
    """The valid events of a file, the problems found, and how many records it had."""

    events: pd.DataFrame
    problems: list[Problem]
    total_rows: int
    path: str = ""
    #: What reconciling the store with its change log found (see :func:`timeline.store.changelog.reconcile`).
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- reading -----------------------------------------------------------------------------------


def _writable_header(header: list[str], path: Path) -> None:
    twice = repeated_column(header)
    if twice is not None:
        raise StoreError(Text(N_("{path}: the column {column} appears twice in the header; remove or rename one, then save again."), path=str(path), column=repr(twice)))


def _frame(header: list[str], records: list[Record], problems: list[Problem]) -> pd.DataFrame:
    """Records with the right number of fields as a frame of strings, schema columns first."""
    width = len(header)
    good = []
    lines = []
    for rec in records:
        if len(rec.fields) != width:
            problems.append(
                Problem(
                    rec.line,
                    "",
                    Text(
                        N_(
                            "expected {expected} fields but found {found}; "
                            "check for an unquoted comma or a missing quote on this line"
                        ),
                        expected=width,
                        found=len(rec.fields),
                    ),
                )
            )
            continue
        good.append(rec.fields)
        lines.append(rec.line)
    frame = pd.DataFrame(good, columns=header, dtype="str")
    for col in schema.COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    frame["line"] = pd.Series(lines, dtype="int64")
    return frame


def split_cells(cells: pd.Series) -> np.ndarray:
    """Each ``;``-separated cell as a list, split once per distinct cell (rows share equal lists: do not modify).

    >>> split_cells(pd.Series(["USA;VEN", "", "USA;VEN"])).tolist()
    [['USA', 'VEN'], [], ['USA', 'VEN']]
    """
    codes, uniques = pd.factorize(cells, use_na_sentinel=False)
    lists = np.empty(len(uniques), dtype=object)
    for i, cell in enumerate(uniques):  # one by one: numpy would make a 2-D array of equal-length lists
        lists[i] = schema.split_list(cell) if isinstance(cell, str) else []
    return lists[codes]


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Add typed and list-valued helper columns to a validated frame of strings."""
    out = frame.copy()
    for col in schema.INT_COLUMNS:
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Int64")
    for col in schema.FLOAT_COLUMNS:
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Float64")
    # One unit for both, whatever pandas infers from the cells, so a CSV and its Parquet copy load the same.
    out["date_dt"] = pd.to_datetime(out["date"], format="%Y-%m-%d", errors="coerce").astype("datetime64[us]")
    end = pd.to_datetime(out["end_date"].replace("", None), format="%Y-%m-%d", errors="coerce")
    out["end_dt"] = end.astype("datetime64[us]")
    out["actors_list"] = split_cells(out["actors"])
    out["countries_list"] = split_cells(out["countries"])
    return out.reset_index(drop=True)


def load(path: str | os.PathLike | None = None) -> LoadResult:
    """Load an events file: the valid rows (typed) and every problem with its line and column.

    A missing or unreadable file is reported as a problem on line 0, never raised.
    """
    path = Path(path or settings.get("events_path"))
    problems: list[Problem] = []
    data = None
    try:
        size = path.stat().st_size
        if size > settings.get("max_csv_bytes"):
            raise StoreError(
                Text(
                    N_(
                        "{path} is {size:,} bytes, more than the limit of {limit:,}; split it, raise "
                        "TIMELINE_MAX_CSV_BYTES, or convert it to Parquet, which has no such limit "
                        "(`python -m timeline convert {name} {stem}.parquet`)."
                    ),
                    path=str(path),
                    size=size,
                    limit=settings.get("max_csv_bytes"),
                    name=path.name,
                    stem=path.stem,
                )
            )
        data = path.read_bytes()
        text = decode(data, str(path))
    except FileNotFoundError:
        problems.append(Problem(0, "", Text(N_("{path} does not exist; create it or set TIMELINE_EVENTS"), path=str(path))))
        text = ""
    except UnreadableStore as exc:
        problems.append(Problem(exc.line, "", sentence(exc)))
        text = ""
    except (OSError, StoreError) as exc:
        problems.append(Problem(0, "", sentence(exc)))
        text = ""
    result = load_text(text, problems)
    result.path = str(path)
    result.notices = changelog.check(path, data)
    return result


def load_text(text: str, problems: list[Problem] | None = None) -> LoadResult:
    """Like :func:`load`, from CSV text already in memory."""
    problems = list(problems or [])
    try:
        header, records = read_records(text, problems)
    except UnreadableStore as exc:
        problems.append(Problem(exc.line, "", sentence(exc)))
        header, records = [], []
    if not header:
        if text.strip() or not problems:
            problems.append(Problem(1, "", Text(N_("the file has no header row; the first line must list the columns"))))
        return LoadResult(_typed(_frame(list(schema.COLUMNS), [], [])), problems, 0)
    missing = [c for c in schema.REQUIRED if c not in header]
    if missing:
        problems.append(
            Problem(1, ",".join(missing), Text(N_("required columns are missing from the header; add them (see README)")))
        )
        return LoadResult(_typed(_frame(list(schema.COLUMNS), [], [])), problems, len(records))
    twice = repeated_column(header)
    if twice is not None:
        twice_text = Text(N_("the column {column} appears twice in the header; remove or rename one"), column=repr(twice))
        problems.append(Problem(1, twice, twice_text))
        return LoadResult(_typed(_frame(list(schema.COLUMNS), [], [])), problems, len(records))
    frame = _frame(header, records, problems)
    bad_rows, row_problems = validate_frame(frame)
    problems.extend(row_problems)
    problems.sort(key=lambda p: (p.line, p.column))
    valid = frame[~bad_rows]
    return LoadResult(_typed(valid), problems, len(records))


# --- writing -----------------------------------------------------------------------------------


def to_csv_text(header: list[str], rows: Iterable[list[str]]) -> str:
    """Serialize rows as CSV text exactly as the store writes it (UTF-8, LF, minimal quoting)."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    # The csv module quotes a field only for characters of the line terminator, so a lone "\r"
    # would be written bare and read back as a line break; rows holding one are fully quoted.
    quote_all = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for row in rows:
        (quote_all if any("\r" in cell for cell in row) else writer).writerow(row)
    return buf.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) atomically; on any failure the old file stays as it was."""
    atomic_replace(path, lambda fh: fh.write(text.encode("utf-8")))


def append_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None, who: str = ""
) -> MergeReport:
    """Add events to the store; an event whose id exists is merged into it instead.

    Merging adds the new source URL to ``other_sources``, keeps the earliest ``published`` and
    fills empty fields. Invalid events raise :class:`StoreError` before anything is written; a
    lock held longer than ``timeout`` raises :class:`StoreBusy`. Rows already in the file,
    including malformed ones, are kept as they are.
    """
    path = Path(path)
    rows = [normalize_event(e) for e in events]
    if not rows:
        return MergeReport()
    check_new(rows)
    with locked(path, timeout):
        return _append_locked(path, rows, who)


def _append_locked(path: Path, rows: list[dict[str, str]], who: str = "") -> MergeReport:
    data = path.read_bytes() if path.exists() else b""
    header, records = read_records(decode(data, str(path))) if data else ([], [])
    header = header or list(schema.COLUMNS)
    _writable_header(header, path)
    out_header = header + [c for c in schema.COLUMNS if c not in header]
    width = len(header)
    existing: dict[str, dict[str, str]] = {}
    out_rows: list[dict[str, str] | list[str]] = []
    for rec in records:
        if len(rec.fields) != width:
            out_rows.append(rec.fields)  # malformed: kept verbatim
            continue
        row = dict(zip(header, rec.fields))
        for col in out_header:
            row.setdefault(col, "")
        out_rows.append(row)
        if row.get("event_id") and row["event_id"] not in existing:
            existing[row["event_id"]] = row

    def add(row: dict[str, str]) -> None:
        for col in out_header:
            row.setdefault(col, "")
        out_rows.append(row)

    before = {r["event_id"]: dict(existing[r["event_id"]]) for r in rows if r["event_id"] in existing}
    report = merge_rows(existing, rows, add)
    if report.added or report.merged:
        lines = (r if isinstance(r, list) else [r[c] for c in out_header] for r in out_rows)
        text = to_csv_text(out_header, lines)
        changes = [changelog.RowChange(eid, before.get(eid), {c: existing[eid][c] for c in out_header},
                                       _position(out_rows, existing[eid]))
                   for eid in dict.fromkeys(report.added + report.merged)]  # fmt: skip
        changelog.record(path, "add", changes, who, before=data, after=text.encode("utf-8"))
        write_atomic(path, text)
    return report


def _position(rows: list, row: dict) -> int:
    return next(i for i, r in enumerate(rows) if r is row)


def fill_ids(path: str | os.PathLike, *, timeout: float | None = None, who: str = "") -> list[tuple[int, str]]:
    """Give every row with an empty ``event_id`` its id from the event's identity.

    For rows added by hand. Returns ``(line, new id)`` for each row changed; other rows, malformed
    ones included, are written back unchanged (under the lock, atomically).
    """
    path = Path(path)
    with locked(path, timeout):
        data = path.read_bytes()
        header, records = read_records(decode(data, str(path)))
        _writable_header(header, path)
        if "event_id" not in header:
            raise StoreError(Text(N_("{path} has no event_id column; add it to the header first."), path=str(path)))
        col = header.index("event_id")
        changed = []
        logged = []
        for position, rec in enumerate(records):
            if len(rec.fields) == len(header) and not rec.fields[col].strip():
                row = dict(zip(header, rec.fields))
                rec.fields[col] = normalize_event({**row, "event_id": ""})["event_id"]
                changed.append((rec.line, rec.fields[col]))
                logged.append(changelog.RowChange(rec.fields[col], row, dict(zip(header, rec.fields)), position))
        if changed:
            text = to_csv_text(header, (r.fields for r in records))
            changelog.record(path, "ids", logged, who, before=data, after=text.encode("utf-8"))
            write_atomic(path, text)
        return changed


def write_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None, who: str = ""
) -> int:
    """Replace the whole store with ``events`` (under the lock, atomically, logged); returns the row count."""
    path = Path(path)
    rows = [normalize_event(e) for e in events]
    text = to_csv_text(list(schema.COLUMNS), ([r[c] for c in schema.COLUMNS] for r in rows))
    with locked(path, timeout):
        data = path.read_bytes() if path.exists() else b""
        changes = changelog.row_changes(_rows_of(data), rows)
        changelog.record(path, "replace", changes, who, before=data, after=text.encode("utf-8"))
        write_atomic(path, text)
    return len(rows)


# --- change log hooks (timeline/store/changelog.py) -----------------------------------------------------


def _rows_of(data: bytes) -> list[dict[str, str]]:
    """The well-formed rows of a CSV file's bytes, as ``{column: cell}``."""
    header, records = read_records(decode(data, "the store")) if data else ([], [])
    return [dict(zip(header, rec.fields)) for rec in records if len(rec.fields) == len(header)]
