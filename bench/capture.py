"""Capture benchmark: a level keypress in the console until it is committed and the audience
view has repainted, against a raw sqlite3 single-row commit (WAL, synchronous=FULL) measured
in the same run on the same disk.

    .venv/bin/python bench/capture.py [--presses 300]

Runs offscreen. Ends with one line:
``capture: ratio R (median A ms vs raw commit B ms)``. Targets (issue 3): ratio <= 3 and the
median under 16 ms (one frame at 60 Hz).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def raw_commits(folder: Path, count: int) -> list[float]:
    """The floor: one upsert and commit per call, as durable as the app's."""
    path = folder / "raw.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE rating (group_id INTEGER, item_id INTEGER, level INTEGER,"
        " PRIMARY KEY (group_id, item_id))"
    )
    times = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO rating VALUES (1, 1, ?) ON CONFLICT (group_id, item_id)"
            " DO UPDATE SET level = excluded.level",
            (i % 5 + 1,),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def keypresses(folder: Path, count: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.ui.audience.view import AudienceView
    from coprod_desktop.ui.console.window import ConsoleWindow
    from coprod_desktop.ui.session.controller import SessionController

    data = open_data_folder(folder / "data")
    controller = SessionController(LiveSession(data.store, create_demo(data.store)))
    view = AudienceView()
    view.resize(1024, 768)
    view.show()
    console = ConsoleWindow(controller)
    console.show()
    console.activateWindow()  # the keys go to the console, as in the hall
    controller.set_revealed(True)  # the result is on screen, so each press changes the view
    controller.audience_changed.connect(view.show_state)
    view.show_state(controller.audience)
    app.processEvents()
    times = []
    for i in range(count):
        key = Qt.Key.Key_2 if i % 2 else Qt.Key.Key_3
        start = time.perf_counter()
        # QTest delivers the key through the window system layer, shortcuts included,
        # as a real keyboard does.
        QTest.keyClick(console, key)
        view.paint_pending()  # paint now, synchronously, what the keypress changed on the wall
        times.append(time.perf_counter() - start)
        app.processEvents()
    expected = 2 if (count - 1) % 2 else 3
    rating = controller.rating()
    assert rating is not None and rating.current_level == expected, "keypresses were not captured"
    assert controller.undo_stack.count() >= count - 1, "each keypress is one undoable step"
    stored, _ = controller.live.load()
    assert stored.group(controller.cursor.group_key).ratings[controller.cursor.item_code] == rating
    console.close()
    data.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent.parent) as scratch:
        folder = Path(scratch)
        raw_commits(folder, 30)  # warm-up
        raw = raw_commits(folder, args.presses)
        app = keypresses(folder, args.presses)
    r, a = statistics.median(raw), statistics.median(app)
    p95 = sorted(app)[int(len(app) * 0.95)]
    print(f"raw commit:        median {r * 1000:.2f} ms")
    print(f"keypress to paint: median {a * 1000:.2f} ms, 95th percentile {p95 * 1000:.2f} ms")
    print(f"capture: ratio {a / r:.1f} (median {a * 1000:.2f} ms vs raw commit {r * 1000:.2f} ms)")


if __name__ == "__main__":
    main()
