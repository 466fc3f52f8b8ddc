"""Workshop files between laptops: nothing lost, nothing half-imported."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.formats.workshop_format import FORMAT_VERSION
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.worded import raises_worded, worded


def dump(store: Store) -> list[str]:
    """Every row in the store, as SQL: equal dumps mean an unchanged store."""
    import sqlite3

    conn = sqlite3.connect(store.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_export_import_round_trip_between_two_laptops(
    store: Store, demo_id: int, tmp_path: Path
) -> None:
    from coprod_desktop.services.data_folder import open_data_folder

    path = tmp_path / "demo.coprod"
    WorkshopExchange(store).export_file(demo_id, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    original = WorkshopService(store).get(demo_id)
    other = open_data_folder(tmp_path / "other-laptop")
    try:
        new_id = WorkshopExchange(other.store).import_file(path)
        assert WorkshopService(other.store).get(new_id) == original
    finally:
        other.close()


def test_importing_twice_adds_a_separate_copy(store: Store, demo_id: int, tmp_path: Path) -> None:
    path = tmp_path / "demo.coprod"
    exchange = WorkshopExchange(store)
    exchange.export_file(demo_id, path)
    copy_id = exchange.import_file(path)
    service = WorkshopService(store)
    original, copy = service.get(demo_id), service.get(copy_id)
    assert copy.uid != original.uid
    assert copy.groups == original.groups


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json at all", "is not valid JSON"),
        (
            b'{"format": "coprod-workshop", "format_version": %d, "workshop": {}}'
            % (FORMAT_VERSION + 1),
            f"version {FORMAT_VERSION + 1}",
        ),
        (b"\x00\x01\x02", "is not valid JSON"),
    ],
)
def test_bad_file_changes_nothing(
    store: Store, demo_id: int, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.coprod"
    path.write_bytes(content)
    before = dump(store)
    with raises_worded(CoprodError, match=message) as info:
        WorkshopExchange(store).import_file(path)
    assert str(path) in worded(info.value)
    assert dump(store) == before


def test_missing_and_oversized_files_are_refused(store: Store, tmp_path: Path) -> None:
    with raises_worded(CoprodError, match="no such file"):
        WorkshopExchange(store).import_file(tmp_path / "nope.coprod")
    big = tmp_path / "big.coprod"
    with big.open("wb") as fh:
        fh.truncate(40 * 1024 * 1024)
    with raises_worded(CoprodError, match="the limit is"):
        WorkshopExchange(store).import_file(big)


def test_export_to_a_missing_folder_fails_cleanly(
    store: Store, demo_id: int, tmp_path: Path
) -> None:
    with raises_worded(CoprodError, match="a file cannot be written here"):
        WorkshopExchange(store).export_file(demo_id, tmp_path / "no" / "such" / "x.coprod")
