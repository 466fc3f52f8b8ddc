"""Writing an output file never harms another: the store, its log, lock and backups, anything
in the data folder, a device, a pipe, a link, an existing file (without --force); and nothing
partial is left behind, even when the writer is killed."""

from __future__ import annotations

import io
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coprod_desktop import cli
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.storage.backups import list_backups
from coprod_desktop.storage.database import STORE_NAME

ROOT = Path(__file__).resolve().parents[2]
#: command -> the output's suffix
WRITERS = {"report": ".pdf", "blank-form": ".pdf", "export-data": ".json", "export": ".coprod"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    with open_data_folder(data) as opened:
        create_demo(opened.store)
    with open_data_folder(data):  # changed: a backup is taken
        pass
    return data


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(folder), *args]), out, err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def refused(folder: Path, command: str, output: Path, phrase: str) -> None:
    code, out, err = run(folder, command, "1", "-o", str(output))
    assert code == cli.EXIT_ERROR, (command, output, out)
    # export-data names its format by the suffix: it may refuse a store's name for that first.
    wrong_suffix = command == "export-data" and output.suffix not in (".csv", ".xlsx", ".json")
    assert err.count("\n") == 1, err
    assert phrase in err or (wrong_suffix and "name the file .csv" in err), err


@pytest.mark.parametrize("command", WRITERS)
def test_nothing_in_the_data_folder_can_be_written_over(folder: Path, command: str) -> None:
    before = snapshot(folder)
    (backup,) = list_backups(folder / "backups")
    targets = [folder / STORE_NAME, Path(f"{folder / STORE_NAME}-wal"),
               Path(f"{folder / STORE_NAME}-shm"), folder / "coprod.lock", backup.path,
               folder / f"new{WRITERS[command]}", folder / "backups" / "x.pdf"]  # fmt: skip
    for target in targets:
        refused(folder, command, target, "is inside the data folder")
    # Also by a path that only leads there through a link to the folder.
    (folder.parent / "shortcut").symlink_to(folder)
    refused(folder, command, folder.parent / "shortcut" / STORE_NAME, "inside the data folder")
    assert snapshot(folder) == before
    assert not Path(f"{folder / STORE_NAME}-wal").exists()


@pytest.mark.parametrize("command", WRITERS)
def test_devices_pipes_and_links_are_refused(folder: Path, tmp_path: Path, command: str) -> None:
    pipe = tmp_path / f"pipe{WRITERS[command]}"
    os.mkfifo(pipe)
    refused(folder, command, pipe, "is not a plain file")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    refused(folder, command, Path(os.devnull), "is not a plain file")
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file")
    link = tmp_path / f"link{WRITERS[command]}"
    link.symlink_to(elsewhere)
    refused(folder, command, link, "is a link to")
    assert link.is_symlink() and elsewhere.read_text() == "someone else's file"
    refused(folder, command, tmp_path, "is not a plain file")  # a folder


@pytest.mark.parametrize("command", WRITERS)
def test_an_existing_file_is_replaced_only_with_force(
    folder: Path, tmp_path: Path, command: str
) -> None:
    existing = tmp_path / f"last-year{WRITERS[command]}"
    existing.write_bytes(b"last year's report")
    refused(folder, command, existing, "already exists; use --force to replace it")
    assert existing.read_bytes() == b"last year's report"

    code, _out, err = run(folder, command, "1", "-o", str(existing), "--force")
    assert code == cli.EXIT_OK, err
    assert existing.read_bytes() != b"last year's report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", existing.name]


_WRITE_UNTIL_KILLED = """
import os, sys
from pathlib import Path
from coprod_desktop.services.files import write_atomic
data = os.urandom(1 << 20) * 40  # 40 MB, as a report with many private notes might be
print("ready", flush=True)
while True:
    write_atomic(Path(sys.argv[1]), data)
"""


def test_a_writer_killed_at_any_moment_leaves_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "report.pdf"
    for n in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITE_UNTIL_KILLED, str(target)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(0.05 + 0.07 * n)  # at different points of the write
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        left = sorted(p.name for p in out.iterdir())
        assert left in ([], ["report.pdf"]), left  # the whole file or none; no .part
        if left:
            assert target.stat().st_size == 40 << 20
