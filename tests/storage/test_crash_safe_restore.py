"""Restore and start-empty survive a kill at every step: the next start finishes the move or
finds it never began, the store and its -wal/-shm stay together, and nothing is lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.restore import restore_backup
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage import errors
from coprod_desktop.storage.database import STORE_NAME
from tests.storage.damage import folder_with_a_backup
from tests.worded import raises_worded

ROOT = Path(__file__).resolve().parents[2]
RESTORE_STEPS = ["copied", "journal written", "moved store", "moved -wal", "moved -shm",
                 "in place", "journal removed"]  # fmt: skip
AFRESH_STEPS = ["journal written", "moved store", "moved -wal", "moved -shm", "journal removed"]

# Runs in a child: one more workshop committed, then killed, so it is only in the -wal.
_LEAVE_A_LOG = """
import os, sys
from pathlib import Path
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
folder = open_data_folder(Path(sys.argv[1]))
create_demo(folder.store)
if sys.argv[2] == "newer":
    with folder.store.writing() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
os._exit(0)  # no close: no checkpoint, the -wal and -shm stay
"""

_KILLED_AT = """
import os, signal, sys
from pathlib import Path
from coprod_desktop.services.restore import restore_backup, start_afresh
from tests.worded import raises_worded
def step(name):
    if name == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)
action = restore_backup if sys.argv[2] == "restore" else start_afresh
action(Path(sys.argv[1]), step=step)
"""


def child(script: str, *args: str) -> int:
    return subprocess.run(
        [sys.executable, "-c", script, *args], cwd=ROOT, check=False, timeout=120
    ).returncode


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A folder whose newest backup holds 2 workshops and store 3, the third only in the -wal;
    and the same with the schema marked newer (a problem start-empty may set aside)."""
    made = {}
    for kind in ("healthy", "newer"):
        folder = tmp_path_factory.mktemp(kind) / "data"
        folder_with_a_backup(folder)
        assert child(_LEAVE_A_LOG, str(folder), kind) == 0
        assert Path(f"{folder / STORE_NAME}-wal").stat().st_size > 0
        made[kind] = folder
    return made


def copy_of(template: Path, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    files = {s: Path(f"{folder / STORE_NAME}{s}").read_bytes() for s in ("", "-wal")}
    return folder, files


def workshops_in(store: Path, tmp_path: Path) -> int:
    """How many workshops a store (with its -wal) holds, read from a copy."""
    look = tmp_path / "look"
    look.mkdir(exist_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{store}{suffix}").exists():
            shutil.copyfile(f"{store}{suffix}", look / f"s.sqlite{suffix}")
    conn = sqlite3.connect(look / "s.sqlite")
    try:
        return int(conn.execute("SELECT count(*) FROM workshop").fetchone()[0])
    finally:
        conn.close()
        shutil.rmtree(look)


def set_aside(folder: Path) -> list[Path]:
    return [p for p in folder.glob(f"{STORE_NAME}.*-*") if not p.name.endswith(("-wal", "-shm"))]


def no_leftovers(folder: Path) -> bool:
    names = [p.name for p in folder.iterdir()]
    return not [n for n in names if n.endswith((".moving", ".incoming", ".restoring", ".partial"))]


@pytest.mark.parametrize("kill_at", RESTORE_STEPS)
def test_a_restore_killed_at_any_step_is_finished_or_never_began(
    templates: dict[str, Path], tmp_path: Path, kill_at: str
) -> None:
    folder, before = copy_of(templates["healthy"], tmp_path)
    assert child(_KILLED_AT, str(folder), "restore", kill_at) == -9

    with open_data_folder(folder) as data:  # the next start
        count = len(WorkshopService(data.store).list())
    began = RESTORE_STEPS.index(kill_at) >= RESTORE_STEPS.index("journal written")
    if began:  # finished: the backup in place, the old store aside with its log, whole
        assert count == 2
        (aside,) = set_aside(folder)
        assert aside.read_bytes() == before[""]
        assert Path(f"{aside}-wal").read_bytes() == before["-wal"]
        assert workshops_in(aside, tmp_path) == 3  # the one only in the -wal too
    else:  # never began: the store as it was
        assert count == 3
        assert set_aside(folder) == []
    assert no_leftovers(folder)


@pytest.mark.parametrize("kill_at", AFRESH_STEPS)
def test_start_empty_killed_at_any_step_is_finished_or_never_began(
    templates: dict[str, Path], tmp_path: Path, kill_at: str
) -> None:
    folder, before = copy_of(templates["newer"], tmp_path)
    for backup in (folder / "backups").iterdir():
        backup.write_bytes(b"")  # no backup can help
    assert child(_KILLED_AT, str(folder), "afresh", kill_at) == -9

    with open_data_folder(folder) as data:  # the journal is written first: all finish
        assert WorkshopService(data.store).list() == []
    (aside,) = set_aside(folder)
    assert aside.read_bytes() == before[""]
    assert Path(f"{aside}-wal").read_bytes() == before["-wal"]
    assert workshops_in(aside, tmp_path) == 3
    assert no_leftovers(folder)


def test_a_store_that_cannot_move_whole_is_moved_back(
    templates: dict[str, Path], tmp_path: Path
) -> None:
    folder, before = copy_of(templates["healthy"], tmp_path)

    def block_the_log(name: str) -> None:  # a sharing violation, as Windows gives
        if name == "moved store":
            (aside,) = set_aside(folder)
            Path(f"{aside}-wal").mkdir()

    with raises_worded(errors.StoreError, match="left as it was"):
        restore_backup(folder, step=block_the_log)
    assert (folder / STORE_NAME).read_bytes() == before[""]
    assert Path(f"{folder / STORE_NAME}-wal").read_bytes() == before["-wal"]
    assert set_aside(folder) == []
    assert no_leftovers(folder)
    with open_data_folder(folder) as data:  # the 20 committed ratings are all still there
        assert len(WorkshopService(data.store).list()) == 3


def test_a_log_left_without_its_store_is_set_aside_not_taken_in(
    templates: dict[str, Path], tmp_path: Path
) -> None:
    folder, before = copy_of(templates["healthy"], tmp_path)
    os.remove(folder / STORE_NAME)  # e.g. moved away by hand, its log left behind
    with open_data_folder(folder) as data:
        assert WorkshopService(data.store).list() == []
        assert data.store.quick_check() == "ok"
    (orphan,) = folder.glob(f"{STORE_NAME}.orphan-*-wal")
    assert orphan.read_bytes() == before["-wal"]
