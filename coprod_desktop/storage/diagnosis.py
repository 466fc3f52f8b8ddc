"""What a failure touching the store means: damaged, busy, full, read-only, or none of those.

Only a store that SQLite itself finds corrupt (or not a database) is *damaged*. A store that
another program holds, on a full disk or a read-only mount is healthy, and must never be
offered for replacing by a backup: that turned the app's own advice into data loss.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import struct
import sys
from pathlib import Path

from coprod_desktop.storage.errors import (
    DamagedStoreError,
    DiskFullError,
    ReadOnlyError,
    StoreBusyError,
    StoreError,
    WriteFailedError,
)

#: SQLite's primary result codes that mean the file's bytes are wrong.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


def diagnose(path: Path, exc: BaseException, *, writing: bool) -> StoreError:
    """The facilitator's words for ``exc``, met while reading or (``writing``) saving ``path``.

    SQLite's result code decides where it has one; an error made by hand (as tests inject)
    has none, and its text decides.
    """
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).splitlines()[0] if str(orig) else type(orig).__name__
    lowered = text.lower()
    os_code = orig.errno if isinstance(orig, OSError) else None
    # An extended result code keeps the primary one in its low byte.
    code = getattr(orig, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None
    if os_code == errno.ENOSPC or code == sqlite3.SQLITE_FULL or "full" in lowered:
        return DiskFullError(path)
    if (
        os_code == errno.EROFS
        or code == sqlite3.SQLITE_READONLY
        or "readonly" in lowered
        or "read-only" in lowered
    ):
        return ReadOnlyError(path)
    if code in _BUSY_CODES or "locked" in lowered or "busy" in lowered:
        return StoreBusyError(path)
    if code in _DAMAGE_CODES or "malformed" in lowered or "not a database" in lowered:
        return DamagedStoreError(path, "store.damaged", detail=text)
    if _mounted_read_only(path):  # a USB stick turned read-only shows as a disk I/O error
        return ReadOnlyError(path)
    if _disk_nearly_full(path):
        return DiskFullError(path)
    if writing:
        return WriteFailedError(path, "store.write_failed", detail=text)
    return StoreError(path, "store.unreadable", detail=text)


def held_elsewhere(path: Path) -> int | None:
    """The process id of another program holding ``path`` open through SQLite, else None.

    Every SQLite connection to a WAL store keeps a shared lock on the store's lock bytes and
    on its ``-shm`` file while it is open, even when idle. The check only asks (it takes no
    lock), so it cannot disturb this process's own connections. Linux and macOS; elsewhere
    (Windows) the OS refuses to rename a file another program has open, so moving it fails
    cleanly instead.
    """
    for target, start, length in (
        (path, _PENDING_BYTE, _LOCK_BYTES),
        (Path(f"{path}-shm"), _SHM_LOCKS, _SHM_LOCK_BYTES),
    ):
        holder = _lock_holder(target, start, length)
        if holder is not None:
            return holder
    return None


# SQLite's lock bytes: the pending, reserved and shared range of the store (os_unix.c), and
# the WAL-index locks with the "dead man switch" byte in -shm (wal.c).
_PENDING_BYTE = 0x40000000
_LOCK_BYTES = 512
_SHM_LOCKS = 120
_SHM_LOCK_BYTES = 16


def _lock_holder(path: Path, start: int, length: int) -> int | None:
    if sys.platform == "win32":
        return None
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if sys.platform == "darwin":  # off_t start, off_t len, pid_t pid, short type, whence
            layout = "qqihh"
            asked = struct.pack(layout, start, length, 0, fcntl.F_WRLCK, os.SEEK_SET)
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, asked)
            _start, _len, pid, kind, _whence = struct.unpack(layout, answer)
        else:  # Linux: short type, whence; off_t start, len; pid_t pid (and padding)
            layout = "hhqqi4x"
            asked = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
            # An open-file-description lock query also sees this process's own SQLite locks.
            query = getattr(fcntl, "F_OFD_GETLK", fcntl.F_GETLK)
            answer = fcntl.fcntl(fd, query, asked)
            kind, _whence, _start, _len, pid = struct.unpack(layout, answer)
    except OSError:
        return None
    finally:
        os.close(fd)
    if kind == fcntl.F_UNLCK:
        return None
    return pid if pid > 0 else -1


def _mounted_read_only(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


#: Below this, SQLite's temporary files and WAL growth fail in ways that look like I/O errors.
NEARLY_FULL_BYTES = 1 << 20


def _disk_nearly_full(path: Path) -> bool:
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES
