"""The append-only change log beside a store: who changed which event, when, and the rows before and after.

Every write of a store appends one record to ``<store>.changes.jsonl`` (one JSON object a line)
*before* the store file is replaced, under the store's lock, flushed and fsynced; so a writer that
dies between the two leaves a log one record ahead of the store, never behind. :func:`reconcile`,
called on load, notices that (the store's digest is the last record's ``store_before``, not its
``store_after``), appends a record saying the change was not applied, and returns a sentence to
show. Any store can use it: call :func:`record` with the rows changed and the store's bytes before
and after, right before its atomic replace.

A record: ``change`` (its id), ``when`` (UTC, ISO 8601), ``who``, ``action`` (add, ids, replace,
edit, merge, delete, undo, reconcile, outside edit), ``events`` (ids), ``rows`` (``event_id``,
``before`` and ``after`` as ``{column: cell}`` or null, ``position``: the row's index in the file),
``store_before`` and ``store_after`` (SHA-256 of the file), and for some actions ``undoes``,
``reverts`` (the change id concerned), ``redirect`` (``{merged id: kept id}``) and ``note``.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from timeline import settings
from timeline.i18n import N_
from timeline.messages import Text
from timeline.store.lock import StoreError, locked, write_error

SUFFIX = ".changes.jsonl"
RECONCILER = "reconciliation"
_TAIL_CHUNK = 1 << 16


@dataclass
class RowChange:
    """One row of a change: as it was (None: it did not exist) and as it is (None: deleted)."""

    event_id: str
    before: dict[str, str] | None
    after: dict[str, str] | None
    position: int | None = None

    def as_json(self) -> dict:
        return {"event_id": self.event_id, "before": self.before, "after": self.after, "position": self.position}


def log_path(store_path: str | os.PathLike) -> Path:
    """The change log of a store: the store's file name plus ``.changes.jsonl``."""
    return Path(str(store_path) + SUFFIX)


def digest(data: bytes) -> str:
    """SHA-256 of a store file's bytes, as recorded in ``store_before``/``store_after``."""
    return hashlib.sha256(data).hexdigest()


def default_who() -> str:
    """The name logged for writes from the command line: the operating-system user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def utc_now() -> str:
    """The current time in UTC, ISO 8601 to the second (a record's ``when``)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def record(
    store_path: str | os.PathLike,
    action: str,
    rows: Iterable[RowChange],
    who: str,
    *,
    before: bytes,
    after: bytes,
    when: str = "",
    **extra,
) -> dict:
    """Append one record for a write to the log and make it durable; returns the record.

    The caller holds the store's lock and replaces the store only after this returns. If the
    record cannot be written completely, the log is cut back to its old length and the error
    raised, so the store is not written either.
    """
    rows = list(rows)
    limit = int(settings.get("changelog_max_rows"))
    omitted = len(rows) if len(rows) > limit else 0
    if omitted:  # a bulk write (a conversion, a whole-file replace): the rows would make the log huge
        extra.setdefault("note", f"{omitted:,} rows changed; over changelog_max_rows ({limit:,}), so they are not kept")
        events_changed = len({r.event_id for r in rows})
        rows = []
    entry = {
        "change": uuid.uuid4().hex[:12],
        "when": when or utc_now(),
        "who": who or default_who(),
        "action": action,
        "events": list(dict.fromkeys(r.event_id for r in rows)),
        "rows": [r.as_json() for r in rows],
        "rows_omitted": omitted,
        "store_before": digest(before),
        "store_after": digest(after),
        **{k: v for k, v in extra.items() if v},
    }
    if not omitted:
        del entry["rows_omitted"]
    else:
        entry["events_changed"] = events_changed
    line = (json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    path = log_path(store_path)
    created = not path.exists()
    try:
        handle = open(path, "ab")  # noqa: SIM115 - closed by the with below; opening it can fail on its own
    except OSError as exc:
        raise write_error(path, exc) from exc
    with handle as fh:
        size = fh.tell()
        try:
            if size and _last_byte(path) != b"\n":
                fh.write(b"\n")  # an earlier writer died mid-line; start a fresh line
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        except BaseException as exc:
            with contextlib.suppress(OSError):
                fh.truncate(size)
            if isinstance(exc, OSError):  # a full disk is a sentence, and the store is not written either
                raise write_error(path, exc) from exc
            raise
    if created:
        _fsync_dir(path.parent)
    return entry


def _last_byte(path: Path) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def read(store_path: str | os.PathLike) -> tuple[list[dict], list[str]]:
    """Every record of a store's log, oldest first, and a sentence for each line that is not one."""
    path = log_path(store_path)
    records: list[dict] = []
    problems: list[str] = []
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return records, problems
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            entry = json.loads(raw)
            if not isinstance(entry, dict) or "change" not in entry:
                raise ValueError("not a change record")
        except ValueError:
            problems.append(
                Text(
                    N_(
                        "line {line} of {file} is not a complete change record (a save was probably "
                        "interrupted while logging); it is ignored"
                    ),
                    line=number,
                    file=path.name,
                )
            )
            continue
        records.append(entry)
    return records, problems


def last_record(store_path: str | os.PathLike) -> dict | None:
    """The log's newest complete record, read from the end of the file (cheap on a long log)."""
    path = log_path(store_path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return None
    with fh:
        # Read back chunk by chunk, keeping the chunks in a list, and parse a line only once it is whole:
        # a record of many megabytes is joined once, not re-split at every chunk.
        pos = fh.seek(0, os.SEEK_END)
        chunks: list[bytes] = []
        while pos > 0:
            step = min(_TAIL_CHUNK, pos)
            pos -= step
            fh.seek(pos)
            chunk = fh.read(step)
            cut = chunk.rfind(b"\n", 0, len(chunk) - 1 if not chunks else len(chunk))
            chunks.append(chunk)
            if cut < 0 and pos > 0:
                continue
            tail = b"".join(reversed(chunks))
            lines = tail.split(b"\n")
            whole = lines if pos == 0 else lines[1:]
            for raw in reversed(whole):
                if raw.strip():
                    try:
                        entry = json.loads(raw)
                    except ValueError:
                        continue  # a torn last line: look further back
                    if isinstance(entry, dict) and "change" in entry:
                        return entry
            chunks = [lines[0]] if pos else []
    return None


def ineffective(records: list[dict]) -> set[str]:
    """Ids of changes that no longer hold: undone by an undo that holds, or reverted by reconciliation."""
    gone: set[str] = set()
    for entry in reversed(records):
        if entry["change"] in gone:
            continue
        target = entry.get("undoes") or entry.get("reverts")
        if target:
            gone.add(target)
    return gone


def redirects(records: list[dict]) -> dict[str, str]:
    """``{merged id: kept id}`` from the merges that hold, chains followed to the final event."""
    gone = ineffective(records)
    direct: dict[str, str] = {}
    for entry in records:
        if entry["change"] not in gone:
            direct.update(entry.get("redirect") or {})
    final = {}
    for old in direct:
        seen, target = {old}, direct[old]
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        final[old] = target
    return final


def reconcile(
    store_path: str | os.PathLike, data: bytes | None, locked: Callable[[], contextlib.AbstractContextManager]
) -> list[str]:
    """Bring a store and its log back in step after a crash; returns what was found, as sentences.

    ``data`` is the store's bytes as just read (None: read them); ``locked`` returns the store's
    lock as a context manager. Cheap when they agree (one hash and a read of the log's tail).
    """
    path = Path(store_path)
    if not log_path(path).exists():
        return []
    last = last_record(path)
    if last is None:
        return []
    if data is None:
        data = path.read_bytes() if path.exists() else b""
    if digest(data) == last.get("store_after"):
        return []
    with locked():  # a writer may be between its two writes: decide only under its lock
        data = path.read_bytes() if path.exists() else b""
        last = last_record(path) or {}
        now = digest(data)
        if now == last.get("store_after"):
            return []
        if now == last.get("store_before"):
            record(  # if this cannot be written, the OSError tells the caller the check failed
                path, RECONCILER, [], RECONCILER, before=data, after=data, reverts=last["change"],
                note=f"change {last['change']} was logged but the store was never replaced; marked as not applied",
            )  # fmt: skip
            return [
                Text(
                    N_(
                        "The last logged change ({action} of {events} by {who} at {when}) never reached {file}: the "
                        "program saving it stopped before the file was replaced. It is marked in the history as not "
                        "applied; make it again if it is still wanted."
                    ),
                    action=str(last.get("action")),
                    events=", ".join(last.get("events") or []) or Text(N_("no event")),
                    who=str(last.get("who")),
                    when=str(last.get("when")),
                    file=path.name,
                )
            ]
        # Rows added or corrected by hand (README: "Adding or correcting an event by hand") are not a
        # crash: the log notes that the file moved on, so later records chain from it, and says nothing.
        with contextlib.suppress(OSError):  # a read-only publication may not be able to log it
            record(
                path, "outside edit", [], RECONCILER, before=data, after=data,
                note=f"the file changed outside the app and the CLI after change {last.get('change')}",
            )  # fmt: skip
        return []


def row_changes(old_rows: list[dict[str, str]], new_rows: list[dict[str, str]]) -> list[RowChange]:
    """The rows a whole-store replace adds, changes or removes, matched by event id (any store format).

    >>> [(c.event_id, c.before is None, c.after is None) for c in row_changes(
    ...     [{"event_id": "a", "title": "x"}, {"event_id": "b", "title": "y"}],
    ...     [{"event_id": "a", "title": "x2"}, {"event_id": "c", "title": "z"}])]
    [('a', False, False), ('c', True, False), ('b', False, True)]
    """
    old: dict[str, tuple[int, dict[str, str]]] = {}
    for position, row in enumerate(old_rows):
        old.setdefault(row.get("event_id", ""), (position, row))
    changes = []
    new_ids = set()
    for position, row in enumerate(new_rows):
        new_ids.add(row["event_id"])
        before = old.get(row["event_id"], (None, None))[1]
        if before != row:
            changes.append(RowChange(row["event_id"], before, row, position))
    changes.extend(RowChange(eid, row, None, pos) for eid, (pos, row) in old.items() if eid not in new_ids)
    return changes


def check(store_path: str | os.PathLike, data: bytes | None) -> list[str]:
    """:func:`reconcile` a store with its log on load, under the store's lock; a failed check is a sentence too."""
    path = Path(store_path)
    try:
        return reconcile(path, data, lambda: locked(path, None))
    except (OSError, StoreError) as exc:
        return [
            Text(
                N_("The change log of {file} could not be checked against it ({error}); reload to try again."),
                file=path.name,
                error=str(exc),
            )
        ]
