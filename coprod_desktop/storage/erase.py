"""Deleting a workshop for good: from the store's bytes, and on request from its backups.

A plain SQL DELETE leaves the deleted text in the file's free pages and in the write-ahead
log until SQLite happens to reuse them. Here the delete runs with ``secure_delete`` (freed
content is overwritten with zeros) and the log is then checkpointed and emptied, so a
deleted workshop's words cannot be read back from the files.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.storage.backups import list_backups, whole_copy
from coprod_desktop.storage.database import Store, write_error
from coprod_desktop.storage.diagnosis import diagnose, held_elsewhere
from coprod_desktop.storage.errors import DamagedStoreError, StoreBusyError, StoreError


def erase_workshop(store: Store, workshop_id: int) -> None:
    """Delete the workshop and everything under it, overwriting what it held on disk."""
    with store.writing() as conn:
        # Some SQLite builds have it on by default, most (Windows, macOS) off: say so here.
        previous = int(conn.exec_driver_sql("PRAGMA secure_delete").scalar_one())
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        try:
            # ON DELETE CASCADE takes its items, groups, ratings, actions, parking lot, cursor.
            result = conn.exec_driver_sql("DELETE FROM workshop WHERE id = ?", (workshop_id,))
            if result.rowcount == 0:
                raise NotFoundError("workshop.not_found", id=workshop_id)
        finally:
            conn.exec_driver_sql(f"PRAGMA secure_delete={previous}")
    empty_log(store)


def empty_log(store: Store) -> bool:
    """Copy the write-ahead log into the store and truncate it to 0 bytes; False when another
    reader kept part of it (it is emptied at the next checkpoint instead)."""
    pooled = store.raw_connection()
    try:
        try:
            busy, _log, _done = pooled.driver_connection.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).fetchone()
        except sqlite3.Error as exc:
            raise write_error(store.path, exc) from exc
    finally:
        pooled.close()
    return bool(busy == 0)


@dataclass
class BackupPurge:
    """What removing one workshop from the automatic backups did."""

    rewritten: list[Path] = field(default_factory=list)  # held it; rewritten without it
    removed: list[Path] = field(default_factory=list)  # unreadable, so deleted
    untouched: int = 0  # never held it


def backups_holding(folder: Path, uid: str) -> list[Path]:
    """The backups in ``folder`` that hold the workshop ``uid`` (or cannot be read to say)."""
    held = []
    for backup in list_backups(folder):
        try:
            holds = _holds(backup.path, uid)
        except StoreError:  # busy: it may hold it
            holds = None
        if holds is not False:
            held.append(backup.path)
    return held


def purge_from_backups(folder: Path, uid: str) -> BackupPurge:
    """Rewrite each backup that holds workshop ``uid`` without it; delete unreadable backups.

    Each backup is rewritten on a copy that replaces it only when whole, keeping its time
    stamp, so a failure leaves the old backup in place and the backups' order unchanged.
    Every other workshop in every backup is kept: a backup still restores all the rest.
    """
    purge = BackupPurge()
    for backup in list_backups(folder):
        holds = _holds(backup.path, uid)
        if holds is False:
            purge.untouched += 1
        elif holds is None:  # damaged: it cannot be restored, nor cleaned; remove it
            holder = held_elsewhere(backup.path)
            if holder is not None:
                raise StoreBusyError(backup.path, holder)
            backup.path.unlink(missing_ok=True)
            purge.removed.append(backup.path)
        else:
            _rewrite_without(backup.path, uid)
            purge.rewritten.append(backup.path)
    return purge


def _holds(path: Path, uid: str) -> bool | None:
    """Whether the backup holds ``uid``; None when it is damaged. A backup that cannot be read
    for another reason (another program holds it, the disk is full) is good: refuse, keep it.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT 1 FROM workshop WHERE uid = ?", (uid,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        found = diagnose(path, exc, writing=False)
        if isinstance(found, DamagedStoreError):
            return None
        raise found from exc
    return row is not None


def _rewrite_without(path: Path, uid: str) -> None:
    stamp = path.stat()
    with whole_copy(f"file:{path}?mode=ro", path, path.with_suffix(".partial")) as copy:
        copy.execute("PRAGMA foreign_keys=ON")  # the delete cascades to every row
        copy.execute("DELETE FROM workshop WHERE uid = ?", (uid,))
        copy.execute("VACUUM")  # rebuilt: no free page keeps the deleted text
        problems = copy.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.DatabaseError(f"rows left without their workshop: {problems}")
    # The backup keeps the time it was taken: backups are listed and rotated by it.
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
