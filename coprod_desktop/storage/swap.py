"""Moving the store's files as one, so that a crash at any moment loses nothing.

Setting a store aside and restoring a backup in its place are sequences of renames. Each
sequence writes a small journal first, saying where the store goes and what takes its place;
the store and its ``-wal``/``-shm`` then move together. A failure part way moves back what
was moved. A crash part way is finished at the next start (:func:`finish_interrupted`, run
before anything opens the store): never an empty app, never a WAL left beside the wrong
file. The copy that takes the store's place is whole and flushed before the old one moves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from coprod_desktop.storage.backups import whole_copy
from coprod_desktop.storage.errors import StoreError

#: ``-wal`` and ``-shm`` belong to the file beside them: they move with it, after it.
COMPANIONS = ("", "-wal", "-shm")
JOURNAL_SUFFIX = ".moving"
INCOMING_SUFFIX = ".incoming"

#: Called with the name of each step once it is done; fault-injection tests kill there.
Step = Callable[[str], None]


def _no_step(_name: str) -> None:
    """The default: nothing to do between steps."""


def set_aside(database: Path, label: str, *, step: Step | None = None) -> Path:
    """Rename ``database`` with its -wal and -shm to ``<name>.<label>-<timestamp>``, bytes
    unchanged, all or none; returns the new name."""
    step = step or _no_step
    aside = aside_name(database, label)
    _write_journal(database, aside=aside, incoming=None)
    step("journal written")
    _move_together(database, aside, step=step)
    _end_journal(database)
    step("journal removed")
    return aside


def put_in_place(
    backup: Path, database: Path, label: str, *, step: Step | None = None
) -> Path | None:
    """Put a consistent copy of ``backup`` at ``database``, setting the file there (if any)
    aside as :func:`set_aside` does; returns where it went (None if there was none).

    The copy is made and flushed under ``<name>.incoming`` before anything moves.
    """
    step = step or _no_step
    incoming = _incoming(database)
    partial = database.with_name(database.name + ".restoring")
    for leftover in (incoming, partial):
        leftover.unlink(missing_ok=True)
    with whole_copy(f"file:{backup}?mode=ro&immutable=1", incoming, partial):
        pass
    sync_folder(database.parent)
    step("copied")
    aside = aside_name(database, label) if database.exists() else None
    try:
        _write_journal(database, aside=aside, incoming=incoming)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    step("journal written")
    if aside is not None:
        try:
            _move_together(database, aside, step=step)
        except BaseException:
            incoming.unlink(missing_ok=True)
            _end_journal(database)
            raise
    os.replace(incoming, database)
    sync_folder(database.parent)
    step("in place")
    _end_journal(database)
    step("journal removed")
    return aside


def finish_interrupted(database: Path) -> Path | None:
    """Finish a set-aside or restore a crash interrupted; returns where the old store went
    (None: nothing was interrupted). Leftover copies that never took part are removed.

    Call it holding the data folder's lock, before anything opens the store.
    """
    journal = _journal(database)
    incoming = _incoming(database)
    if not journal.exists():
        # A copy made but never used: the store it was for never moved.
        partial_journal = journal.with_name(journal.name + ".partial")
        for leftover in (
            incoming,
            database.with_name(database.name + ".restoring"),
            partial_journal,
        ):
            leftover.unlink(missing_ok=True)
        return None
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        aside = Path(database.parent, plan["aside"]) if plan["aside"] else None
        wanted = bool(plan["incoming"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(journal, "restore.journal_unreadable") from exc
    # Until the copy has moved into place, whatever is at the store's name is the old store.
    if aside is not None and (not wanted or incoming.exists()):
        _move_together(database, aside, step=_no_step, resuming=True)
    if wanted and incoming.exists():
        os.replace(incoming, database)
        sync_folder(database.parent)
    _end_journal(database)
    return aside


def set_aside_orphans(database: Path) -> Path | None:
    """Move a -wal or -shm left with no store beside it out of the way, bytes unchanged, so
    that a new store never takes in another store's log; returns its new name (without the
    suffix), or None when there was none."""
    orphans = [s for s in COMPANIONS[1:] if Path(f"{database}{s}").exists()]
    if not orphans or database.exists():
        return None
    aside = aside_name(database, "orphan")
    for suffix in orphans:
        os.replace(Path(f"{database}{suffix}"), Path(f"{aside}{suffix}"))
    sync_folder(database.parent)
    return aside


def aside_name(database: Path, label: str) -> Path:
    """``<name>.<label>-<timestamp>``, numbered if taken (by the file or its companions)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.{label}-{stamp}")
    n = 1
    while any(Path(f"{aside}{suffix}").exists() for suffix in COMPANIONS):
        n += 1
        aside = database.with_name(f"{database.name}.{label}-{stamp}-{n}")
    return aside


def sync_folder(folder: Path) -> None:
    """Make the folder's renames durable (POSIX; Windows has no directory handle to flush)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _move_together(database: Path, aside: Path, *, step: Step, resuming: bool = False) -> None:
    """Move the store, then its -wal and -shm, to ``aside``; on a failure move back what
    moved, so they stay together. ``resuming``: some may have moved before a crash."""
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in COMPANIONS:
            source, target = Path(f"{database}{suffix}"), Path(f"{aside}{suffix}")
            if not source.exists():
                continue
            if target.exists() and not resuming:
                raise FileExistsError(f"{target} already exists")
            os.replace(source, target)
            moved.append((source, target))
            step(f"moved {suffix or 'store'}")
        sync_folder(database.parent)
    except OSError as exc:
        for source, target in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        with contextlib.suppress(OSError):
            sync_folder(database.parent)
        raise StoreError(database, "restore.set_aside_failed", detail=exc.strerror or exc) from exc


def _journal(database: Path) -> Path:
    return database.with_name(database.name + JOURNAL_SUFFIX)


def _incoming(database: Path) -> Path:
    return database.with_name(database.name + INCOMING_SUFFIX)


def _write_journal(database: Path, *, aside: Path | None, incoming: Path | None) -> None:
    """Write the plan whole and flushed (under a temporary name, then renamed)."""
    plan = {"aside": aside.name if aside else None, "incoming": incoming.name if incoming else None}
    journal = _journal(database)
    partial = journal.with_name(journal.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(plan).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, journal)
    sync_folder(journal.parent)


def _end_journal(database: Path) -> None:
    _journal(database).unlink(missing_ok=True)
    sync_folder(database.parent)
