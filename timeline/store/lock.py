"""What every store format shares when it writes: the lock beside the file and the atomic replace.

A writer takes the single lock file beside the events file (``events.csv.lock``,
``events.parquet.lock``), writes the new content into a temporary file in the same folder, flushes
and fsyncs it, and moves it over the old file with ``os.replace``. Readers see the old file or the
new one, never half of one, and a failed write leaves the old file byte-identical.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import filelock

from timeline import settings

__all__ = ["StoreBusy", "StoreError", "atomic_replace", "lock_for", "locked"]


class StoreError(Exception):
    """A problem the user can fix, described in a sentence."""


class StoreBusy(StoreError):
    """Another process holds the store's lock for longer than the timeout."""


def lock_for(path: Path, timeout: float | None = None) -> filelock.FileLock:
    """The single lock file beside an events file."""
    t = settings.get("lock_timeout_s") if timeout is None else timeout
    return filelock.FileLock(str(path) + ".lock", timeout=t)


@contextlib.contextmanager
def locked(path: Path, timeout: float | None) -> Iterator[None]:
    """Hold the store's lock; waiting longer than ``timeout`` raises :class:`StoreBusy`."""
    lock = lock_for(path, timeout)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise StoreBusy(
            f"The store {path} is busy: another save has held its lock for more than {lock.timeout:g} s. "
            f"Try again in a moment; if nobody is saving, delete {lock.lock_file}."
        ) from exc
    try:
        yield
    finally:
        lock.release()


def atomic_replace(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Replace ``path`` with what ``write`` puts in a binary file; on any failure the old file stays as it was."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); keep the old file's mode, or the usual default.
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
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
