"""Crash and power cut: the capture path killed with SIGKILL at random moments loses nothing it
acknowledged, and the data folder reopens at once (the OS drops the lock with the process)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from tests.reliability.crash_capture import prepare_template, run_trial

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_acknowledged_ratings_survive_sigkill(tmp_path: Path) -> None:
    template = tmp_path / "template"
    workshop_id = prepare_template(template)
    first_seed = random.SystemRandom().randrange(1 << 30)
    acknowledged = 0
    for n in range(3):
        seed = first_seed + n
        result = run_trial(template, tmp_path, workshop_id, seed=seed, max_delay=0.3)
        assert result.integrity == ("ok",), f"seed {seed}"
        assert result.lost == (), f"seed {seed}: acknowledged but not stored: {result.lost}"
        acknowledged += result.acknowledged
    assert acknowledged > 0, "the capture child never got as far as a commit"


def test_negative_control_acknowledging_before_commit_is_caught(tmp_path: Path) -> None:
    """The trials can fail: a child that says "saved" before committing is caught."""
    template = tmp_path / "template"
    workshop_id = prepare_template(template)
    first_seed = random.SystemRandom().randrange(1 << 30)
    results = [
        run_trial(template, tmp_path, workshop_id, seed=first_seed + n, max_delay=0.3,
                  control=True)
        for n in range(2)
    ]  # fmt: skip
    assert any(r.lost for r in results), "acknowledged-before-commit ratings went unnoticed"


def test_backups_killed_part_way_leave_only_whole_backups(tmp_path: Path) -> None:
    from tests.reliability.crash_moves import prepare, typical_seconds
    from tests.reliability.crash_moves import run_trial as run_move

    template = tmp_path / "template" / "data"
    prepare(template)
    spread = 1.2 * typical_seconds("backup", template, tmp_path)
    first_seed = random.SystemRandom().randrange(1 << 30)
    for n in range(3):
        lost = run_move("backup", template, tmp_path, seed=first_seed + n, max_delay=spread)
        assert lost == "", f"seed {first_seed + n}: {lost}"
