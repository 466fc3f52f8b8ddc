"""Automatic rotating backups, copied with SQLite's backup API (a file copy would miss the WAL)."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.storage.errors import StoreError
from coprod_desktop.storage.wal_check import copy_id, set_store_id

BACKUP_PREFIX = "coprod-"
BACKUP_SUFFIX = ".sqlite"
DEFAULT_KEEP = 10


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One automatic backup file."""

    path: Path
    taken_at: dt.datetime  # by the computer's clock, to show; never used to order
    size_bytes: int
    sequence: int = 0  # one more than the newest before it; 0 for names without one


def take_backup(
    database: Path, folder: Path, *, keep: int = DEFAULT_KEEP, rotate_now: bool = True
) -> Path:
    """Copy ``database`` into ``folder`` consistently, then (``rotate_now``) drop all but the
    newest ``keep``.

    The copy is written under a temporary name and renamed when complete, so a backup that
    exists is always whole. Its name carries a sequence number one above the newest backup's:
    backups are ordered by it, not by the clock, which may be set back.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    existing = list_backups(folder)
    sequence = existing[0].sequence + 1 if existing else 1
    stamp = dt.datetime.now().strftime(_STAMP)
    final = folder / f"{BACKUP_PREFIX}{sequence:0{_SEQUENCE_DIGITS}d}-{stamp}{BACKUP_SUFFIX}"
    with whole_copy(f"file:{database}?mode=ro", final, final.with_suffix(".partial")):
        pass
    if rotate_now:
        rotate(folder, keep=keep)
    return final


def back_up_if_changed(
    database: Path, folder: Path, *, keep: int = DEFAULT_KEEP, rotate_now: bool = True
) -> Path | None:
    """Take a backup unless the store is as it was when the newest one was taken; returns the
    new backup, or None.

    "As it was" is decided without the clock: first by the store's files being exactly as
    they were recorded (size, change time, file identity: a write changes them whichever way
    the clock goes), then by the copy's content against the newest backup's. So reopening an
    unchanged store, or retrying a migration that keeps failing, never rotates a good backup
    out.
    """
    state = _state_file(folder)
    now = _store_state(database)
    newest = next(iter(list_backups(folder)), None)
    with contextlib.suppress(OSError):
        # The recorded state names the backup it matches: it must still be the newest.
        if newest is not None and state.read_text(encoding="utf-8") == f"{now}\n{newest.path.name}":
            return None
    taken = take_backup(database, folder, keep=keep, rotate_now=False)
    if newest is not None and _digest(taken) == _digest(newest.path):
        taken.unlink()  # the same content as the newest: nothing new to keep
        _write_private(state, f"{now}\n{newest.path.name}")
        return None
    _write_private(state, f"{now}\n{taken.name}")
    if rotate_now:
        rotate(folder, keep=keep)
    return taken


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest (highest sequence) first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"):
        stamp = path.name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)]
        sequence = 0
        head, _, rest = stamp.partition("-")
        if len(head) == _SEQUENCE_DIGITS and head.isascii() and head.isdigit() and rest:
            sequence, stamp = int(head), rest
        try:
            taken = dt.datetime.strptime(stamp, _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken, size, sequence))
    return sorted(found, key=lambda b: (b.sequence, b.taken_at), reverse=True)


def rotate(folder: Path, *, keep: int) -> None:
    """Delete all but the newest ``keep`` backups, and any left-over partial copies."""
    for stale in folder.glob(f"{BACKUP_PREFIX}*.partial"):
        with contextlib.suppress(OSError):
            stale.unlink()
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


_STAMP = "%Y%m%d-%H%M%S-%f"
_SEQUENCE_DIGITS = 6
_STATE_NAME = "store-at-last-backup"


def _state_file(folder: Path) -> Path:
    return folder / _STATE_NAME


def _store_state(database: Path) -> str:
    """The store's files as the OS sees them; any write changes it."""
    parts = []
    for suffix in ("", "-wal"):
        try:
            st = Path(f"{database}{suffix}").stat()
        except FileNotFoundError:
            continue
        if suffix and st.st_size == 0:  # read-only opens leave an empty log behind
            continue
        parts.append(
            f"{suffix or 'store'} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino}"
        )
    return "\n".join(parts)


def _digest(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """A backup, opened read-only and checked: can it be restored, and what does it hold."""

    backup: BackupInfo
    problem: StoreError | None  # None when it passes quick_check and is ours
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
                return BackupCheck(backup, StoreError(backup.path, "backup.not_ours"), 0)
            verdict = conn.execute("PRAGMA quick_check").fetchone()
            if verdict is None or verdict[0] != "ok":
                return BackupCheck(
                    backup, StoreError(backup.path, "backup.integrity_failed", detail=verdict), 0
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] not in known_revisions:
                return BackupCheck(backup, StoreError(backup.path, "backup.unknown_schema"), 0)
            count = int(conn.execute("SELECT count(*) FROM workshop").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return BackupCheck(backup, StoreError(backup.path, "backup.unreadable", detail=exc), 0)
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
                # A copy is another file: a log left beside its source must not fit it.
                (source_id,) = copy.execute("PRAGMA user_version").fetchone()
                set_store_id(copy, copy_id(source_id))
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
