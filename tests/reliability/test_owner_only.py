"""Least privilege on POSIX: everything the app writes is readable by its owner only (files
0600, folders 0700), even under a permissive umask: the store, its -wal and -shm, the lock,
backups, and every export (report, blank form, CSV, XLSX, JSON, workshop file)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.report.formats import Export
from coprod_desktop.report.options import Paper
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.files import write_atomic
from coprod_desktop.storage.backups import take_backup

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask-022", "umask-002", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): mode(p) for p in sorted(folder.rglob("*"))}


def test_a_permissive_umask_would_otherwise_make_files_readable_by_all(
    umask: int, tmp_path: Path
) -> None:
    """The control: under this umask, a file opened the ordinary way is readable by others."""
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert mode(plain) == 0o666 & ~umask
    assert mode(plain) & 0o044


def test_everything_the_app_writes_is_owner_only(umask: int, tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    out = tmp_path / "exports"
    out.mkdir()
    with open_data_folder(data) as folder:
        demo_id = create_demo(folder.store)
        # While open: the store, its WAL and shared-memory files, the lock.
        for name in ("coprod.sqlite", "coprod.sqlite-wal", "coprod.sqlite-shm", "coprod.lock"):
            assert mode(data / name) == 0o600, name
        take_backup(folder.store.path, folder.store.backups_dir)
        exports = ExportService(folder.store)
        exports.write(Export.REPORT, demo_id, out / "report.pdf", paper=Paper.A4)
        exports.write(Export.BLANK_FORM, demo_id, out / "form.pdf")
        for suffix in (".csv", ".xlsx", ".json"):
            exports.write(Export.DATA, demo_id, out / f"data{suffix}")
        WorkshopExchange(folder.store).export_file(demo_id, out / "demo.coprod")
    with open_data_folder(data):  # reopening a changed store takes an automatic backup
        pass
    found = modes_under(data)
    assert mode(data) == 0o700
    assert len([n for n in found if n.startswith("backups/")]) >= 2
    for name, bits in found.items():
        expected = 0o700 if (data / name).is_dir() else 0o600
        assert bits == expected, f"{name} is {bits:o}"
    assert modes_under(out) == {
        name: 0o600
        for name in ("data.csv", "data.json", "data.xlsx", "demo.coprod", "form.pdf", "report.pdf")
    }


def test_replacing_an_existing_readable_file_makes_it_owner_only(
    umask: int, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")
    path.chmod(0o644)
    write_atomic(path, b"new")
    assert (path.read_bytes(), mode(path)) == (b"new", 0o600)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary left behind
