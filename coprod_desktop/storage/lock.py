"""One running CoProd Desktop per data folder, enforced by an OS file lock.

The OS drops the lock when the process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType

from coprod_desktop.storage.errors import StoreInUseError, WriteFailedError

LOCK_NAME = "coprod.lock"


class DataFolderLock:
    """An exclusive, non-blocking lock on ``<data folder>/coprod.lock``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError as exc:
            raise WriteFailedError(self.path.parent, "folder.read_only") from exc
        except OSError as exc:  # EROFS: a write-protected USB stick, a read-only mount
            raise WriteFailedError(
                self.path.parent, "folder.not_writable", detail=exc.strerror
            ) from exc
        try:
            _lock(fd)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            if holder:
                raise StoreInUseError(self.path.parent, "store.in_use_by", process=holder) from None
            raise StoreInUseError(self.path.parent, "store.in_use") from None
        with contextlib.suppress(OSError):  # only a hint for the next one; a full disk refuses it
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_pid(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode().strip()
        if text.isdigit():
            return text
    return ""


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
