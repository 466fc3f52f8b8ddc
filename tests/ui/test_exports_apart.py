"""The console keeps turning while a report is built: the build runs in a child process, so
the window's own Python (a timer's ticks here, painting in the hall) never waits for it.

Counted, not timed: with the interpreter's switch interval raised, a build in a thread of this
process holds the interpreter for long stretches, and the window's ticks almost stop (the
control below); built apart, they carry on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.report.formats import Export, Source, format_for
from coprod_desktop.services.exports import ExportService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.exports.flow import ExportFlow
from tests.ui.conftest import ChosenFiles

BUILD_TIMEOUT = 120_000
#: Ticks the window must turn while the report builds (a build takes a second or more; the
#: timer asks for a tick every 5 ms).
AT_LEAST = 20


class Ticks:
    """A timer on the UI thread doing a little Python each turn, as painting does."""

    def __init__(self, host: QWidget) -> None:
        self.count = 0
        self._label = QLabel(host)
        self._timer = QTimer(host)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.count += 1
        self._label.setText(str(self.count))

    def start(self) -> None:
        self.count = 0
        self._timer.start()

    def stop(self) -> int:
        self._timer.stop()
        return self.count


@pytest.fixture
def held_interpreter() -> Iterator[None]:
    """A thread keeps the interpreter for up to a second before handing it over."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1.0)
    yield
    sys.setswitchinterval(before)


def test_the_window_turns_while_the_report_builds_apart(
    qtbot: QtBot, store: Store, demo_id: int, tmp_path: Path, *,
    chosen_files: ChosenFiles, held_interpreter: None,
) -> None:  # fmt: skip
    host = QWidget()
    qtbot.addWidget(host)
    flow = ExportFlow(host, ExportService(store))
    flow.progress_dialog.setMinimumDuration(10**6)  # the ticks alone
    chosen_files.to_save = tmp_path / "report.pdf"
    ticks = Ticks(host)
    with qtbot.waitSignal(flow.finished, timeout=BUILD_TIMEOUT):
        flow.export(Export.REPORT, demo_id)
        ticks.start()
    turned = ticks.stop()
    assert (tmp_path / "report.pdf").stat().st_size > 0
    assert turned >= AT_LEAST, turned


def test_control_a_report_built_in_a_thread_stops_the_window(
    qtbot: QtBot, store: Store, demo_id: int, *, held_interpreter: None
) -> None:
    """What the test above would catch: the same report built in a thread of this process."""
    host = QWidget()
    qtbot.addWidget(host)
    workshop, baseline = ExportService(store).load(demo_id)
    writer = format_for(Export.REPORT, ".pdf")
    format_for(Export.REPORT, ".pdf").write(Source(workshop, baseline))  # imports done first
    build = threading.Thread(target=writer.write, args=(Source(workshop, baseline),))
    ticks = Ticks(host)
    ticks.start()
    build.start()
    qtbot.waitUntil(lambda: not build.is_alive(), timeout=BUILD_TIMEOUT)
    turned = ticks.stop()
    assert turned < AT_LEAST, turned
