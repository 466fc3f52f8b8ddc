"""Capture benchmark: a level keypress in the console until it is committed and the audience
view has repainted, against a raw sqlite3 single-row commit (WAL, synchronous=FULL) measured
in the same run, on the same disk, under the same conditions.

    .venv/bin/python bench/capture.py [--presses 300] [--pause-ms 20]

Runs offscreen. Each trial lets the room talk (the app finishes its idle work, then a pause),
times one raw commit, lets the room talk again, then times one keypress: so the floor and the
app meet the same cold caches, as a press does in a hall where presses are seconds apart. A
tight loop of raw commits (warm caches, faster) is printed for reference.

Ends with one line: ``capture: ratio R (median A ms vs raw commit B ms)``. Targets (issue 3):
ratio <= 3 and the median under 16 ms (one frame at 60 Hz).
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
from typing import Any, NamedTuple

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
    to_wall: float  # keypress until the audience view has painted the change
    to_console: float  # keypress until the console, too, is up to date
    from_ahead: bool  # the wall copied a frame laid out ahead


class Session(NamedTuple):
    trials: list[Trial]
    held: int  # bytes of pixels held by the frames laid out ahead, at the end


class Hall:
    """The demo workshop open in a real console, driving an audience view as the audience
    window does, with the result revealed (so each level press changes the wall)."""

    def __init__(self, folder: Path, size: tuple[int, int], pause: float) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication([])
        from coprod_desktop.services.data_folder import open_data_folder
        from coprod_desktop.services.demo import create_demo
        from coprod_desktop.services.session import LiveSession
        from coprod_desktop.ui.console.window import ConsoleWindow
        from coprod_desktop.ui.session.controller import SessionController

        self.pause = pause
        self.data = open_data_folder(folder / "data")
        self.controller = c = SessionController(LiveSession(self.data.store,
                                                            create_demo(self.data.store)))  # fmt: skip
        self.view = timed_view()
        self.view.resize(*size)
        self.view.show()
        self.console = ConsoleWindow(c)
        self.console.show()
        self.console.activateWindow()  # the keys go to the console, as in the hall
        c.set_revealed(True)
        c.audience_changed.connect(self.view.show_state)  # as the audience window wires it
        self.view.set_forecast(c.likely_audiences)
        self.view.show_state(c.audience)

    def room_talks(self) -> None:
        """The app does its idle work (the frames ahead), then the room talks a while."""
        while self.view.ahead.is_busy() or not self.view.pending().isEmpty():
            self.app.processEvents()
        self.app.processEvents()
        time.sleep(self.pause)

    def press(self, level: int, *, needed: bool) -> tuple[float, float, bool]:
        """Press ``level`` (Shift: the level needed); returns the seconds until the wall showed
        it and until the console had caught up, and whether the wall copied a frame ahead."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        before = self.view.painted_at
        # QTest delivers the key through the window-system layer, shortcuts included, as a
        # real keyboard does.
        shift = Qt.KeyboardModifier.ShiftModifier if needed else Qt.KeyboardModifier.NoModifier
        start = time.perf_counter()
        QTest.keyClick(self.console, Qt.Key(Qt.Key.Key_0 + level), shift)
        done = time.perf_counter()
        assert self.view.painted_at != before, "the wall did not repaint during the keypress"
        after = self.controller.rating()
        assert after is not None and level == (
            after.required_level if needed else after.current_level
        ), "the keypress was not captured"
        return self.view.painted_at - start, done - start, self.view.painted_from_ahead()

    def close(self) -> None:
        stored, _ = self.controller.live.load()
        assert stored == self.controller.workshop, "what is on screen is not what is stored"
        self.console.close()
        self.view.close()
        self.data.close()


def timed_view() -> Any:
    """An audience view that notes when a new snapshot has been painted and handed to the
    window system (the view paints a new snapshot before ``show_state`` returns)."""
    from PySide6.QtGui import QPaintEvent

    from coprod_desktop.domain.audience import AudienceState
    from coprod_desktop.ui.audience.view import AudienceView

    class TimedView(AudienceView):
        painted_at = 0.0
        _painted = False

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
            super().paintEvent(event)
            self._painted = True

        def show_state(self, state: AudienceState) -> None:
            self._painted = False
            super().show_state(state)
            if self._painted:
                self.painted_at = time.perf_counter()

    return TimedView()


def run(folder: Path, count: int, pause: float, size: tuple[int, int] = (1024, 768)) -> Session:
    """``count`` trials of a raw commit and a level press in the console."""
    floor = RawFloor(folder)
    hall = Hall(folder, size, pause)
    c = hall.controller
    rng = random.Random(7)
    trials = []
    for i in range(count):
        if i % 4 == 0:  # a few presses per item: the level now, the level needed, a change
            c.jump(item_code=c.workshop.item_codes[i // 4 % len(c.workshop.item_codes)])
            c.set_revealed(True)
        hall.room_talks()
        raw = floor.commit()
        hall.room_talks()
        rating, needed = c.rating(), i % 2 == 1
        now = (rating.required_level if needed else rating.current_level) if rating else None
        level = rng.choice([lv for lv in (1, 2, 3, 4, 5) if lv != now])
        trials.append(Trial(raw, *hall.press(level, needed=needed)))
    assert c.undo_stack.count() >= count, "each keypress is one undoable step"
    hall.room_talks()
    held = hall.view.ahead.bytes_held()
    hall.close()
    floor.conn.close()
    return Session(trials, held)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=300)
    parser.add_argument("--pause-ms", type=float, default=20.0)
    parser.add_argument("--size", default="1024x768", help="the projector, e.g. 1920x1080")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent.parent) as scratch:
        folder = Path(scratch)
        session = run(folder, args.presses, args.pause_ms / 1000, (width, height))
        (folder / "tight").mkdir()
        warm = RawFloor(folder / "tight")  # a tight loop beside it, for reference
        tight = [warm.commit() for _ in range(30 + args.presses)][30:]
        warm.conn.close()
    trials = session.trials
    wall = [t.to_wall for t in trials]
    r, a = statistics.median(t.floor for t in trials), statistics.median(wall)
    p95 = sorted(wall)[int(len(wall) * 0.95)]
    console = statistics.median(t.to_console for t in trials)
    ahead = [t.to_wall for t in trials if t.from_ahead]
    missed = [t.to_wall for t in trials if not t.from_ahead]
    print(f"raw commit:          median {r * 1000:.2f} ms"
          f" (in a tight loop: {statistics.median(tight) * 1000:.2f} ms)")  # fmt: skip
    print(f"keypress to wall:    median {a * 1000:.2f} ms, 95th percentile {p95 * 1000:.2f} ms")
    print(f"  copied from frames laid out ahead: {len(ahead)} of {len(trials)}"
          + (f"; laid out on the spot: median {statistics.median(missed) * 1000:.2f} ms"
             if missed else ""))  # fmt: skip
    print(f"keypress to console: median {console * 1000:.2f} ms (the console follows the wall)")
    print(f"frames ahead hold:   {session.held / 2**20:.1f} MiB of pixels at {args.size}")
    print(f"capture: ratio {a / r:.1f} (median {a * 1000:.2f} ms vs raw commit {r * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
