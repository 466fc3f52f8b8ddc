"""Damaged and unusable stores: refused with a clear message, never overwritten, deleted or
backed up over good backups; set aside (bytes unchanged) only when a backup is restored."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.restore import (
    ProblemKind,
    find_problem,
    good_backups,
    restore_backup,
    start_afresh,
)
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage import errors
from coprod_desktop.storage.backups import list_backups
from coprod_desktop.storage.database import STORE_NAME, write_error
from coprod_desktop.storage.lock import DataFolderLock
from tests.storage.damage import CASES, KINDS, damage, folder_with_a_backup
from tests.worded import raises_worded, worded


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    folder_with_a_backup(data)
    return data


def workshop_ids(folder: Path) -> list[int]:
    with open_data_folder(folder) as data:
        return sorted(w.id for w in WorkshopService(data.store).list())


@pytest.mark.parametrize("case", CASES)
def test_each_case_is_refused_clearly_and_left_as_it_is(folder: Path, case: str) -> None:
    original = damage(folder, case)
    backups_before = list_backups(folder / "backups")
    error_name, phrase = CASES[case]

    with pytest.raises(errors.StoreError) as refused:
        open_data_folder(folder)

    assert type(refused.value).__name__ == error_name
    assert phrase in worded(refused.value)
    assert str(folder / STORE_NAME) in worded(refused.value)
    assert (folder / STORE_NAME).read_bytes() == original
    # A damaged store is never copied over the good backups.
    assert list_backups(folder / "backups") == backups_before
    assert not list(folder.glob(f"{STORE_NAME}.*-*"))  # nothing set aside unasked


@pytest.mark.parametrize("case", CASES)
def test_each_case_offers_the_latest_good_backup(folder: Path, case: str) -> None:
    damage(folder, case)
    problem = find_problem(folder)
    assert problem is not None
    assert problem.kind is ProblemKind(KINDS[case])
    assert problem.latest is not None
    assert problem.latest.workshop_count == 1
    assert CASES[case][1] in worded(problem.error)


@pytest.mark.parametrize("case", CASES)
def test_restore_sets_the_file_aside_byte_for_byte_and_brings_back_the_backup(
    folder: Path, case: str
) -> None:
    original = damage(folder, case)
    (latest,) = good_backups(folder)

    done = restore_backup(folder)

    assert done.backup == latest
    assert done.set_aside_as is not None
    assert done.set_aside_as.name.startswith(f"{STORE_NAME}.{KINDS[case]}-")
    assert done.set_aside_as.read_bytes() == original
    assert workshop_ids(folder) == [1]  # the backup's one workshop, not a fresh empty store
    assert find_problem(folder) is None


def test_a_healthy_store_needs_no_restore(folder: Path) -> None:
    assert find_problem(folder) is None
    assert workshop_ids(folder) == [1, 2]


def test_a_backup_failing_its_check_is_passed_over(folder: Path) -> None:
    with open_data_folder(folder):  # nothing changed: no new backup
        pass
    older = list_backups(folder / "backups")[0].path
    newer = older.with_name("coprod-29990101-000000-000000.sqlite")
    newer.write_bytes(older.read_bytes()[:8192])  # cut short
    damage(folder, "empty")

    problem = find_problem(folder)
    assert problem is not None
    assert problem.bad_backups == 1
    assert problem.latest is not None and problem.latest.path == older
    assert restore_backup(folder).backup.path == older
    with raises_worded(errors.RestoreError, match="cannot be restored"):
        restore_backup(folder, newer)


def test_no_good_backup_leaves_the_file_as_it_is(folder: Path) -> None:
    for backup in list_backups(folder / "backups"):
        backup.path.write_bytes(b"")
    original = damage(folder, "truncated")
    with raises_worded(errors.RestoreError, match="none of the automatic backups"):
        restore_backup(folder)
    assert (folder / STORE_NAME).read_bytes() == original
    assert not list(folder.glob(f"{STORE_NAME}.*-*"))


def test_restore_waits_for_the_app_to_close_the_folder(folder: Path) -> None:
    with open_data_folder(folder), pytest.raises(errors.StoreInUseError):
        restore_backup(folder)
    assert workshop_ids(folder) == [1, 2]


def test_restoring_over_a_healthy_store_keeps_it_aside(folder: Path) -> None:
    before = (folder / STORE_NAME).read_bytes()
    done = restore_backup(folder)
    assert done.set_aside_as is not None
    assert done.set_aside_as.name.startswith(f"{STORE_NAME}.before-restore-")
    assert done.set_aside_as.read_bytes() == before
    assert workshop_ids(folder) == [1]


@pytest.mark.parametrize(
    ("raised", "kind", "start"),
    [
        (sqlite3.OperationalError("database or disk is full"), errors.DiskFullError,
         "The disk is full — "),
        (OSError(errno.ENOSPC, "No space left on device"), errors.DiskFullError,
         "The disk is full — "),
        (sqlite3.OperationalError("attempt to write a readonly database"), errors.ReadOnlyError,
         "The folder "),
        (OSError(errno.EROFS, "Read-only file system"), errors.ReadOnlyError, "The folder "),
    ],
)  # fmt: skip
def test_write_failures_say_what_happened(
    tmp_path: Path, raised: Exception, kind: type[errors.StoreError], start: str
) -> None:
    said = write_error(tmp_path / STORE_NAME, raised)
    assert type(said) is kind
    assert worded(said).startswith(start)
    assert "Everything saved before is safe" in worded(said)
    if kind is errors.ReadOnlyError:
        assert f"The folder {tmp_path} is read-only" in worded(said)


@pytest.mark.parametrize("case", CASES)
def test_starting_afresh_sets_the_file_aside_byte_for_byte_and_opens_empty(
    folder: Path, case: str
) -> None:
    for backup in list_backups(folder / "backups"):
        backup.path.write_bytes(b"")  # no backup can help: the last way on is an empty file
    original = damage(folder, case)
    aside = start_afresh(folder)
    assert aside is not None and aside.name.startswith(f"{STORE_NAME}.{KINDS[case]}-")
    assert aside.read_bytes() == original
    assert not (folder / STORE_NAME).exists()
    assert workshop_ids(folder) == []  # opens, empty, with the built-in frameworks
    assert find_problem(folder) is None


def test_starting_afresh_refuses_a_healthy_store_and_an_open_folder(folder: Path) -> None:
    with raises_worded(errors.RestoreError, match="opens normally"):
        start_afresh(folder)
    damage(folder, "truncated")
    with DataFolderLock(folder), pytest.raises(errors.StoreInUseError):  # as the app holds it
        start_afresh(folder)
    assert (folder / STORE_NAME).exists() and not list(folder.glob(f"{STORE_NAME}.*-*"))
