"""Automatic backups: consistent copies through the backup API, rotated, taken only on change."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from coprod_desktop.services.demo import create_demo
from coprod_desktop.storage.backups import list_backups, take_backup
from coprod_desktop.storage.database import STORE_NAME, open_store


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
