"""`check` names each unusable store's problem; `restore` sets it aside and brings back the
newest good backup; every other command points the way there."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coprod_desktop import cli
from coprod_desktop.storage.database import STORE_NAME
from tests.storage.damage import CASES, damage, folder_with_a_backup

PROBLEM_WORDS = {
    "empty": "damaged — {store} is empty (0 bytes)",
    "text": "not a CoProd Desktop store — {store} is not a CoProd Desktop store",
    "truncated": "damaged — {store} is cut short",
    "damaged page": "damaged — {store} is damaged",
    "not ours": "not a CoProd Desktop store — {store} is an SQLite database, but not",
    "newer": "from a newer CoProd Desktop — {store} was written by a newer CoProd Desktop",
}


def run(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(folder), *args]), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    folder_with_a_backup(data)
    return data


@pytest.mark.parametrize("case", CASES)
def test_check_reports_each_case_in_one_line(folder: Path, case: str) -> None:
    original = damage(folder, case)
    code, out, _err = run(folder, "check")
    assert code == cli.EXIT_UNHEALTHY
    (problem,) = [line for line in out.splitlines() if line.startswith("problem:")]
    assert PROBLEM_WORDS[case].format(store=folder / STORE_NAME) in problem
    assert "backups:    1 good, newest" in out
    assert "(1 workshop)" in out
    assert "`coprod-desktop restore` sets this file aside" in out
    assert (folder / STORE_NAME).read_bytes() == original


def test_other_commands_point_to_restore(folder: Path) -> None:
    damage(folder, "damaged page")
    code, out, err = run(folder, "list")
    assert code == cli.EXIT_ERROR
    assert out == ""
    assert err.count("\n") == 1
    assert "is damaged" in err
    assert "`coprod-desktop restore` restores the newest good backup" in err


def test_restore_list_then_restore(folder: Path) -> None:
    original = damage(folder, "truncated")
    code, out, _err = run(folder, "restore", "--list")
    assert code == cli.EXIT_OK
    (line,) = out.splitlines()
    assert "\t1 workshop\t" in line
    backup = Path(line.split("\t")[-1])
    assert backup.parent == folder / "backups"

    code, out, _err = run(folder, "restore", "--backup", str(backup))
    assert code == cli.EXIT_OK
    assert "(1 workshop) into" in out
    aside = Path(out.splitlines()[-1].rsplit(" as ", 1)[1])
    assert aside.read_bytes() == original

    code, out, _err = run(folder, "list")
    assert code == cli.EXIT_OK
    assert len(out.splitlines()) == 1
    assert run(folder, "check")[0] == cli.EXIT_OK


def test_restore_refuses_a_file_that_is_not_a_backup(folder: Path, tmp_path: Path) -> None:
    stray = tmp_path / "elsewhere.sqlite"
    stray.write_bytes(b"")
    code, _out, err = run(folder, "restore", "--backup", str(stray))
    assert code == cli.EXIT_ERROR
    assert "is not one of this data folder's automatic backups" in err
    assert run(folder, "list")[1].count("\n") == 2  # both workshops still there


def test_restore_with_no_backups_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    folder.mkdir()
    (folder / STORE_NAME).write_bytes(b"")
    code, out, err = run(folder, "restore")
    assert code == cli.EXIT_ERROR
    assert "there is no automatic backup in" in err
    assert (folder / STORE_NAME).read_bytes() == b""
    code, out, _err = run(folder, "check")
    assert code == cli.EXIT_UNHEALTHY
    assert "backups:    no good automatic backup" in out
    assert "restore --empty` sets it aside" in out  # the way on, named


def test_restore_empty_sets_the_file_aside_when_no_backup_can_help(tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    folder.mkdir()
    (folder / STORE_NAME).write_bytes(b"half a file")
    code, out, err = run(folder, "restore", "--empty")
    assert (code, err) == (cli.EXIT_OK, "")
    (aside,) = folder.glob(f"{STORE_NAME}.*-*")
    assert aside.read_bytes() == b"half a file" and str(aside) in out
    code, out, _err = run(folder, "check")
    assert code == cli.EXIT_OK, out
    code, _out, err = run(folder, "restore", "--empty")  # a healthy store is not set aside
    assert code == cli.EXIT_ERROR and "opens normally" in err
