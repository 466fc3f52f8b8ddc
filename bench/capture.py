"""Capture benchmark: a level keypress in the console until the projector has painted the
change, and until the console and its preview have caught up, against a raw sqlite3
single-row commit (WAL, synchronous=FULL) measured in the same run, on the same disk.

    taskset -c 0 .venv/bin/python bench/capture.py [--presses 200] [--pause-ms 20]

Runs offscreen, in a temporary folder, with the windows wired as the app wires them (the
projector window first, then the console). Each trial lets the room talk (a pause), times one
raw commit, lets the room talk again, then times one keypress: the floor and the app meet the
same cold caches, as a press does in a hall where presses are seconds apart.

Budgets (on one core): keypress to projector painted p95 < 16 ms; console and preview caught
up p95 < 33 ms. Ends with one line:
``capture: ratio R (p95 keypress to projector A ms vs raw commit B ms)``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class RawFloor:
    """The floor: one upsert and commit per call, as durable as the app's."""

    def __init__(self, folder: Path) -> None:
        path = folder / "raw.sqlite"
        path.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute(
            "CREATE TABLE rating (group_id INTEGER, item_id INTEGER, level INTEGER,"
            " PRIMARY KEY (group_id, item_id))"
        )
        self.count = 0

    def commit(self) -> float:
        """One durable upsert; returns how long it took, in seconds."""
        self.count += 1
        start = time.perf_counter()
        self.conn.execute("BEGIN")
        self.conn.execute(
            "INSERT INTO rating VALUES (1, 1, ?) ON CONFLICT (group_id, item_id)"
            " DO UPDATE SET level = excluded.level",
            (self.count % 5 + 1,),
        )
        self.conn.execute("COMMIT")
        return time.perf_counter() - start


class Trial(NamedTuple):
    floor: float  # one raw commit, after the room talked
    to_wall: float  # keypress until the projector has painted the change
    to_console: float  # keypress until the console and its preview have painted too
    cpu: float  # processor time this process spent on the press, console and preview included


class Hall:
    """The demo workshop open as the app opens it: the projector window and the console,
    with the result revealed (so each level press changes the wall)."""

    def __init__(self, folder: Path, size: tuple[int, int]) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])
        from coprod_desktop.services.data_folder import open_data_folder
        from coprod_desktop.services.demo import create_demo
        from coprod_desktop.services.session import LiveSession
        from coprod_desktop.ui.audience.window import AudienceWindow
        from coprod_desktop.ui.console.window import ConsoleWindow
        from coprod_desktop.ui.session.controller import SessionController

        self.data = open_data_folder(folder / "data")
        live = LiveSession(self.data.store, create_demo(self.data.store))
        self.controller = c = SessionController(live)
        self.room = AudienceWindow(c)  # as ui/session/launch.py: the projector hears first
        self.console = ConsoleWindow(c)
        self.room.console = self.console
        self.console.attach_room(self.room)
        self.room.present_on(None)
        self.room.resize(*size)
        self.console.show()
        self.console.activateWindow()  # the keys go to the console, as in the hall
        self.painted_at = 0.0
        # The view paints a new snapshot before it says its content changed.
        self.room.view.content_changed.connect(self._painted)
        c.run(c.live.set_revealed, True)
        self.settle()

    def _painted(self) -> None:
        self.painted_at = time.perf_counter()

    def settle(self) -> None:
        """Let every pending paint and event run."""
        for _ in range(3):
            self.app.processEvents()

    def press(self, level: int, *, needed: bool) -> tuple[float, float, float]:
        """Press ``level`` (Shift: the level needed); returns the seconds until the projector
        showed it and until the console and preview had caught up."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        before = self.painted_at
        # QTest delivers the key through the window-system layer, shortcuts included, as a
        # real keyboard does.
        shift = Qt.KeyboardModifier.ShiftModifier if needed else Qt.KeyboardModifier.NoModifier
        cpu, start = time.process_time(), time.perf_counter()
        QTest.keyClick(self.console, Qt.Key(Qt.Key.Key_0 + level), shift)
        self.app.processEvents()  # the console's and the preview's scheduled repaints
        done, cpu = time.perf_counter(), time.process_time() - cpu
        assert self.painted_at != before, "the projector did not repaint"
        after = self.controller.rating()
        assert after is not None and level == (
            after.required_level if needed else after.current_level
        ), "the keypress was not captured"
        return self.painted_at - start, done - start, cpu

    def close(self) -> None:
        stored = self.controller.live.load()
        assert stored == (self.controller.workshop, self.controller.cursor), (
            "what is on screen is not what is stored"
        )
        self.console.close()
        self.room.shut()
        self.data.close()


def run(folder: Path, count: int, pause: float, size: tuple[int, int]) -> list[Trial]:
    """``count`` trials of a raw commit and a level press in the console."""
    floor = RawFloor(folder)
    hall = Hall(folder, size)
    c = hall.controller
    rng = random.Random(7)
    trials = []
    for i in range(count):
        if i % 4 == 0:  # a few presses per item: the level now, the level needed, a change
            c.run(c.live.jump, item_code=c.workshop.item_codes[i // 4 % len(c.workshop.item_codes)])
            c.run(c.live.set_revealed, True)
        hall.settle()
        time.sleep(pause)
        raw = floor.commit()
        time.sleep(pause)
        rating, needed = c.rating(), i % 2 == 1
        now = (rating.required_level if needed else rating.current_level) if rating else None
        level = rng.choice([lv for lv in (1, 2, 3, 4, 5) if lv != now])
        trials.append(Trial(raw, *hall.press(level, needed=needed)))
    assert c.undo_stack.count() >= count, "each keypress is one undoable step"
    hall.close()
    floor.conn.close()
    return trials


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--pause-ms", type=float, default=20.0)
    parser.add_argument("--size", default="1024x768", help="the projector, e.g. 1920x1080")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory(prefix="coprod-bench-") as scratch:
        trials = run(Path(scratch), args.presses, args.pause_ms / 1000, (width, height))
    floor = [t.floor for t in trials]
    wall = [t.to_wall for t in trials]
    console = [t.to_console for t in trials]
    cpu = [t.cpu for t in trials]
    ms = 1000
    print(f"raw commit:             median {statistics.median(floor) * ms:.2f} ms,"
          f" p95 {p95(floor) * ms:.2f} ms")  # fmt: skip
    print(f"keypress to projector:  median {statistics.median(wall) * ms:.2f} ms,"
          f" p95 {p95(wall) * ms:.2f} ms (budget 16 ms)")  # fmt: skip
    print(f"keypress to console:    median {statistics.median(console) * ms:.2f} ms,"
          f" p95 {p95(console) * ms:.2f} ms (budget 33 ms)")  # fmt: skip
    print(f"processor time a press: median {statistics.median(cpu) * ms:.2f} ms,"
          f" p95 {p95(cpu) * ms:.2f} ms (the rest of the wall time is the disk and other"
          " programs)")  # fmt: skip
    print(f"capture: ratio {p95(wall) / p95(floor):.1f} (p95 keypress to projector"
          f" {p95(wall) * ms:.1f} ms vs raw commit {p95(floor) * ms:.1f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
