"""The import rules cover new code by default: a package nobody has listed yet is checked."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _copy_of_the_code(tmp_path: Path) -> Path:
    copy = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "coprod_desktop", copy / "coprod_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )  # fmt: skip
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def _lint(copy: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(copy / "pyproject.toml"), "--no-cache"],
        cwd=copy, env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def test_new_packages_and_new_imports_are_covered_without_being_listed(tmp_path: Path) -> None:
    copy = _copy_of_the_code(tmp_path)
    clean = _lint(copy)
    assert clean.returncode == 0, clean.stdout  # the copy itself keeps every rule

    package = copy / "coprod_desktop"
    newcomer = package / "newcomer"
    newcomer.mkdir()
    (newcomer / "__init__.py").write_text("")
    (newcomer / "qt.py").write_text("import PySide6.QtCore\n")
    (newcomer / "windows.py").write_text("import coprod_desktop.ui.messages\n")
    (newcomer / "database.py").write_text("import sqlite3\n")
    (package / "ui" / "peeks.py").write_text(
        "import sqlite3\nimport coprod_desktop.storage.tables\n"
    )
    broken = _lint(copy)
    assert broken.returncode != 0
    out = broken.stdout
    assert "Qt stays in the UI: only ui/ imports PySide6 BROKEN" in out
    assert "coprod_desktop.newcomer.qt" in out
    assert "Only the composition root opens the windows BROKEN" in out
    assert "Only storage and services talk to the database BROKEN" in out
    assert "The windows reach the store through services BROKEN" in out
    assert "coprod_desktop.ui.peeks" in out
