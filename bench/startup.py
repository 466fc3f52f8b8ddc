"""Start-up benchmark: launch to a usable workshop list, against a bare window showing a table.

Each trial starts a fresh Python process on one core (`taskset -c 0` where available). The
parent notes the wall-clock time just before spawning it; the child prints the wall-clock time
at which the list a person can use has been painted:

- **the app**: `start_gui` on a data folder holding ten workshops; the clock stops at the
  first paint of the workshop table with its rows in (not at the "Opening your workshops…"
  state painted before anything is read). The list is read at a glance (plain `sqlite3`,
  read-only) and painted before SQLAlchemy loads and the store is opened; the time until every
  action works (the store open, the services attached) is printed beside it;
- **the floor**: a bare PySide6 window that opens the same SQLite file with `sqlite3`, reads
  the workshops' titles and dates, and shows them in a `QTableWidget`; the clock stops at its
  table's first paint with the rows in.

Trials alternate so that both meet the same machine state; Python runs with bytecode caches
(in a scratch folder), as an installed app does. Run:

    .venv/bin/python bench/startup.py [--trials 11]

Ends with one line: ``startup: ratio R (median list shown A ms vs bare table B ms)``.
Budget (issue 15): ratio < 1.5.
"""

from __future__ import annotations

import argparse
import os
import shutil
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
mode, data_dir, root = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

class ListPainted(QObject):
    '''Prints the time of the first paint of a table view that has rows.'''
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            if isinstance(view, QAbstractItemView) and obj is view.viewport():
                model = view.model()
                if model is not None and model.rowCount() > 0:
                    self.seen = True
                    print(f"painted {time.time():.6f}", flush=True)
                    if mode == "bare":
                        QTimer.singleShot(0, QApplication.instance().quit)
        return False

if mode == "bare":
    import sqlite3
    from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem
    app = QApplication(sys.argv[:1])
    spy = ListPainted()
    app.installEventFilter(spy)
    connection = sqlite3.connect(data_dir / "coprod.sqlite")
    rows = connection.execute("SELECT title, held_on FROM workshop ORDER BY id").fetchall()
    table = QTableWidget(len(rows), 2)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    window = QMainWindow()
    window.setCentralWidget(table)
    window.resize(1100, 700)
    window.show()
else:
    sys.path.insert(0, root)
    from coprod_desktop.ui.application import start_gui
    app = QApplication(sys.argv[:1])
    spy = ListPainted()
    app.installEventFilter(spy)
    app, window = start_gui(data_dir)

    def working():  # every action works once the store is open and the services attached
        if window.controller is None:
            QTimer.singleShot(5, working)
            return
        print(f"working {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    working()
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def one_core() -> list[str]:
    """The prefix that runs a command on one core, as on the slowest target machine."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def one_trial(mode: str, data_dir: Path, env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each moment it printed ("painted", "working")."""
    start = time.time()
    result = subprocess.run(
        [*one_core(), sys.executable, "-c", CHILD, mode, str(data_dir), str(ROOT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    seen = {
        what: float(when) - start
        for what, when in (line.split() for line in result.stdout.splitlines())
    }
    if "painted" in seen:
        return seen
    raise RuntimeError(
        f"{mode}: no list painted (exit {result.returncode}): {result.stderr[-500:]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app_command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "demo"]
        for _ in range(10):  # a list of ten workshops, as after a few months of use
            subprocess.run(app_command, check=True, capture_output=True, env=env)
        one_trial("bare", data, env)  # warm the file cache and the bytecode caches for both
        one_trial("app", data, env)
        bare: list[float] = []
        app: list[float] = []
        working: list[float] = []
        for _ in range(args.trials):
            bare.append(one_trial("bare", data, env)["painted"])
            seen = one_trial("app", data, env)
            app.append(seen["painted"])
            working.append(seen["working"])
    b, a = statistics.median(bare) * 1000, statistics.median(app) * 1000
    w = statistics.median(working) * 1000
    cores = "one core (taskset -c 0)" if one_core() else "all cores"
    print(f"platform:    {env['QT_QPA_PLATFORM']}; {cores}; {args.trials} trials each")
    print(
        f"bare table:  median {b:.0f} ms (min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})"
    )
    print(f"app list:    median {a:.0f} ms (min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})")
    print(f"app working: median {w:.0f} ms (every action works; ratio {w / b:.2f})")
    print(f"startup: ratio {a / b:.2f} (median list shown {a:.0f} ms vs bare table {b:.0f} ms)")


if __name__ == "__main__":
    main()
