"""Start-up benchmark: launch to a usable workshop list, against a bare window showing a table.

Each trial starts a fresh Python process on one core (`taskset -c 0` where available). The
parent notes the wall-clock time just before spawning it; the child prints the wall-clock time
at which the list a person can use has been painted:

- **the app**: launched as `python main.py --data-dir DIR` launches it (the command line parsed,
  the check for an app already open on the folder, then the window), on a data folder holding
  ten workshops; the clock stops at the first paint of the workshop table with its rows in.
  The list is read at a glance (plain `sqlite3`, read-only) and painted before SQLAlchemy loads
  and the store is opened; the time until every action works (the store opened, checked and
  backed up, the services attached: New, Open, Import… enabled) is printed beside it;
- **the floor**: a bare PySide6 window that opens the same SQLite file with `sqlite3`, reads
  the workshops' titles and dates, and shows them in a `QTableWidget`; the clock stops at its
  table's first paint with the rows in.

Trials alternate, bare then app, so that both meet the same machine state, and each pair
gives a ratio; Python runs with bytecode caches (in a scratch folder), as an installed app
does. Run:

    .venv/bin/python bench/startup.py [--trials 21] [--root CHECKOUT] [--instructions]

(``--root``: launch the app from another checkout, e.g. to compare two versions.
``--instructions``: also count, with valgrind, the instructions each side runs until its list is
painted; a count does not move with the machine's load, so it compares two versions, or the
app and the floor, on a busy machine where times cannot.) Ends with one line: ``startup: ratio
R (list shown A ms vs bare table B ms, medians; …)`` where R is the median of the paired ratios
and the quartiles of those ratios follow. Budget (issue 15): R < 1.5.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, time
from pathlib import Path
mode, data_dir, root = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
stop_at_paint = sys.argv[4:] == ["stop"]  # counting instructions: nothing after the paint
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
                    print(f"processor {time.process_time():.6f}", flush=True)
                    if stop_at_paint:
                        os._exit(0)
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
    QTimer.singleShot(60_000, app.quit)
    app.exec()
else:  # the real launch: `python main.py --data-dir DIR`, with the spy installed first
    sys.path.insert(0, root)
    app = QApplication(sys.argv[:1])  # the app reuses it (Qt allows one per process)
    spy = ListPainted()
    app.installEventFilter(spy)

    def working():  # every action works once the store is open and the services attached
        windows = [w for w in app.topLevelWidgets() if getattr(w, "controller", None)]
        if not windows:
            QTimer.singleShot(5, working)
            return
        print(f"working {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, working)
    QTimer.singleShot(60_000, app.quit)
    from coprod_desktop.app import main

    sys.exit(main(["--data-dir", str(data_dir)]))
"""


def one_core() -> list[str]:
    """The prefix that runs a command on one core, as on the slowest target machine."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def one_trial(mode: str, data_dir: Path, env: dict[str, str], root: Path) -> dict[str, float]:
    """Seconds from spawning the process to each moment it printed ("painted", "working"),
    and the processor time it had used when the list painted ("processor")."""
    start = time.time()
    result = subprocess.run(
        [*one_core(), sys.executable, "-c", CHILD, mode, str(data_dir), str(root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    seen = {
        what: float(when) - (0 if what == "processor" else start)
        for what, when in (line.split() for line in result.stdout.splitlines())
    }
    if "painted" in seen:
        return seen
    raise RuntimeError(
        f"{mode}: no list painted (exit {result.returncode}): {result.stderr[-500:]}"
    )


def instructions(mode: str, data_dir: Path, env: dict[str, str], root: Path) -> int:
    """The instructions one process runs from its start until its list is painted, counted by
    valgrind's cachegrind (no cache simulation)."""
    counter = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={os.devnull}",
    ]  # fmt: skip
    result = subprocess.run(
        [*counter, sys.executable, "-c", CHILD, mode, str(data_dir), str(root), "stop"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if "painted" not in result.stdout or found is None:
        raise RuntimeError(
            f"{mode}: not counted (exit {result.returncode}): {result.stderr[-500:]}"
        )
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=21)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to launch")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each side's instructions until painted (needs valgrind)",
    )
    args = parser.parse_args()
    root = args.root.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app_command = [sys.executable, str(root / "main.py"), "--data-dir", str(data), "demo"]
        for _ in range(10):  # a list of ten workshops, as after a few months of use
            subprocess.run(app_command, check=True, capture_output=True, env=env)
        one_trial("bare", data, env, root)  # warm the file and bytecode caches for both
        one_trial("app", data, env, root)
        bare: list[float] = []
        app: list[float] = []
        working: list[float] = []
        processor: dict[str, list[float]] = {"bare": [], "app": []}
        for _ in range(args.trials):
            seen = one_trial("bare", data, env, root)
            bare.append(seen["painted"] * 1000)
            processor["bare"].append(seen["processor"] * 1000)
            seen = one_trial("app", data, env, root)
            app.append(seen["painted"] * 1000)
            working.append(seen["working"] * 1000)
            processor["app"].append(seen["processor"] * 1000)
        counted = (
            {mode: instructions(mode, data, env, root) for mode in ("bare", "app")}
            if args.instructions
            else None
        )
    b, a, w = (statistics.median(times) for times in (bare, app, working))
    paired = [x / y for x, y in zip(app, bare, strict=True)]
    low, ratio, high = statistics.quantiles(paired, n=4) if len(paired) > 1 else paired * 3
    cores = "one core (taskset -c 0)" if one_core() else "all cores"
    print(f"platform:    {env['QT_QPA_PLATFORM']}; {cores}; {args.trials} pairs; {root}")
    print(f"bare table:  median {b:.0f} ms (min {min(bare):.0f}, max {max(bare):.0f})")
    print(f"app list:    median {a:.0f} ms (min {min(app):.0f}, max {max(app):.0f})")
    pb, pa = (statistics.median(processor[mode]) for mode in ("bare", "app"))
    print(f"processor:   median {pa:.0f} ms app vs {pb:.0f} ms bare until painted ({pa / pb:.2f}x)")
    print(f"app working: median {w:.0f} ms (every action works; {w / b:.2f}x the bare table)")
    if counted is not None:
        ib, ia = counted["bare"], counted["app"]
        print(
            f"instructions: app {ia / 1e6:,.0f} M vs bare {ib / 1e6:,.0f} M until painted "
            f"({ia / ib:.2f}x; counted by valgrind, the same on a busy machine)"
        )
    print(
        f"startup: ratio {ratio:.2f} (list shown {a:.0f} ms vs bare table {b:.0f} ms, medians; "
        f"paired ratios' middle half {low:.2f}-{high:.2f})"
    )


if __name__ == "__main__":
    main()
