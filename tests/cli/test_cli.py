"""The command line, run as a real process: exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop import cli
from tests.conftest import ROOT


def run(
    *args: str, data: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "main.py")]
    if data is not None:
        command += ["--data-dir", str(data)]
    return subprocess.run(
        [*command, *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("coprod-desktop: ")
    assert needle in lines[0]


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == "CoProd Desktop 0.1.0"
    helptext = run("--help").stdout
    for command in ("demo", "list", "export", "import", "check", "--data-dir"):
        assert command in helptext


def test_demo_list_export_import_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    demo = run("demo", data=data)
    assert demo.returncode == 0, demo.stderr
    first = demo.stdout.strip()
    assert first.isdigit()
    listing = run("list", data=data).stdout.strip().splitlines()
    assert len(listing) == 1
    wid, date, _title, groups, complete = listing[0].split("\t")
    assert (wid, date, groups) == (first, "2026-11-12", "4 groups")
    assert complete.endswith("% rated")
    out = tmp_path / "demo.coprod"
    exported = run("export", first, "-o", str(out), data=data)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text())["format"] == "coprod-workshop"
    imported = run("import", str(out), data=data)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().isdigit() and imported.stdout.strip() != first
    assert len(run("list", data=data).stdout.strip().splitlines()) == 2
    check = run("check", data=data)
    assert check.returncode == 0, check.stderr
    assert "integrity:  ok" in check.stdout
    assert "workshops:  2" in check.stdout
    assert "verdict:    healthy" in check.stdout


def test_data_dir_comes_from_the_environment_too(tmp_path: Path) -> None:
    data = tmp_path / "usb-stick" / "coprod-data"
    assert run("demo", env={"COPROD_DATA_DIR": str(data)}).returncode == 0
    assert (data / "coprod.sqlite").exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("export", "999", "-o", "x.coprod"), "no workshop with id 999"),
        (("import", "missing.coprod"), "missing.coprod: there is no such file"),
    ],
)
def test_bad_input_gives_one_line(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    assert_one_line_error(run(*args, data=tmp_path / "data"), needle)


def test_malformed_import_names_the_file_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run("demo", data=data)
    before = run("list", data=data).stdout
    bad = tmp_path / "broken.coprod"
    bad.write_text('{"format": "coprod-workshop", "format_version": 1, "workshop": {"title": 3}}')
    assert_one_line_error(
        run("import", str(bad), data=data),
        "broken.coprod (workshop): the field “framework” is missing",
    )
    assert run("list", data=data).stdout == before


def test_foreign_store_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "coprod.sqlite").write_text("not a database")
    assert_one_line_error(run("list", data=data), "not a CoProd Desktop store")
    assert (data / "coprod.sqlite").read_text() == "not a database"


def test_usage_errors_exit_2() -> None:
    result = run("export")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--data-dir", "stick/coprod-data"],
        ["--data-dir=stick/coprod-data"],
        ["--data-dir", ""],
        ["talk.coprod", "--data-dir", "elsewhere"],
        ["--data-dir", "--version"],  # not a folder: the parser's usage error
        ["--data", "elsewhere"],  # an abbreviation: the parser reads it
        ["--data-dir", "a", "--data-dir", "b"],
    ],
)
def test_a_launch_of_the_app_is_read_as_the_parser_reads_it(words: list[str]) -> None:
    """Opening the app skips building every command's parser (start-up time): the words
    mean exactly what they mean to the parser, and anything else still goes to it."""
    rest = [word for word in words if word != "talk.coprod"]
    try:
        expected = vars(cli.build_parser().parse_args(rest))
    except SystemExit as usage:
        with pytest.raises(SystemExit) as same:
            cli.parse(words)
        assert same.value.code == usage.code
        return
    opened = Path("talk.coprod").resolve() if "talk.coprod" in words else None
    assert vars(cli.parse(words)) == {**expected, "open_file": opened}


def test_second_instance_is_refused(tmp_path: Path) -> None:
    from coprod_desktop.services.data_folder import open_data_folder

    folder = open_data_folder(tmp_path / "data")
    try:
        assert_one_line_error(run("list", data=tmp_path / "data"), "already open in another")
    finally:
        folder.close()


@pytest.mark.parametrize("typed", ["1" * 23, "¹", "0", "-3", "٣"])
def test_an_id_no_store_can_hold_is_refused_in_one_line(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as refused:
        cli.parse(["export", typed, "-o", "x.coprod"])
    assert refused.value.code == cli.EXIT_USAGE
    said = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"argument ID: {typed!r} is not a workshop id (see list)" in said


def test_errors_are_worded_in_the_language_chosen_in_the_app(tmp_path: Path) -> None:
    """The app keeps the language with Qt's settings; the command line (no Qt) reads it."""
    config = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    subprocess.run(
        [sys.executable, "-c", "from coprod_desktop.ui.i18n import save_language; "
         "save_language('cy')"],
        check=True, env={**os.environ, **config, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT,
    )  # fmt: skip
    args = ("export", "999", "-o", "x.coprod")
    welsh = run(*args, data=tmp_path / "data", env=config)
    assert_one_line_error(welsh, "Does dim gweithdy â'r rhif adnabod 999.")
    english = run(*args, data=tmp_path / "data", env={"XDG_CONFIG_HOME": str(tmp_path / "none")})
    assert_one_line_error(english, "There is no workshop with id 999.")
