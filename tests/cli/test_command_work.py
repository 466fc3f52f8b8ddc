"""What a command does not do: work it does not need, which would slow every run of it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import ROOT

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


#: Loaded by a command that writes to the store, never by one that only reads a workshop:
#: together about a third of a `report` command's time on one core (docs/benchmarks.md).
NOT_FOR_READING = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "coprod_desktop.storage.tables",
    "coprod_desktop.storage.repositories",
    "coprod_desktop.services.frameworks",
    # The web client (with email, ssl and socket) that ``xml.sax.saxutils`` loads just to
    # escape three characters; the report escapes with ``html.escape``.
    "http.client",
)
PROBE = """
import sys
from coprod_desktop.app import main
status = main(sys.argv[1:])
print([name for name in {names!r} if name in sys.modules])
sys.exit(status)
"""


@pytest.mark.parametrize("output", ["report.pdf", "data.xlsx"])
def test_reading_commands_load_no_orm(data: Path, tmp_path: Path, output: str) -> None:
    """`report` and `export-data` read the workshop with plain SQL through ``sqlite3``."""
    command = "report" if output.endswith(".pdf") else "export-data"
    probe = PROBE.format(names=NOT_FOR_READING)
    result = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(data), command, "1",
         "-o", str(tmp_path / output)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {tmp_path / output}", "[]"]
