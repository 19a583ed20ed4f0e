"""The event store: schema, validation and the files that hold events.

``schema`` names the columns and vocabularies, ``validate`` checks rows, ``csv_store`` and
``parquet_store`` read and write the two file formats, ``lock`` holds the lock and the atomic
replace they share, ``merge`` the merge-by-id rules, ``changelog`` the append-only history of every
write beside the store, and ``edits`` corrects, merges, deletes and undoes single events. The public API is re-exported here and
chooses the format by the file's suffix (``.parquet`` is Parquet, anything else CSV), so callers
write ``from timeline import store`` and ``store.load(path)``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType

from timeline import settings
from timeline.store import csv_store, tempfiles
from timeline.store.csv_store import LoadResult, Record, load_text, read_records, to_csv_text, write_atomic
from timeline.store.edits import EditConflict, delete_event, get_row, merge_events, undo, update_event
from timeline.store.lock import StoreBusy, StoreError, lock_for
from timeline.store.merge import MergeReport, normalize_event

__all__ = [
    "EditConflict",
    "LoadResult",
    "MergeReport",
    "Record",
    "StoreBusy",
    "StoreError",
    "append_events",
    "delete_event",
    "fill_ids",
    "get_row",
    "is_parquet",
    "load",
    "load_text",
    "lock_for",
    "merge_events",
    "normalize_event",
    "read_records",
    "to_csv_text",
    "undo",
    "update_event",
    "write_atomic",
    "write_events",
]


def is_parquet(path: str | os.PathLike) -> bool:
    """True for a path the Parquet store handles (its name ends in ``.parquet``).

    >>> is_parquet("data/events.parquet"), is_parquet("data/events.csv")
    (True, False)
    """
    return Path(path).suffix.lower() == ".parquet"


def _format(path: str | os.PathLike) -> ModuleType:
    if is_parquet(path):
        from timeline.store import parquet_store  # pyarrow is imported only when a Parquet file is used

        return parquet_store
    return csv_store


def load(path: str | os.PathLike | None = None) -> LoadResult:
    """Load an events file (CSV or Parquet): the valid rows, typed, and every problem with its line and column.

    A missing or unreadable file is reported as a problem on line 0, never raised.
    """
    path = Path(path or settings.get("events_path"))
    # Temporary files left by a killed writer go on the next load, whatever the format (issue 13).
    with contextlib.suppress(OSError):
        tempfiles.clean_up(path, lock_for(path))
    return _format(path).load(path)


def append_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None, who: str = ""
) -> MergeReport:
    """Add events to the store (CSV or Parquet); an event whose id exists is merged into it instead.

    Merging adds the new source URL to ``other_sources``, keeps the earliest ``published`` and fills
    empty fields. Invalid events raise :class:`StoreError` before anything is written; a lock held
    longer than ``timeout`` raises :class:`StoreBusy`.
    """
    return _format(path).append_events(path, events, timeout=timeout, who=who)


def write_events(
    path: str | os.PathLike, events: Iterable[Mapping], *, timeout: float | None = None, who: str = ""
) -> int:
    """Replace the whole store with ``events`` (under the lock, atomically, logged); returns the row count."""
    return _format(path).write_events(path, events, timeout=timeout, who=who)


def fill_ids(path: str | os.PathLike, *, timeout: float | None = None, who: str = "") -> list[tuple[int, str]]:
    """Give every row with an empty ``event_id`` its id from the event's identity; returns ``(line, id)`` per row."""
    return _format(path).fill_ids(path, timeout=timeout, who=who)
