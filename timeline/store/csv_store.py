"""Load, validate and safely update the events CSV.

Reading never crashes on a bad file: every problem is reported with its CSV line number and
column, and the rows without problems are returned. Writing happens under a file lock beside
the CSV, into a temporary file in the same folder that is fsynced and then moved over the old
file with ``os.replace``, so readers see either the old or the new file and a failed write
leaves the old one byte-identical.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import filelock
import pandas as pd

from timeline import settings
from timeline.store import schema, tempfiles
from timeline.store.quoting import field_limit, located, unclosed_quote
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
    "normalize_event",
    "read_records",
    "to_csv_text",
    "write_events",
]


class StoreError(Exception):
    """A problem the user can fix, described in a sentence."""


class StoreBusy(StoreError):
    """Another process holds the store's lock for longer than the timeout."""


class UnreadableStore(StoreError):
    """The file cannot be read as CSV text at all; ``line`` is where (0 when unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Record:
    """One CSV record as read: the line it starts on and its raw fields."""

    line: int
    fields: list[str]


@dataclass
class LoadResult:
    """The valid events of a file, the problems found, and how many records it had."""

    events: pd.DataFrame
    problems: list[Problem]
    total_rows: int
    path: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class MergeReport:
    """What an append did: ids added, ids merged into existing events, ids already up to date."""

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{len(self.added)} added, {len(self.merged)} merged, {len(self.unchanged)} already present"


# --- reading -----------------------------------------------------------------------------------


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = located(data.removeprefix(b"\xef\xbb\xbf"), exc.start)  # the offset is after the BOM
        raise UnreadableStore(
            f"{where} is not UTF-8 text: line {line}, character {column} holds a byte that cannot be decoded. "
            "Save it as UTF-8 (with or without BOM) and try again.",
            line,
        ) from exc


def read_records(text: str, problems: list[Problem] | None = None) -> tuple[list[str], list[Record]]:
    """Parse CSV text into its header and records, each with the line it starts on.

    A quote that opens a cell and is never closed swallows the rest of the file into one record:
    that record is dropped and reported in ``problems``, or, without a list to report it in,
    :class:`UnreadableStore` is raised (so a write never rewrites the swallowed lines as one cell).

    >>> header, recs = read_records('a,b\\n1,"x\\ny"\\n2,z\\n')
    >>> [(r.line, r.fields) for r in recs]
    [(2, ['1', 'x\\ny']), (4, ['2', 'z'])]
    """
    field_limit()
    source = io.StringIO(text, newline="")  # its tell() is the offset in characters, even while iterating
    reader = csv.reader(source, strict=False)
    header: list[str] = []
    records: list[Record] = []
    last_line = 0
    last_offset = record_offset = 0
    try:
        for row in reader:
            start = last_line + 1
            last_line = reader.line_num
            if not row:  # blank line
                last_offset = source.tell()
                continue
            if not header:
                header = [h.strip() for h in row]
                last_offset = source.tell()
                continue
            records.append(Record(start, row))
            record_offset, last_offset = last_offset, source.tell()
    except csv.Error as exc:  # only a cell over the limit is left: strict=False accepts any quoting
        raise UnreadableStore(
            f"line {reader.line_num}: a cell is larger than the limit of {csv.field_size_limit():,} characters "
            f"({exc}); shorten it or raise TIMELINE_MAX_CSV_BYTES.",
            reader.line_num,
        ) from exc
    if records:
        found = unclosed_quote(text, record_offset, records[-1].line, header)
        if found:
            line, column, message = found
            if problems is None:
                raise UnreadableStore(f"line {line}, column {column}: {message}", line)
            problems.append(Problem(line, column, message))
            records.pop()
    return header, records


def repeated_column(header: list[str]) -> str | None:
    """The first column name the header holds twice, if any."""
    seen: set[str] = set()
    for name in header:
        if name in seen:
            return name
        seen.add(name)
    return None


def _writable_header(header: list[str], path: Path) -> None:
    twice = repeated_column(header)
    if twice is not None:
        raise StoreError(f"{path}: the column {twice!r} appears twice in the header; remove or rename one, then save again.")


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
                    f"expected {width} fields but found {len(rec.fields)}; "
                    "check for an unquoted comma or a missing quote on this line",
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


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Add typed and list-valued helper columns to a validated frame of strings."""
    out = frame.copy()
    for col in schema.INT_COLUMNS:
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Int64")
    for col in schema.FLOAT_COLUMNS:
        out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Float64")
    out["date_dt"] = pd.to_datetime(out["date"], format="%Y-%m-%d", errors="coerce")
    out["end_dt"] = pd.to_datetime(out["end_date"].replace("", None), format="%Y-%m-%d", errors="coerce")
    out["actors_list"] = [schema.split_list(v) for v in out["actors"]]
    out["countries_list"] = [schema.split_list(v) for v in out["countries"]]
    return out.reset_index(drop=True)


def load(path: str | os.PathLike | None = None) -> LoadResult:
    """Load an events file: the valid rows (typed) and every problem with its line and column.

    A missing or unreadable file is reported as a problem on line 0, never raised.
    """
    path = Path(path or settings.get("events_path"))
    problems: list[Problem] = []
    with contextlib.suppress(OSError):
        tempfiles.clean_up(path, lock_for(path))
    try:
        size = path.stat().st_size
        if size > settings.get("max_csv_bytes"):
            raise StoreError(
                f"{path} is {size:,} bytes, more than the limit of {settings.get('max_csv_bytes'):,}; "
                "split it or raise TIMELINE_MAX_CSV_BYTES."
            )
        text = _decode(path.read_bytes(), str(path))
    except FileNotFoundError:
        problems.append(Problem(0, "", f"{path} does not exist; create it or set TIMELINE_EVENTS"))
        text = ""
    except UnreadableStore as exc:
        problems.append(Problem(exc.line, "", str(exc)))
        text = ""
    except (OSError, StoreError) as exc:
        problems.append(Problem(0, "", str(exc)))
        text = ""
    result = load_text(text, problems)
    result.path = str(path)
    return result


def load_text(text: str, problems: list[Problem] | None = None) -> LoadResult:
    """Like :func:`load`, from CSV text already in memory."""
    problems = list(problems or [])
    try:
        header, records = read_records(text, problems)
    except UnreadableStore as exc:
        problems.append(Problem(exc.line, "", str(exc)))
        header, records = [], []
    if not header:
        if text.strip() or not problems:
            problems.append(Problem(1, "", "the file has no header row; the first line must list the columns"))
        return LoadResult(_typed(_frame(list(schema.COLUMNS), [], [])), problems, 0)
    missing = [c for c in schema.REQUIRED if c not in header]
    if missing:
        problems.append(
            Problem(1, ",".join(missing), "required columns are missing from the header; add them (see README)")
        )
        return LoadResult(_typed(_frame(list(schema.COLUMNS), [], [])), problems, len(records))
    twice = repeated_column(header)
    if twice is not None:
        problems.append(Problem(1, twice, f"the column {twice!r} appears twice in the header; remove or rename one"))
        return LoadResult(_typed(_frame(list(schema.COLUMNS), [], [])), problems, len(records))
    frame = _frame(header, records, problems)
    bad_rows, row_problems = validate_frame(frame)
    problems.extend(row_problems)
    problems.sort(key=lambda p: (p.line, p.column))
    valid = frame[~bad_rows]
    return LoadResult(_typed(valid), problems, len(records))


# --- writing -----------------------------------------------------------------------------------


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (list, tuple, set)):
        return schema.join_list([str(v) for v in value])
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def normalize_event(event: Mapping) -> dict[str, str]:
    """A full row of strings for the schema from a partial mapping; computes ``event_id`` if blank.

    Lists become semicolon-separated cells, numbers plain text, missing columns empty.
    """
    row = {col: _fmt(event.get(col)) for col in schema.COLUMNS}
    row["countries"] = schema.join_list([c.upper() for c in schema.split_list(row["countries"])])
    if not row["event_id"]:
        row["event_id"] = schema.make_event_id(
            row["event_type"], row["date"], row["actors"], row["countries"], row["location"]
        )
    return row


def _merge(old: dict[str, str], new: dict[str, str]) -> bool:
    """Merge a new report of an existing event into it; True if anything changed."""
    before = dict(old)
    sources = [old["source_url"], *schema.split_list(old["other_sources"])]
    extra = [u for u in [new["source_url"], *schema.split_list(new["other_sources"])] if u not in sources]
    old["other_sources"] = schema.join_list([*schema.split_list(old["other_sources"]), *extra])
    if new["published"] and (not old["published"] or new["published"] < old["published"]):
        old["published"] = new["published"]
    for col in schema.COLUMNS:
        if not old[col] and new[col]:
            old[col] = new[col]
    return old != before


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
    """Replace ``path`` with ``text`` atomically; on any failure the old file stays as it was.

    Call it holding :func:`lock_for` ``(path)``: whoever holds the lock removes temporary files left by
    writers that were killed, which is safe only if no writer works without it. A full disk or
    any other failure to write raises :class:`StoreError`; its temporary file is removed.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=tempfiles.prefix(path), suffix=tempfiles.SUFFIX, dir=path.parent)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    try:
        # mkstemp makes the file private (0600); keep the old file's mode, or the usual default.
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _write_error(path: Path, exc: OSError) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(
            f"Nothing was saved: the disk holding {path} is full (no space left for the new file); "
            "the old file is intact. Free some space and save again."
        )
    return StoreError(
        f"Nothing was saved: {path} could not be written ({exc.strerror or exc}); the old file is intact. "
        "Check that the folder exists and is writable, then save again."
    )


def lock_for(path: Path, timeout: float | None = None) -> filelock.FileLock:
    """The single lock file beside an events file."""
    t = settings.get("lock_timeout_s") if timeout is None else timeout
    return filelock.FileLock(str(path) + ".lock", timeout=t)


@contextlib.contextmanager
def _locked(path: Path, timeout: float | None):
    """Hold the store's lock; waiting longer than ``timeout`` raises :class:`StoreBusy`."""
    lock = lock_for(path, timeout)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        # The lock is an flock: the system releases it when its holder ends, so the lock file is never
        # to be deleted by hand (doing so while a writer hangs would let two write at once).
        raise StoreBusy(
            f"The store {path} is busy: another save has held its lock for more than {lock.timeout:g} s. "
            "Try again in a moment; the lock is released by itself when that save finishes or its process ends."
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"Nothing was saved: the lock file {lock.lock_file} could not be created ({exc.strerror or exc}); "
            "check that the folder is writable."
        ) from exc
    try:
        tempfiles.remove(tempfiles.stale_files(path, locked=True))
        yield
    finally:
        lock.release()


def append_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None
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
    check = load_text(to_csv_text(list(schema.COLUMNS), [[r[c] for c in schema.COLUMNS] for r in rows]))
    row_problems = [p for p in check.problems if "appears twice" not in p.message]
    if row_problems:
        details = "; ".join(f"event {p.line - 1}, {p.column}: {p.message}" for p in row_problems[:10])
        raise StoreError(f"Nothing was saved: {len(row_problems)} problem(s) in the new events. {details}")
    with _locked(path, timeout):
        return _append_locked(path, rows)


def _append_locked(path: Path, rows: list[dict[str, str]]) -> MergeReport:
    if path.exists():
        header, records = read_records(_decode(path.read_bytes(), str(path)))
    else:
        header, records = [], []
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
    report = MergeReport()
    for new in rows:
        old = existing.get(new["event_id"])
        if old is None:
            row = {col: new.get(col, "") for col in out_header}
            existing[new["event_id"]] = row
            out_rows.append(row)
            report.added.append(new["event_id"])
        elif _merge(old, new):
            report.merged.append(new["event_id"])
        else:
            report.unchanged.append(new["event_id"])
    if report.added or report.merged:
        lines = (r if isinstance(r, list) else [r[c] for c in out_header] for r in out_rows)
        write_atomic(path, to_csv_text(out_header, lines))
    return report


def fill_ids(path: str | os.PathLike, *, timeout: float | None = None) -> list[tuple[int, str]]:
    """Give every row with an empty ``event_id`` its id from the event's identity.

    For rows added by hand. Returns ``(line, new id)`` for each row changed; other rows, malformed
    ones included, are written back unchanged (under the lock, atomically).
    """
    path = Path(path)
    with _locked(path, timeout):
        header, records = read_records(_decode(path.read_bytes(), str(path)))
        _writable_header(header, path)
        if "event_id" not in header:
            raise StoreError(f"{path} has no event_id column; add it to the header first.")
        col = header.index("event_id")
        changed = []
        for rec in records:
            if len(rec.fields) == len(header) and not rec.fields[col].strip():
                row = dict(zip(header, rec.fields))
                rec.fields[col] = normalize_event({**row, "event_id": ""})["event_id"]
                changed.append((rec.line, rec.fields[col]))
        if changed:
            write_atomic(path, to_csv_text(header, (r.fields for r in records)))
        return changed


def write_events(path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None) -> int:
    """Replace the whole store with ``events`` (under the lock, atomically); returns the row count."""
    path = Path(path)
    rows = [normalize_event(e) for e in events]
    text = to_csv_text(list(schema.COLUMNS), ([r[c] for c in schema.COLUMNS] for r in rows))
    with _locked(path, timeout):
        write_atomic(path, text)
    return len(rows)
