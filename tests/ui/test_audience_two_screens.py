"""Runs the two-screen audience cases (tests/ui/_two_screen_cases.py) in a fresh process with
a laptop and a projector screen: Qt chooses its platform once per process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

CASES = ROOT / "tests" / "ui" / "_two_screen_cases.py"
SCREENS = ROOT / "tests" / "two-screens.json"


def test_two_screen_cases_pass_on_a_laptop_and_a_projector() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS}")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(CASES), "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert " passed" in report and "failed" not in report
    assert "7 passed" in report, report
