"""Automatic rotating backups, copied with SQLite's backup API (a file copy would miss the WAL)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BACKUP_PREFIX = "coprod-"
BACKUP_SUFFIX = ".sqlite"
DEFAULT_KEEP = 10


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One automatic backup file."""

    path: Path
    taken_at: dt.datetime
    size_bytes: int


def take_backup(database: Path, folder: Path, *, keep: int = DEFAULT_KEEP) -> Path:
    """Copy ``database`` into ``folder`` consistently, then drop all but the newest ``keep``.

    The copy is written under a temporary name and renamed when complete, so a backup that
    exists is always whole.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"
    with whole_copy(f"file:{database}?mode=ro", final, final.with_suffix(".partial")):
        pass
    rotate(folder, keep=keep)
    return final


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"):
        stamp = path.name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)]
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken, size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path, *, keep: int) -> None:
    """Delete all but the newest ``keep`` backups, and any left-over partial copies."""
    for stale in folder.glob(f"{BACKUP_PREFIX}*.partial"):
        with contextlib.suppress(OSError):
            stale.unlink()
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """A backup, opened read-only and checked: can it be restored, and what does it hold."""

    backup: BackupInfo
    problem: str | None  # None when it passes quick_check and is ours
    workshop_count: int

    @property
    def good(self) -> bool:
        return self.problem is None


def check_backup(backup: BackupInfo, *, application_id: int,
                 known_revisions: tuple[str, ...]) -> BackupCheck:  # fmt: skip
    """Open ``backup`` read-only (``immutable``: nothing is written beside it) and check it."""
    try:
        conn = sqlite3.connect(f"file:{backup.path}?mode=ro&immutable=1", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != application_id:
                return BackupCheck(backup, "is not a CoProd Desktop store", 0)
            verdict = conn.execute("PRAGMA quick_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                return BackupCheck(backup, f"fails its integrity check ({verdict})", 0)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] not in known_revisions:
                return BackupCheck(backup, "has an unknown schema version", 0)
            count = int(conn.execute("SELECT count(*) FROM workshop").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupCheck(backup, f"cannot be read ({exc})", 0)
    return BackupCheck(backup, None, count)


@contextlib.contextmanager
def whole_copy(source: str, final: Path, partial: Path) -> Iterator[sqlite3.Connection]:
    """Copy the SQLite database at URI ``source`` consistently (the backup API) into
    ``partial``, yield the copy for any finishing touches, then flush it to disk and rename
    it to ``final``: a crash leaves no file there or the whole copy, never part of one. The
    copy is readable by the owner only, and one file (no WAL beside it to lose on a rename).
    """
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        origin = sqlite3.connect(source, uri=True)
        try:
            copy = sqlite3.connect(partial, isolation_level=None)
            try:
                origin.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                yield copy
            finally:
                copy.close()
        finally:
            origin.close()
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, final)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
