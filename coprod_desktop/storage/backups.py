"""Automatic rotating backups, copied with SQLite's backup API (a file copy would miss the WAL)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
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
    partial = final.with_suffix(".partial")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
        os.replace(partial, final)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
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
