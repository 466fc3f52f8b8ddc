"""Reading and writing the files users hand around: bounded reads, atomic private writes."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES, MB


class FileAccessError(CoprodError):
    """A file could not be read or written; says which and why."""


def read_limited(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of ``path``, refusing anything larger than ``limit`` before reading it."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileAccessError("file.not_a_file", path=path)
        if size > limit:
            raise FileAccessError(
                "file.too_large", path=path, megabytes=size / MB, limit=limit / MB
            )
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise FileAccessError("file.missing", path=path) from None
    except OSError as exc:
        raise FileAccessError("file.unreadable", path=path, detail=exc.strerror) from exc


class OutputExistsError(FileAccessError):
    """The output file exists and replacing it was not asked for (``--force``)."""


def check_output(path: Path, *, replace: bool, keep_out: Path | None = None) -> None:
    """Refuse an output that would harm something: a file inside ``keep_out`` (the data
    folder: the store, its -wal/-shm, the lock, the backups), a link (replacing it would not
    write where it points, and where it points was not chosen), a device, pipe or folder, or
    (unless ``replace``) any existing file."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        where = folder.resolve() / path.name
        if keep_out is not None and where.is_relative_to(keep_out.resolve()):
            raise FileAccessError("file.inside_data_folder", path=path, folder=keep_out)
        if path.is_symlink():
            raise FileAccessError("file.is_link", path=path, target=os.readlink(path))
        if not path.exists():
            return
        if not stat.S_ISREG(path.stat().st_mode):
            raise FileAccessError("file.not_plain", path=path)
    except OSError as exc:
        raise FileAccessError("file.cannot_write", path=path, detail=exc.strerror) from exc
    if not replace:
        raise OutputExistsError("file.exists", path=path)


def write_atomic(
    path: Path, data: bytes, *, replace: bool = True, keep_out: Path | None = None
) -> None:
    """Write ``data`` to ``path`` readable by the owner only, refusing what
    :func:`check_output` refuses. Nothing partial is left behind on any failure: on Linux the
    file has no name until it is whole (a kill leaves nothing to find); elsewhere its
    temporary name is removed on every error, interruption included."""
    check_output(path, replace=replace, keep_out=keep_out)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = _private_file(folder, path.name)
    except OSError as exc:
        raise FileAccessError("file.cannot_write_here", path=path, detail=exc.strerror) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if tmp_name is None:  # unnamed so far: give it a name only now that it is whole
                tmp_name = _name_unnamed(fh.fileno(), folder, path.name)
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException as exc:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise FileAccessError("file.write_failed", path=path, detail=exc.strerror) from exc
        raise


def _private_file(folder: Path, name: str) -> tuple[int, str | None]:
    """An open file for writing, owner-only: unnamed (Linux ``O_TMPFILE``) where the folder's
    filesystem allows, else under a hidden temporary name."""
    unnamed = getattr(os, "O_TMPFILE", 0)
    if unnamed and Path("/proc/self/fd").is_dir():
        with contextlib.suppress(OSError):  # not every filesystem has it: fall back
            return os.open(folder, unnamed | os.O_WRONLY, 0o600), None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    return fd, tmp_name


def _name_unnamed(fd: int, folder: Path, name: str) -> str:
    """Link the whole, unnamed file into ``folder`` under a fresh temporary name."""
    # A directory handle makes Python call linkat() with AT_SYMLINK_FOLLOW (plain link() does
    # not follow /proc's link to the open file); the path given is absolute, so it is unused.
    root = os.open("/", os.O_RDONLY)
    try:
        while True:
            tmp_name = str(folder / f".{name}.{secrets.token_hex(6)}.part")
            try:
                os.link(f"/proc/self/fd/{fd}", tmp_name, src_dir_fd=root, follow_symlinks=True)
            except FileExistsError:
                continue
            return tmp_name
    finally:
        os.close(root)
