"""A healthy store held by another program, on a full disk or a read-only mount is not damaged:
it gets its own message and way on, is never offered for replacing by a backup, and restore
and start-empty refuse while any other process holds the store."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop import cli
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.restore import find_problem, restore_backup, start_afresh
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage import errors
from coprod_desktop.storage.backups import list_backups
from coprod_desktop.storage.database import STORE_NAME, inspect_file
from coprod_desktop.storage.diagnosis import diagnose, held_elsewhere
from coprod_desktop.storage.erase import purge_from_backups
from tests.storage.damage import damage, folder_with_a_backup
from tests.storage.holder import held
from tests.storage.tmpfs import fill, remount, small_filesystem
from tests.worded import raises_worded, worded


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    folder_with_a_backup(data)  # the store holds two workshops, its backup one
    return data


def workshop_count(folder: Path) -> int:
    with open_data_folder(folder) as data:
        return len(WorkshopService(data.store).list())


def nothing_set_aside(folder: Path) -> bool:
    return not list(folder.glob(f"{STORE_NAME}.*-*"))


def run_cli(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(folder), *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_store_locked_by_another_program_is_busy_not_damaged(folder: Path) -> None:
    store = folder / STORE_NAME
    before = store.read_bytes()
    with held(store, "exclusively"):
        with raises_worded(errors.StoreBusyError, match="in use by another program") as refused:
            open_data_folder(folder)
        assert "not damaged" in worded(refused.value)
        assert find_problem(folder) is None  # no restore is offered for it
        with pytest.raises(errors.StoreBusyError):
            restore_backup(folder)  # the advice that used to swap in an older backup
        with pytest.raises(errors.StoreBusyError):
            start_afresh(folder)
        code, out, err = run_cli(folder, "restore", "--empty")
        assert code == cli.EXIT_ERROR and out == "" and err.count("\n") == 1
        assert "in use by another program" in err and "restore" not in err.split("program")[1]
    assert store.read_bytes() == before
    assert nothing_set_aside(folder)
    assert workshop_count(folder) == 2  # every newer rating still there


@pytest.mark.parametrize("how", ["open", "exclusively"])
def test_a_damaged_store_another_program_holds_is_not_moved(folder: Path, how: str) -> None:
    original = damage(folder, "damaged page")
    store = folder / STORE_NAME
    with held(store, how) as pid:
        if how == "open":
            assert held_elsewhere(store) == pid
        with raises_worded(errors.StoreBusyError, match=f"process {pid}|in use"):
            restore_backup(folder)
        with pytest.raises(errors.StoreBusyError):
            start_afresh(folder)
    assert store.read_bytes() == original
    assert nothing_set_aside(folder)
    assert held_elsewhere(store) is None
    assert restore_backup(folder).set_aside_as is not None  # once it is let go


def test_a_good_backup_another_program_holds_is_never_deleted_as_unreadable(
    folder: Path,
) -> None:
    (backup,) = list_backups(folder / "backups")
    before = backup.path.read_bytes()
    with held(backup.path, "exclusively"), pytest.raises(errors.StoreBusyError):
        purge_from_backups(folder / "backups", "no-such-uid")
    assert backup.path.read_bytes() == before


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (sqlite3.SQLITE_BUSY, errors.StoreBusyError),
        (sqlite3.SQLITE_LOCKED, errors.StoreBusyError),
        (sqlite3.SQLITE_FULL, errors.DiskFullError),
        (sqlite3.SQLITE_READONLY, errors.ReadOnlyError),
        (sqlite3.SQLITE_CORRUPT, errors.DamagedStoreError),
        (sqlite3.SQLITE_NOTADB, errors.DamagedStoreError),
        (sqlite3.SQLITE_IOERR, errors.StoreError),
        (sqlite3.SQLITE_CANTOPEN, errors.StoreError),
    ],
)
def test_only_sqlites_own_corruption_codes_mean_damaged(
    tmp_path: Path, code: int, expected: type[errors.StoreError]
) -> None:
    raised = sqlite3.OperationalError("something went wrong")
    raised.sqlite_errorcode = code | (3 << 8)  # an extended code keeps the primary one low
    said = diagnose(tmp_path / STORE_NAME, raised, writing=False)
    assert type(said) is expected
    assert "\n" not in str(said)


def test_a_store_on_a_read_only_mount_is_read_only_not_damaged(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "stick") as stick:
        data = stick / "coprod-data"
        with open_data_folder(data) as folder:
            create_demo(folder.store)
        with open_data_folder(data) as folder:  # a backup to be tempted by
            create_demo(folder.store)
        remount(stick, read_only=True)
        try:
            assert find_problem(data) is None
            with raises_worded(errors.WriteFailedError, match="read-only"):
                open_data_folder(data)
            with pytest.raises(errors.StoreError) as refused:
                restore_backup(data)
            assert not isinstance(refused.value, errors.DamagedStoreError)
        finally:
            remount(stick, read_only=False)
        assert nothing_set_aside(data)
        assert workshop_count(data) == 2


def test_a_store_on_a_full_disk_is_full_not_damaged(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", size="4m") as disk:
        data = disk / "coprod-data"
        with open_data_folder(data) as folder:
            create_demo(folder.store)
        with open_data_folder(data) as folder:
            create_demo(folder.store)
        (data / STORE_NAME).touch()  # changed since its backup: the next open takes one
        ballast = disk / "ballast"
        fill(ballast)
        try:
            with pytest.raises(errors.DiskFullError):  # SQLite cannot even make its -shm
                inspect_file(data / STORE_NAME)
            assert find_problem(data) is None
            with raises_worded(errors.DiskFullError, match="Free some space"):
                open_data_folder(data)
            with pytest.raises(errors.DiskFullError):
                restore_backup(data)
        finally:
            ballast.unlink()
        assert nothing_set_aside(data)
        assert workshop_count(data) == 2
