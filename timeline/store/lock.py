"""What every store format shares when it writes: the lock beside the file and the atomic replace.

A writer takes the single lock file beside the events file (``events.csv.lock``,
``events.parquet.lock``), writes the new content into a temporary file in the same folder, flushes
and fsyncs it, and moves it over the old file with ``os.replace``. Readers see the old file or the
new one, never half of one, and a failed write leaves the old file byte-identical.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import filelock

from timeline import settings
from timeline.i18n import N_
from timeline.messages import Text
from timeline.store import tempfiles

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
        # The lock is an flock: the system releases it when its holder ends, so the lock file is never
        # to be deleted by hand (doing so while a writer hangs would let two write at once).
        raise StoreBusy(
            Text(
                N_(
                    "The store {path} is busy: another save has held its lock for more than {seconds} s. Try "
                    "again in a moment; the lock is released by itself when that save finishes or its process ends."
                ),
                path=str(path),
                seconds=f"{lock.timeout:g}",
            )
        ) from exc
    except OSError as exc:
        raise StoreError(
            Text(
                N_(
                    "Nothing was saved: the lock file {lock} could not be created ({reason}); "
                    "check that the folder is writable."
                ),
                lock=str(lock.lock_file),
                reason=str(exc.strerror or exc),
            )
        ) from exc
    try:
        # Holding the lock, every temporary file of the store is one a killed writer left behind.
        tempfiles.remove(tempfiles.stale_files(path, locked=True))
        yield
    finally:
        lock.release()


def atomic_replace(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Replace ``path`` with what ``write`` puts in a binary file; on any failure the old file stays as it was.

    Call it holding :func:`locked` ``(path)``: whoever holds the lock removes temporary files left by
    writers that were killed, which is safe only if no writer works without it. A full disk or
    any other failure to write raises :class:`StoreError`; its temporary file is removed.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=tempfiles.prefix(path), suffix=tempfiles.SUFFIX, dir=path.parent)
    except OSError as exc:
        raise write_error(path, exc) from exc
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
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise write_error(path, exc) from exc
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


def write_error(path: Path, exc: OSError) -> StoreError:
    """The sentence for a failed write of ``path``: a full disk, or another reason, and that nothing changed."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(
            Text(
                N_(
                    "Nothing was saved: the disk holding {path} is full (no space left for the new file); "
                    "the old file is intact. Free some space and save again."
                ),
                path=str(path),
            )
        )
    return StoreError(
        Text(
            N_(
                "Nothing was saved: {path} could not be written ({reason}); the old file is intact. "
                "Check that the folder exists and is writable, then save again."
            ),
            path=str(path),
            reason=str(exc.strerror or exc),
        )
    )
