"""Temporary files of atomic writes: a recognisable name, and removal of those a killed writer left.

A writer writes the whole new file beside the store and renames it over the old one. If it is
killed between the two (``kill -9``, power loss), the full-size temporary file stays behind (issue
13). Its name says whose it is: ``.<store name>.<writer pid>.<random>.timeline-tmp``. Every writer of
the store holds its lock while its temporary file exists, so whoever holds the lock knows that every
such file is left over; without the lock, only those whose writer process is gone are.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import filelock

SUFFIX = ".timeline-tmp"
# Before issue 13 the name was tempfile.mkstemp's ".<name>.<8 random characters>.tmp".
_LEGACY = re.compile(r"\.[a-z0-9_]{8}\.tmp")


def prefix(path: Path, pid: int | None = None) -> str:
    """The start of the name of a temporary file written by process ``pid`` (default: this one)."""
    return f".{path.name}.{os.getpid() if pid is None else pid}."


def writer_pid(path: Path, name: str) -> int | None:
    """The writer's process id from a temporary file's name; None if it is not one of the store's.

    >>> writer_pid(Path("events.csv"), ".events.csv.4242.k3j2_x.timeline-tmp")
    4242
    >>> writer_pid(Path("events.csv"), ".events.csv.ab12cd_e.tmp"), writer_pid(Path("events.csv"), "notes.txt")
    (0, None)
    """
    head = f".{path.name}."
    if not name.startswith(head):
        return None
    rest = name[len(head) :]
    if rest.endswith(SUFFIX):
        pid, _, _ = rest.partition(".")
        return int(pid) if pid.isdigit() else None
    if _LEGACY.fullmatch("." + rest):
        return 0  # an old-style file: its writer is unknown
    return None


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def stale_files(path: Path, *, locked: bool) -> list[Path]:
    """The store's temporary files that no writer is using.

    Holding the store's lock (``locked``), every one is left over; otherwise only those whose writer
    process has ended (a process id reused since then keeps its file until the next locked write).
    """
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return []
    out = []
    for entry in entries:
        pid = writer_pid(path, entry.name)
        if pid is None:
            continue
        if locked or not _alive(pid):
            out.append(Path(entry.path))
    return out


def remove(files: list[Path]) -> None:
    """Delete files, ignoring those already gone or not ours to delete."""
    for file in files:
        with contextlib.suppress(OSError):
            file.unlink()


def clean_up(path: Path, lock: filelock.BaseFileLock) -> None:
    """On load: remove the store's left-over temporary files, taking its ``lock`` only if there are some.

    If a writer holds the lock right now, only files whose writer has ended are removed.
    """
    if not stale_files(path, locked=True):
        return
    try:
        lock.acquire(timeout=0)
    except (filelock.Timeout, OSError):  # a writer is at work, or the folder is read-only
        remove(stale_files(path, locked=False))
        return
    try:
        remove(stale_files(path, locked=True))
    finally:
        lock.release()
