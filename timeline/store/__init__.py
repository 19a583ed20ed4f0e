"""The event store: schema, validation and the files that hold events.

``schema`` names the columns and vocabularies, ``validate`` checks rows, ``csv_store`` reads and writes
the CSV file under a lock with atomic replacement, ``edits`` corrects, merges, deletes and undoes single events,
and ``changelog`` keeps the append-only history of every write beside the store. The public API is re-exported here, so callers write
``from timeline import store`` and ``store.load(path)``.
"""

from timeline.store.csv_store import (
    LoadResult,
    MergeReport,
    Record,
    StoreBusy,
    StoreError,
    append_events,
    fill_ids,
    load,
    load_text,
    lock_for,
    normalize_event,
    read_records,
    to_csv_text,
    write_atomic,
    write_events,
)
from timeline.store.edits import EditConflict, delete_event, get_row, merge_events, undo, update_event

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
