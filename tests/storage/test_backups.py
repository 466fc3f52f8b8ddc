"""Automatic backups: consistent copies through the backup API, rotated, taken only on change."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from coprod_desktop.services.demo import create_demo
from coprod_desktop.storage import schema
from coprod_desktop.storage.backups import list_backups, take_backup
from coprod_desktop.storage.database import STORE_NAME, open_store
from tests.worded import worded


def count_workshops(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM workshop").fetchone()[0])
    finally:
        conn.close()


def test_backup_includes_changes_still_in_the_wal(tmp_path: Path) -> None:
    from coprod_desktop.services.frameworks import FrameworkService

    store = open_store(tmp_path)
    try:
        FrameworkService(store).install_builtins()
        create_demo(store)  # committed, but in the WAL while the store is open
        copy = take_backup(store.path, tmp_path / "backups")
        assert count_workshops(copy) == 1
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        store.close()


def test_backups_rotate_keeping_the_newest(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    folder = tmp_path / "backups"
    taken = [take_backup(tmp_path / STORE_NAME, folder, keep=3) for _ in range(5)]
    kept = [b.path for b in list_backups(folder)]
    assert kept == list(reversed(taken[-3:]))
    assert not list(folder.glob("*.partial"))


def test_open_backs_up_a_changed_store_once(tmp_path: Path) -> None:
    from coprod_desktop.services.frameworks import FrameworkService

    store = open_store(tmp_path)
    FrameworkService(store).install_builtins()
    create_demo(store)
    store.close()
    assert list_backups(tmp_path / "backups") == []  # a brand-new store needs none
    open_store(tmp_path).close()
    first = list_backups(tmp_path / "backups")
    assert len(first) == 1
    assert count_workshops(first[0].path) == 1
    open_store(tmp_path).close()  # nothing changed since: no new backup
    assert list_backups(tmp_path / "backups") == first


def _changed_store_opened(folder: Path) -> None:
    """Add a workshop (so the store changes), then open it again: a backup is due."""
    from coprod_desktop.services.frameworks import FrameworkService

    store = open_store(folder)
    FrameworkService(store).install_builtins()
    create_demo(store)
    store.close()
    open_store(folder).close()


def test_a_clock_set_back_never_stops_the_backups(tmp_path: Path) -> None:
    _changed_store_opened(tmp_path)
    (first,) = list_backups(tmp_path / "backups")
    # Taken while the clock ran years ahead: its name and time lie in the future.
    ahead = first.path.with_name(f"coprod-{first.sequence:06d}-29990101-000000-000000.sqlite")
    first.path.rename(ahead)
    future = 32503680000 * 10**9  # the year 3000, in nanoseconds
    os.utime(ahead, ns=(future, future))

    _changed_store_opened(tmp_path)

    backups = list_backups(tmp_path / "backups")
    assert [b.path for b in backups][1:] == [ahead]
    assert backups[0].sequence == first.sequence + 1  # the newest, by sequence not by clock
    assert count_workshops(backups[0].path) == 2


def test_a_store_touched_but_not_changed_takes_no_new_backup(tmp_path: Path) -> None:
    _changed_store_opened(tmp_path)
    before = list_backups(tmp_path / "backups")
    os.utime(tmp_path / STORE_NAME)  # a sync client or a copy touched it: same content
    open_store(tmp_path).close()
    assert list_backups(tmp_path / "backups") == before


def test_a_migration_that_keeps_failing_keeps_every_good_backup(tmp_path: Path) -> None:
    for _ in range(3):  # three good backups, each with one more workshop
        _changed_store_opened(tmp_path)
    good = [b.path for b in list_backups(tmp_path / "backups")]
    assert len(good) == 3
    conn = sqlite3.connect(tmp_path / STORE_NAME)
    conn.execute("DELETE FROM alembic_version")  # looks unmigrated: creating tables clashes
    conn.commit()
    conn.close()

    for _attempt in range(10):
        with pytest.raises(schema.MigrationFailedError) as failed:
            open_store(tmp_path, keep_backups=3)
        said = worded(failed.value)
        assert "\n" not in said and "SQL" not in said, said
        assert "could not be brought up to date (table" in said

    kept = [b.path for b in list_backups(tmp_path / "backups")]
    assert set(good) <= set(kept)  # every good backup is still there
    assert len(kept) == 4  # and the failing store's one copy, taken once
