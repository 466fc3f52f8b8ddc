"""Results benchmark: the results window open during a live session of 24 groups × 200 items,
from a saved rating until the window has refreshed and painted, against a bare table window
showing the same ratings, refreshed and painted in the same run.

    taskset -c 0 .venv/bin/python bench/results.py [--groups 24] [--items 200] [--trials 30]

Runs offscreen, in a temporary folder. The workshop is generated (``domain/sample.py``: every
item rated, some splits, many perception gaps) and stored; each trial saves one level key
through the live session (not timed), then times the results window's refresh and paint; the
floor is a plain ``QTableWidget`` window that is given the same groups × items ratings as text
and painted, timed the same way.

Budget (issue 15, on one core): the refresh under 50 ms. Ends with one line:
``results: ratio R (p95 refresh A ms vs bare table B ms)``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95)]


def bare_table(workshop: Any) -> Any:
    """The floor: a table window of the ratings, filled in one go and painted."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(len(workshop.item_codes), len(workshop.groups))
    table.resize(1200, 800)
    table.show()

    def show(w: Any) -> None:
        for column, group in enumerate(w.groups):
            for row, code in enumerate(w.item_codes):
                rating = group.ratings.get(code)
                text = "" if rating is None else f"{rating.current_level}→{rating.required_level}"
                table.setItem(row, column, QTableWidgetItem(text))
        table.repaint()

    return table, show


def themed_app() -> Any:
    """The application with the app's fonts and style sheet (both windows show them, as a
    facilitator sees them)."""
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=24)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--trials", type=int, default=30)
    args = parser.parse_args()

    app = themed_app()
    from coprod_desktop.domain.sample import sample_workshop
    from coprod_desktop.formats.framework_format import framework_from_bytes
    from coprod_desktop.resources import resource
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.storage.repositories import WorkshopRepository
    from coprod_desktop.ui.results.window import ResultsWindow
    from coprod_desktop.ui.session.controller import SessionController

    path = resource("frameworks", "default.en.json")
    framework = framework_from_bytes(path.read_bytes(), str(path))
    workshop = sample_workshop(framework, groups=args.groups, items=args.items)
    with tempfile.TemporaryDirectory(prefix="coprod-bench-") as scratch:
        folder = open_data_folder(Path(scratch) / "data")
        with folder.store.unit_of_work() as session:
            workshop_id = WorkshopRepository(session).add(workshop)
        controller = SessionController(LiveSession(folder.store, workshop_id))
        window = ResultsWindow(controller)
        window.resize(1280, 900)
        window.show()
        table, show_floor = bare_table(controller.workshop)
        app.processEvents()
        app_times, floor_times, cpu_times = [], [], []
        for trial in range(args.trials):
            controller.run(controller.live.next_item)
            controller.run(controller.live.set_current_level, trial % 5 + 1)
            cpu, start = time.process_time(), time.perf_counter()
            app.processEvents()  # the window's refresh is queued by the change
            window.repaint()
            app_times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
            assert window.results is not None and window.results.workshop is controller.workshop
            start = time.perf_counter()
            show_floor(controller.workshop)
            floor_times.append(time.perf_counter() - start)
        controller.run(controller.live.close)
        window.close()
        table.close()
        folder.close()
    ms = 1000
    print(f"results window refresh: median {statistics.median(app_times) * ms:.1f} ms,"
          f" p95 {p95(app_times) * ms:.1f} ms (budget 50 ms)")  # fmt: skip
    print(f"bare table of the ratings: median {statistics.median(floor_times) * ms:.1f} ms,"
          f" p95 {p95(floor_times) * ms:.1f} ms")  # fmt: skip
    print(f"processor time a refresh: median {statistics.median(cpu_times) * ms:.1f} ms,"
          f" p95 {p95(cpu_times) * ms:.1f} ms")  # fmt: skip
    print(f"results: ratio {p95(app_times) / p95(floor_times):.1f} (p95 refresh"
          f" {p95(app_times) * ms:.1f} ms vs bare table {p95(floor_times) * ms:.1f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
