"""Start-up benchmark: launch to first paint, the app against a bare PySide6 window.

Each trial starts a fresh Python process. The parent notes the wall-clock time just before
spawning it; the child prints the wall-clock time of the first paint event it sees. Bare and
app trials alternate so that both meet the same machine state. Run:

    .venv/bin/python bench/startup.py [--trials 15]

Ends with one line: ``startup: ratio R (median app A ms vs bare window B ms)``.
Target (issue 2): ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
from pathlib import Path
mode, data_dir = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print(f"painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
if mode == "bare":
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1100, 700)
    window.show()
else:
    sys.path.insert(0, sys.argv[3])
    from coprod_desktop.ui.application import start_gui
    app, window = start_gui(Path(data_dir))
app.exec()
"""


def one_trial(mode: str, data_dir: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(data_dir), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{mode}: no paint seen (exit {result.returncode}): {result.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "demo"],
            check=True,
            capture_output=True,
        )
        one_trial("bare", data)  # warm the OS file cache for both
        one_trial("app", data)
        bare: list[float] = []
        app: list[float] = []
        for _ in range(args.trials):
            bare.append(one_trial("bare", data))
            app.append(one_trial("app", data))
    b, a = statistics.median(bare), statistics.median(app)
    print(
        f"bare window: median {b * 1000:.0f} ms (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(
        f"app:         median {a * 1000:.0f} ms (min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})"
    )
    print(
        f"startup: ratio {a / b:.2f} (median app {a * 1000:.0f} ms vs bare window {b * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
