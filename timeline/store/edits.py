"""Editing single events in the CSV store: correct, merge, delete, and undo any logged change.

Each function works under the store's lock, checks that the rows it touches are still as the
editor saw them when they opened the event (optimistic concurrency: a changed row raises
:class:`EditConflict` carrying the stored version, and nothing is written), validates the result as
on load, logs the change (:mod:`timeline.store.changelog`) and only then replaces the file
atomically. Rows are the file's raw cells (``{column: text}``), so an undo writes back the exact
bytes of the row it restores.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from timeline.i18n import N_
from timeline.messages import Joined, Text
from timeline.store import changelog, schema
from timeline.store.csv_records import Record, decode, read_records
from timeline.store.csv_store import load_text, to_csv_text, write_atomic
from timeline.store.lock import StoreError, locked

__all__ = ["EditConflict", "combine", "delete_event", "get_row", "merge_events", "undo", "update_event"]


class EditConflict(StoreError):
    """The event changed (or vanished) since the editor opened it; ``stored`` is the row as it is now."""

    def __init__(self, message: str, stored: dict[str, str] | None = None, event_id: str = "") -> None:
        super().__init__(message)
        self.stored = stored
        self.event_id = event_id


@dataclass
class _File:
    data: bytes
    header: list[str]
    records: list[Record]

    def find(self, event_id: str, prefer: int | None = None) -> tuple[int | None, dict[str, str] | None]:
        """The row with this id (the one at ``prefer`` if the id is there twice), and its index."""
        if prefer is not None and 0 <= prefer < len(self.records):
            fields = self.records[prefer].fields
            if len(fields) == len(self.header) and dict(zip(self.header, fields)).get("event_id") == event_id:
                return prefer, dict(zip(self.header, fields))
        for index, rec in enumerate(self.records):
            if len(rec.fields) == len(self.header):
                row = dict(zip(self.header, rec.fields))
                if row.get("event_id") == event_id:
                    return index, row
        return None, None

    def text(self) -> str:
        return to_csv_text(self.header, (r.fields for r in self.records))


def _open(path: Path) -> _File:
    if path.suffix.lower() == ".parquet":
        raise StoreError(
            Text(
                N_(
                    "{path} is a Parquet store; editing single events works on CSV stores only for now. "
                    "Convert it with `timeline convert` to edit it, or correct the rows with `timeline ingest`."
                ),
                path=str(path),
            )
        )
    data = path.read_bytes() if path.exists() else b""
    header, records = read_records(decode(data, str(path))) if data else ([], [])
    if "event_id" not in header:
        raise StoreError(
            Text(
                N_("{path} has no event_id column, so its events cannot be edited; run `timeline ids` first."),
                path=str(path),
            )
        )
    return _File(data, header, records)


def _commit(path: Path, file: _File, action: str, rows: list[changelog.RowChange], who: str, **extra) -> dict:
    text = file.text()
    entry = changelog.record(path, action, rows, who, before=file.data, after=text.encode("utf-8"), **extra)
    write_atomic(path, text)
    return entry


def get_row(path: str | os.PathLike, event_id: str) -> dict[str, str] | None:
    """The event's row as stored (raw cells by column), or None; what an edit form keeps as "opened"."""
    return _open(Path(path)).find(event_id)[1]


def _expect(file: _File, event_id: str, expected: Mapping[str, str] | None) -> tuple[int, dict[str, str]]:
    index, row = file.find(event_id)
    if row is None:
        raise EditConflict(
            Text(
                N_(
                    "Event {event} is no longer in the store: someone deleted or merged it since you opened it. "
                    "Nothing was changed; see the History page."
                ),
                event=event_id,
            ),
            None,
            event_id,
        )
    if expected is not None and row != dict(expected):
        raise EditConflict(
            Text(
                N_(
                    "Event {event} was changed by someone else since you opened it. Nothing was overwritten: compare "
                    "your version with the stored one, then edit the stored version again."
                ),
                event=event_id,
            ),
            row,
            event_id,
        )
    return index, row


def problems_in(row: Mapping[str, str], header: list[str]) -> list[str]:
    """What is wrong with one row, checked exactly as on load (column: message)."""
    check = load_text(to_csv_text(header, [[str(row.get(c, "")) for c in header]]))
    return [
        Text(N_("{column}: {problem}"), column=p.column, problem=p.message) if p.column else p.message
        for p in check.problems
    ]


def _valid(row: dict[str, str], header: list[str]) -> None:
    found = problems_in(row, header)
    if found:
        raise StoreError(
            Text(N_("Nothing was saved: {problems}. Correct the field(s) and save again."), problems=Joined(found[:10]))
        )


def update_event(
    path: str | os.PathLike,
    event_id: str,
    expected: Mapping[str, str] | None,
    changes: Mapping[str, str],
    *,
    who: str = "",
    timeout: float | None = None,
) -> dict | None:
    """Set some fields of one event; returns the log record, or None when nothing differs.

    ``expected`` is the row as the editor opened it (None skips the check). The id cannot be changed.
    """
    path = Path(path)
    with locked(path, timeout):
        file = _open(path)
        index, row = _expect(file, event_id, expected)
        updated = {c: row[c] if changes.get(c) is None else str(changes[c]) for c in file.header}
        updated["event_id"] = event_id
        if updated == row:
            return None
        _valid(updated, file.header)
        file.records[index].fields = [updated[c] for c in file.header]
        return _commit(path, file, "edit", [changelog.RowChange(event_id, row, updated, index)], who)


def delete_event(
    path: str | os.PathLike,
    event_id: str,
    expected: Mapping[str, str] | None,
    *,
    who: str = "",
    timeout: float | None = None,
) -> dict:
    """Remove one event (the log keeps the row, so it can be undone); returns the log record."""
    path = Path(path)
    with locked(path, timeout):
        file = _open(path)
        index, row = _expect(file, event_id, expected)
        del file.records[index]
        return _commit(path, file, "delete", [changelog.RowChange(event_id, row, None, index)], who)


def combine(keep: Mapping[str, str], drop: Mapping[str, str]) -> dict[str, str]:
    """The kept event after absorbing its duplicate: all sources, the earliest publication, both notes.

    Fields empty in the kept event are filled from the other; the kept event's other values win.
    """
    out = dict(keep)
    cited = [keep.get("source_url", ""), *schema.split_list(keep.get("other_sources", ""))]
    extra = [u for u in [drop.get("source_url", ""), *schema.split_list(drop.get("other_sources", ""))] if u]
    out["other_sources"] = schema.join_list(
        [*schema.split_list(keep.get("other_sources", "")), *dict.fromkeys(u for u in extra if u not in cited)]
    )
    dates = [d for d in (keep.get("published", ""), drop.get("published", "")) if d]
    out["published"] = min(dates) if dates else ""
    notes = [n for n in dict.fromkeys((keep.get("notes", "").strip(), drop.get("notes", "").strip())) if n]
    out["notes"] = " | ".join(notes)
    for col, value in drop.items():
        if col in out and not out[col] and value:
            out[col] = value
    out["event_id"] = keep["event_id"]
    return out


def merge_events(
    path: str | os.PathLike,
    keep_id: str,
    drop_id: str,
    expected_keep: Mapping[str, str] | None,
    expected_drop: Mapping[str, str] | None,
    *,
    who: str = "",
    timeout: float | None = None,
) -> dict:
    """Merge ``drop_id`` into ``keep_id`` (see :func:`combine`) and delete it; links to it then redirect."""
    if keep_id == drop_id:
        raise StoreError(
            Text(N_("An event cannot be merged with itself: choose the other event that reports the same thing."))
        )
    path = Path(path)
    with locked(path, timeout):
        file = _open(path)
        keep_index, keep = _expect(file, keep_id, expected_keep)
        drop_index, drop = _expect(file, drop_id, expected_drop)
        merged = combine(keep, drop)
        _valid(merged, file.header)
        file.records[keep_index].fields = [merged[c] for c in file.header]
        del file.records[drop_index]
        rows = [
            changelog.RowChange(keep_id, keep, merged, keep_index),
            changelog.RowChange(drop_id, drop, None, drop_index),
        ]
        return _commit(path, file, "merge", rows, who, redirect={drop_id: keep_id})


def undo(path: str | os.PathLike, change_id: str, *, who: str = "", timeout: float | None = None) -> dict:
    """Reverse one logged change, restoring the exact rows it replaced; the undo is logged as a change.

    Refused (with a sentence) when the change is unknown, already undone, not a change of rows, or
    when an event it touched has changed since (undo the later change first).
    """
    path = Path(path)
    with locked(path, timeout):
        records, _ = changelog.read(path)
        target = next((r for r in records if r["change"] == change_id), None)
        if target is None:
            raise StoreError(
                Text(N_("There is no change {change} in the history of {file}."), change=change_id, file=path.name)
            )
        if change_id in changelog.ineffective(records):
            raise StoreError(
                Text(N_("Change {change} is already undone (or was never applied); nothing to undo."), change=change_id)
            )
        if target.get("rows_omitted"):
            raise StoreError(
                Text(
                    N_(
                        "Change {change} ({action}) changed {count:,} rows at once, more than the log keeps "
                        "(changelog_max_rows), so it cannot be undone from the history; restore a copy of the file."
                    ),
                    change=change_id,
                    action=target["action"],
                    count=target["rows_omitted"],
                )
            )
        if not target.get("rows"):
            raise StoreError(
                Text(
                    N_("Change {change} ({action}) changed no event, so there is nothing to undo."),
                    change=change_id,
                    action=target["action"],
                )
            )
        file = _open(path)
        for change in target["rows"]:
            index, row = file.find(change["event_id"], change.get("position"))
            now = None if row is None else row
            was = None if change["after"] is None else {c: change["after"].get(c, "") for c in file.header}
            if now != was:
                raise EditConflict(
                    Text(
                        N_(
                            "Event {event} has changed since change {change}; undo the later change(s) to it "
                            "first (see its history). Nothing was changed."
                        ),
                        event=change["event_id"],
                        change=change_id,
                    ),
                    row,
                    change["event_id"],
                )
        undone = []
        for change in reversed(target["rows"]):
            index, row = file.find(change["event_id"], change.get("position"))
            before = change["before"]
            restored = None if before is None else {c: before.get(c, "") for c in file.header}
            if restored is None:
                del file.records[index]
                undone.append(changelog.RowChange(change["event_id"], row, None, index))
            elif index is None:
                position = change.get("position")
                position = len(file.records) if position is None else min(position, len(file.records))
                file.records.insert(position, Record(0, [restored[c] for c in file.header]))
                undone.append(changelog.RowChange(change["event_id"], None, restored, position))
            else:
                file.records[index].fields = [restored[c] for c in file.header]
                undone.append(changelog.RowChange(change["event_id"], row, restored, index))
        return _commit(path, file, "undo", undone, who, undoes=change_id)
