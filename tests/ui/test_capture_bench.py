"""The capture benchmark's own run, small: every level key pressed after the room has talked
lands on a frame laid out ahead, is committed, and the wall shows what is stored."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

BENCH = Path(__file__).resolve().parents[2] / "bench" / "capture.py"


def test_every_level_key_after_idle_is_copied_from_a_frame_laid_out_ahead(
    tmp_path: Path, qtbot: QtBot
) -> None:
    spec = importlib.util.spec_from_file_location("capture_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["capture_bench"] = bench
    try:
        spec.loader.exec_module(bench)
        session = bench.run(tmp_path, 12, 0.0)
    finally:
        del sys.modules["capture_bench"]
    assert len(session.trials) == 12
    assert all(trial.from_ahead for trial in session.trials)
    assert all(0 < trial.to_wall <= trial.to_console for trial in session.trials)
    assert session.held > 0  # the frames for the next key are ready again
