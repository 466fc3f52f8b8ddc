"""When the store cannot be used: say what is wrong, list the good automatic backups, and
restore one, setting the unusable file aside (renamed, never deleted or overwritten); when it
cannot be written, save the workshop somewhere else."""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.storage import schema
from coprod_desktop.storage.backups import BackupCheck, check_backup, list_backups
from coprod_desktop.storage.database import APPLICATION_ID, BACKUPS_DIR, STORE_NAME, inspect_file
from coprod_desktop.storage.diagnosis import held_elsewhere
from coprod_desktop.storage.errors import (
    DamagedStoreError,
    NewerSchemaError,
    NotOurFileError,
    RestoreError,
    StoreBusyError,
    StoreError,
)
from coprod_desktop.storage.lock import DataFolderLock
from coprod_desktop.storage.swap import Step, finish_interrupted, put_in_place, set_aside


class ProblemKind(enum.Enum):
    """Why the store cannot be opened, as far as restoring a backup is concerned."""

    DAMAGED = "damaged"  # empty, cut short, failing its integrity check
    NOT_OURS = "not-ours"  # some other file: not damaged, just not a CoProd Desktop store
    NEWER = "newer"  # a newer CoProd Desktop's store: not damaged, just not for this version

    @property
    def explanation(self) -> str:
        """What this means for the facilitator's workshops, in one or two sentences."""
        return _EXPLANATIONS[self]


_EXPLANATIONS = {
    ProblemKind.DAMAGED: (
        "The workshops file is damaged, so CoProd Desktop cannot read it. Restoring a backup "
        "sets the damaged file aside (renamed, not deleted) and puts the backup in its place."
    ),
    ProblemKind.NOT_OURS: (
        "The file in the data folder is not a CoProd Desktop workshops file. It is not "
        "damaged, and it will not be changed: restoring a backup renames it and puts the "
        "backup in its place."
    ),
    ProblemKind.NEWER: (
        "The workshops file was written by a newer CoProd Desktop. It is not damaged: "
        "installing that version opens it. Restoring an older backup renames it, unchanged, "
        "and puts the backup in its place; changes made since that backup are not in it."
    ),
}


@dataclass(frozen=True, slots=True)
class GoodBackup:
    """An automatic backup that passed its integrity check and can be restored."""

    path: Path
    taken_at: dt.datetime
    workshop_count: int
    size_bytes: int


@dataclass(frozen=True, slots=True)
class StoreProblem:
    """A store that cannot be opened, and the backups that could replace it."""

    store_path: Path
    kind: ProblemKind
    error: StoreError  # the refusal: the file and what is wrong with it
    backups: tuple[GoodBackup, ...]  # newest first
    bad_backups: int  # backups found that failed their check

    @property
    def latest(self) -> GoodBackup | None:
        return self.backups[0] if self.backups else None


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did."""

    store_path: Path
    backup: GoodBackup
    set_aside_as: Path | None  # where the previous file went (None if there was none)


def problem_kind(error: StoreError) -> ProblemKind | None:
    """The kind of problem a backup could solve, or None (store busy, folder read-only…)."""
    if isinstance(error, NewerSchemaError):
        return ProblemKind.NEWER
    if isinstance(error, NotOurFileError):
        return ProblemKind.NOT_OURS
    if isinstance(error, DamagedStoreError):
        return ProblemKind.DAMAGED
    return None


def describe_problem(folder: Path, error: StoreError) -> StoreProblem | None:
    """The problem ``error`` found with ``folder``'s store, with its good backups; None when
    restoring a backup would not help."""
    kind = problem_kind(error)
    if kind is None:
        return None
    checks = checked_backups(folder)
    good = tuple(_good(c) for c in checks if c.good)
    bad = len(checks) - len(good)
    return StoreProblem(folder / STORE_NAME, kind, error, good, bad)


def find_problem(folder: Path) -> StoreProblem | None:
    """Look at ``folder``'s store read-only; the problem if it cannot be opened, else None."""
    try:
        inspect_file(folder / STORE_NAME)
    except StoreError as exc:
        return describe_problem(folder, exc)
    return None


def checked_backups(folder: Path) -> list[BackupCheck]:
    """Every automatic backup in ``folder``, newest first, each opened read-only and checked."""
    return [
        check_backup(b, application_id=APPLICATION_ID, known_revisions=schema.KNOWN_REVISIONS)
        for b in list_backups(folder / BACKUPS_DIR)
    ]


def good_backups(folder: Path) -> list[GoodBackup]:
    """The backups that pass their check, newest first."""
    return [_good(c) for c in checked_backups(folder) if c.good]


def restore_backup(
    folder: Path, backup: Path | None = None, *, step: Step | None = None
) -> Restored:
    """Put a good backup (the newest, or ``backup``) in place of ``folder``'s store.

    The current file, if any, is set aside as ``coprod.sqlite.<kind>-<timestamp>`` with its
    -wal and -shm, bytes unchanged. Holds the folder lock throughout, so it refuses while
    CoProd Desktop has the folder open, or any other program the store. Raises RestoreError
    when there is nothing good to restore; the store is then left as it was. A crash part way
    is finished at the next start (``storage/swap.py``); ``step`` is told each step done.
    """
    store_path = folder / STORE_NAME
    with DataFolderLock(folder):
        finish_interrupted(store_path)
        _refuse_if_held(store_path)
        chosen = _choose(folder, backup)
        label = _problem_label(store_path) or "before-restore"
        try:
            aside = put_in_place(chosen.path, store_path, label, step=step)
        except (OSError, sqlite3.Error) as exc:
            raise RestoreError(
                store_path, "restore.copy_failed_left", backup=chosen.path.name, detail=exc
            ) from exc
    return Restored(store_path, chosen, aside)


def start_afresh(folder: Path, *, step: Step | None = None) -> Path | None:
    """Set ``folder``'s store aside so that CoProd Desktop starts with an empty one: for when
    no backup can replace it. The file is renamed with its -wal and -shm, bytes unchanged (a
    specialist may still rescue workshops from it); returns its new name (None: there was no
    file). Raises RestoreError, changing nothing, if the store opens normally, and refuses
    while CoProd Desktop has the folder open."""
    store_path = folder / STORE_NAME
    with DataFolderLock(folder):
        finish_interrupted(store_path)
        if not store_path.exists():
            return None
        _refuse_if_held(store_path)
        label = _problem_label(store_path)
        if label is None:
            raise RestoreError(store_path, "restore.nothing_to_set_aside")
        try:
            return set_aside(store_path, label, step=step)
        except OSError as exc:
            raise RestoreError(store_path, "restore.set_aside_failed", detail=exc) from exc


def _refuse_if_held(store_path: Path) -> None:
    """Refuse to move a store another program has open: its next write would be lost."""
    holder = held_elsewhere(store_path)
    if holder is not None:
        raise StoreBusyError(store_path, holder)


def _problem_label(store_path: Path) -> str | None:
    """What the store is, as its set-aside name says (None: it opens normally). A store that
    is only busy, on a full disk or a read-only folder is healthy: that error is raised, so
    that it is never replaced by a backup."""
    if not store_path.exists():
        return None
    try:
        inspect_file(store_path)
    except StoreError as exc:
        kind = problem_kind(exc)
        if kind is None:
            raise
        return kind.value
    return None


def _choose(folder: Path, backup: Path | None) -> GoodBackup:
    checks = checked_backups(folder)
    if backup is None:
        for check in checks:
            if check.good:
                return _good(check)
        if not checks:
            raise RestoreError(
                folder / STORE_NAME, "restore.no_backup", backups=folder / BACKUPS_DIR
            )
        raise RestoreError(
            folder / STORE_NAME, "restore.no_good_backup", backups=folder / BACKUPS_DIR,
            count=len(checks),
        )  # fmt: skip
    wanted = backup.resolve()
    for check in checks:
        if check.backup.path.resolve() == wanted:
            if check.problem is not None:
                raise RestoreError(backup, "restore.bad_backup", problem=check.problem)
            return _good(check)
    raise RestoreError(backup, "restore.not_a_backup", backups=folder / BACKUPS_DIR)


def _good(check: BackupCheck) -> GoodBackup:
    b = check.backup
    return GoodBackup(b.path, b.taken_at, check.workshop_count, b.size_bytes)
