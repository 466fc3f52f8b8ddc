"""What a command does not do: work it does not need, which would slow every run of it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import run

BUILT_IN = "readiness-default"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("work") / "data"
    result = run("demo", data=folder)
    assert result.returncode == 0, result.stderr
    return folder


def _built_in_name(data: Path, name: str | None = None) -> str:
    """The stored name of the built-in framework, first set to ``name`` when given (as an
    older app would have stored it)."""
    with sqlite3.connect(data / "coprod.sqlite") as connection:
        if name is not None:
            connection.execute(
                "UPDATE framework SET document = json_set(document, '$.name', ?) WHERE key = ?",
                (name, BUILT_IN),
            )
        (stored,) = connection.execute(
            "SELECT json_extract(document, '$.name') FROM framework WHERE key = ?", (BUILT_IN,)
        ).fetchone()
    connection.close()
    return str(stored)


def test_workshop_commands_leave_the_framework_library_alone(data: Path, tmp_path: Path) -> None:
    """Refreshing the built-ins parses every shipped framework: the commands that read only
    workshops skip it; the commands that read the library still refresh it first."""
    shipped = _built_in_name(data)
    _built_in_name(data, "An older app's name")
    for command in (
        ("report", "1", "-o", str(tmp_path / "report.pdf")),
        ("export-data", "1", "-o", str(tmp_path / "data.csv")),
        ("list",),
    ):
        result = run(*command, data=data)
        assert result.returncode == 0, result.stderr
        assert _built_in_name(data) == "An older app's name", command
    result = run("frameworks", "list", data=data)
    assert result.returncode == 0, result.stderr
    assert _built_in_name(data) == shipped
    assert shipped in result.stdout
