"""A write-ahead log that is not the store's own is refused before SQLite can replay it; both
files stay byte for byte as they were. The store's own log, left by a crash, is replayed.

Real files throughout: a store is written through the app, and its files are copied while a
connection still holds the log (as a crash, or a copy of a live folder, leaves them).
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.backups import list_backups, take_backup
from coprod_desktop.storage.database import STORE_NAME, open_store
from coprod_desktop.storage.errors import DamagedStoreError
from coprod_desktop.storage.wal_check import committed_page_ones, file_store_id

WAL = "-wal"


def crashed_copy(source: Path, into: Path, *, title: str) -> Path:
    """A data folder whose store holds the demo (titled ``title``) with its changes still in
    the log, copied as a crash leaves it: store and ``-wal``, no checkpoint."""
    folder = open_data_folder(source)
    try:
        store = folder.store
        service = WorkshopService(store)
        workshop_id = create_demo(store)
        demo = service.get(workshop_id)
        service.delete(workshop_id)  # erase empties the log: write again so the log holds it
        service.add(dataclasses.replace(demo, title=title))
        into.mkdir(parents=True)
        for suffix in ("", WAL):
            shutil.copyfile(source / f"{STORE_NAME}{suffix}", into / f"{STORE_NAME}{suffix}")
    finally:
        folder.close()
    assert (into / f"{STORE_NAME}{WAL}").stat().st_size > 0
    return into


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.name.startswith(STORE_NAME)
    }


def titles(folder: Path) -> list[str]:
    store = open_store(folder)
    try:
        return [s.title for s in WorkshopService(store).list()]
    finally:
        store.close()


def test_the_stores_own_log_left_by_a_crash_is_replayed(tmp_path: Path) -> None:
    folder = crashed_copy(tmp_path / "a", tmp_path / "crashed", title="Ours")
    assert committed_page_ones((folder / f"{STORE_NAME}{WAL}").read_bytes())
    assert titles(folder) == ["Ours"]


def test_a_log_from_another_store_is_refused_and_both_files_kept(tmp_path: Path) -> None:
    ours = crashed_copy(tmp_path / "a", tmp_path / "ours", title="Ours")
    theirs = crashed_copy(tmp_path / "b", tmp_path / "theirs", title="Theirs")
    shutil.copyfile(theirs / f"{STORE_NAME}{WAL}", ours / f"{STORE_NAME}{WAL}")
    before = digests(ours)
    with pytest.raises(DamagedStoreError) as refused:
        open_store(ours)
    assert refused.value.code == "store.foreign_wal"
    assert digests(ours) == before  # nothing replayed, renamed or removed
    assert not list_backups(ours / "backups")  # and no backup taken of a hybrid


def test_without_the_check_sqlite_merges_another_stores_log(tmp_path: Path) -> None:
    """The control: SQLite itself replays the foreign log into a hybrid."""
    ours = crashed_copy(tmp_path / "a", tmp_path / "ours", title="Ours")
    theirs = crashed_copy(tmp_path / "b", tmp_path / "theirs", title="Theirs")
    shutil.copyfile(theirs / f"{STORE_NAME}{WAL}", ours / f"{STORE_NAME}{WAL}")
    db = sqlite3.connect(ours / STORE_NAME)
    try:
        seen = db.execute("SELECT title FROM workshop").fetchall()
    except sqlite3.DatabaseError:
        seen = [("a damaged hybrid",)]
    finally:
        db.close()
    assert seen != [("Ours",)]


def test_a_backup_copied_over_the_store_beside_its_stale_log_is_refused(tmp_path: Path) -> None:
    folder = crashed_copy(tmp_path / "a", tmp_path / "live", title="Ours")
    backup = take_backup(tmp_path / "a" / STORE_NAME, tmp_path / "backups")  # as the app takes
    assert file_store_id(backup) != file_store_id(folder / STORE_NAME)
    shutil.copyfile(backup, folder / STORE_NAME)
    before = digests(folder)
    with pytest.raises(DamagedStoreError) as refused:
        open_store(folder)
    assert refused.value.code == "store.foreign_wal"
    assert digests(folder) == before


def test_a_store_from_before_the_marker_opens_with_its_log_and_gets_an_id(
    tmp_path: Path,
) -> None:
    folder = crashed_copy(tmp_path / "a", tmp_path / "live", title="Ours")
    data = bytearray((folder / STORE_NAME).read_bytes())
    data[60:64] = bytes(4)  # user_version 0, as every store had before
    (folder / STORE_NAME).write_bytes(bytes(data))
    assert titles(folder) == ["Ours"]
    assert file_store_id(folder / STORE_NAME) != 0


def test_a_live_log_of_a_program_holding_the_store_is_not_judged(tmp_path: Path) -> None:
    """A database browser with the store open has written: its log is live (and need not
    hold page 1). That is "busy", never "another store's log"."""
    folder = crashed_copy(tmp_path / "a", tmp_path / "live", title="Ours")
    assert titles(folder) == ["Ours"]
    script = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(folder / STORE_NAME)!r}, isolation_level=None)\n"
        "c.execute(\"UPDATE workshop SET venue = 'Hall'\")\n"
        # Folded in, then a change in place: the live log holds that one page, not page 1.
        "c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "c.execute(\"UPDATE workshop SET venue = 'Hal2'\")\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
    )
    browser = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert browser.stdout is not None and browser.stdout.readline() == "ready\n"
        assert committed_page_ones((folder / f"{STORE_NAME}{WAL}").read_bytes()) == []
        store = open_store(folder)  # no refusal: it opens (or would say busy)
        store.close()
    finally:
        assert browser.stdin is not None
        browser.stdin.close()
        browser.wait(timeout=30)
        if browser.stdout is not None:
            browser.stdout.close()
