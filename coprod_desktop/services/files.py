"""Reading and writing the files users hand around: bounded reads, atomic private writes."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES, size_limit_reason


class FileAccessError(CoprodError):
    """A file could not be read or written; says which and why."""


def read_limited(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of ``path``, refusing anything larger than ``limit`` before reading it."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileAccessError(f"{path}: is not a file")
        if size > limit:
            raise FileAccessError(f"{path}: {size_limit_reason(size, limit)}")
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise FileAccessError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileAccessError(f"{path}: cannot be read ({exc.strerror})") from exc


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by the owner only; a failure leaves no partial file."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise FileAccessError(f"{path}: cannot write here ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise FileAccessError(f"{path}: could not be written ({exc.strerror})") from exc
