"""Importing a large workshop file keeps the window turning: the file is read and checked on
a worker thread (a progress dialog shows if it takes a moment), then previewed; Cancel while
it is read shows nothing and changes nothing; Import adds it whole, as one undoable step.

Counted, not timed: a timer's ticks while the file is read. Read on the UI thread, as it was,
the window cannot tick at all meanwhile (the control)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.services.exchange import read_workshop_file, write_workshop_file
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.ui.workshop_list.import_preview import ImportPreviewDialog

GROUPS = 24  # the format's most


@pytest.fixture
def large_file(store: Store, demo_id: int, tmp_path: Path) -> Path:
    """The demo with every group it may have (24), each rating with a long note."""
    demo = LiveSession(store, demo_id).workshop
    extra = tuple(
        dataclasses.replace(
            demo.groups[n % len(demo.groups)], key=f"g{n + 1}", name=f"Group {n + 1}"
        )
        for n in range(len(demo.groups), GROUPS)
    )
    note = "What the room said about this item, written down as they said it. " * 60
    groups = tuple(
        dataclasses.replace(
            g, ratings={c: dataclasses.replace(r, note=note) for c, r in g.ratings.items()}
        )
        for g in demo.groups + extra
    )
    path = tmp_path / "large.coprod"
    write_workshop_file(dataclasses.replace(demo, groups=groups), path)
    return path


class Ticks:
    """A timer on the UI thread, counting its turns (with ``while_``, only the turns taken
    while it holds: the count then does not depend on how fast the machine reads)."""

    def __init__(self, host: QWidget, while_: Callable[[], bool] = lambda: True) -> None:
        self.count = 0
        self._while = while_
        self._timer = QTimer(host)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.count += self._while()

    def stop(self) -> int:
        self._timer.stop()
        return self.count


def previews(window: WorkshopListWindow) -> list[ImportPreviewDialog]:
    return [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible()]


def test_the_window_turns_while_a_large_file_is_read_then_imports_it_whole(
    qtbot: QtBot, window: WorkshopListWindow, services: AppServices, large_file: Path
) -> None:
    controller = window.controller
    assert controller is not None
    before = len(services.workshops.list())
    imports = controller.imports
    ticks = Ticks(window, while_=lambda: imports.busy)
    imports.offer(large_file)
    assert imports.busy  # offer() returned at once: the reading goes on
    qtbot.waitUntil(lambda: bool(previews(window)), timeout=60_000)
    turned = ticks.stop()
    assert turned >= 1, turned  # the window turned while the file was read (control: never)
    (preview,) = previews(window)
    assert preview.values["Ratings"].text().endswith(f" of {GROUPS * 40}")  # every group
    preview.import_button.click()
    qtbot.waitUntil(lambda: len(services.workshops.list()) == before + 1, timeout=60_000)
    qtbot.waitUntil(lambda: controller.undo_stack.count() == 1)
    added = max(services.workshops.list(), key=lambda s: s.id)
    assert len(services.workshops.get(added.id).groups) == GROUPS
    controller.undo_stack.undo()  # one step takes it all away
    assert len(services.workshops.list()) == before


def test_control_read_on_the_ui_thread_the_window_stands_still(
    qtbot: QtBot, window: WorkshopListWindow, large_file: Path
) -> None:
    ticks = Ticks(window)
    qtbot.wait(20)
    started = ticks.count
    read_workshop_file(large_file)  # as the import did before
    assert ticks.count == started  # not one turn while it read
    ticks.stop()


def test_cancel_while_reading_shows_nothing_and_changes_nothing(
    qtbot: QtBot, window: WorkshopListWindow, services: AppServices, large_file: Path
) -> None:
    controller = window.controller
    assert controller is not None
    before = services.workshops.list()
    controller.imports.offer(large_file)
    cancel = controller.imports.progress.findChild(QPushButton)
    assert cancel is not None and cancel.isEnabled()
    cancel.click()  # the facilitator's Cancel
    assert not controller.imports.busy
    qtbot.wait(50)
    controller.imports.offer(large_file)  # a second go waits for the first read to end
    qtbot.waitUntil(lambda: bool(previews(window)), timeout=60_000)
    assert len(previews(window)) == 1  # the cancelled read shows nothing
    previews(window)[0].reject()
    assert services.workshops.list() == before
    assert controller.undo_stack.count() == 0
