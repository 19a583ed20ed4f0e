"""The event store: schema, validation and the files that hold events.

``schema`` names the columns and vocabularies, ``validate`` checks rows, ``csv_store`` reads and writes
the CSV file under a lock with atomic replacement. The public API is re-exported here, so callers write
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

__all__ = [
    "LoadResult",
    "MergeReport",
    "Record",
    "StoreBusy",
    "StoreError",
    "append_events",
    "fill_ids",
    "load",
    "load_text",
    "lock_for",
    "normalize_event",
    "read_records",
    "to_csv_text",
    "write_atomic",
    "write_events",
]
