"""On a 1024 × 768 laptop nothing hides behind a tool bar's handle or is cut off: the
console's Easy Read and timer, its capture panel and the projector's controls, the list's Undo
and Redo, the needs in the results; in English and Welsh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.workshop_list import WorkshopListWindow

LAPTOP = (1024, 740)  # 768 less a panel


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    switch_language(request.param, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield request.param
    install_language("en")


def hidden_behind_a_handle(window: QMainWindow) -> list[str]:
    """The tool bar controls that do not show whole inside their bar."""
    hidden = []
    for bar in window.findChildren(QToolBar):
        handle = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if handle is not None and handle.isVisible():
            hidden.append(f"{bar.windowTitle()}: handle")
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None or action.isSeparator():
                continue
            inside = bar.rect().contains(widget.geometry())
            if not (widget.isVisible() and inside):
                hidden.append(action.text() or widget.objectName() or type(widget).__name__)
    return hidden


def test_console_tool_bars(language: str, store: Store, qtbot: QtBot) -> None:
    console = ConsoleWindow(SessionController(LiveSession(store, create_demo(store))))
    qtbot.addWidget(console)
    console.resize(*LAPTOP)
    console.show()
    qtbot.waitExposed(console)
    qtbot.waitUntil(lambda: hidden_behind_a_handle(console) == [], timeout=2000)
    assert console.bar.timer_to_room.isVisible()


def test_workshop_list_tool_bars(
    language: str, qtbot: QtBot, services: AppServices, store: Store
) -> None:
    window = WorkshopListWindow()
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    qtbot.waitUntil(lambda: hidden_behind_a_handle(window) == [], timeout=2000)
    actions = window.workshop_actions
    for action in (actions.undo, actions.redo):
        shown = [bar.widgetForAction(action) for bar in window.findChildren(QToolBar)]
        assert any(w is not None and w.isVisible() for w in shown), action.text()
    window.resize(1366, 740)  # room again: one row
    qtbot.waitUntil(lambda: not any(window.toolBarBreak(b) for b in window.findChildren(QToolBar)))


def test_needs_read_whole_in_the_results(language: str, store: Store, qtbot: QtBot) -> None:
    console = ConsoleWindow(SessionController(LiveSession(store, create_demo(store))))
    qtbot.addWidget(console)
    console.show_results()
    results = console.results_window
    assert results is not None
    results.resize(*LAPTOP)
    qtbot.waitExposed(results)
    table = results.needs_table
    assert table.rowCount() > 3

    def whole() -> bool:
        return all(table.rowHeight(r) >= table.sizeHintForRow(r) for r in range(table.rowCount()))

    qtbot.waitUntil(whole)
    results.close()


def test_capture_panel_whole_beside_the_projector_controls(
    language: str, services: AppServices, store: Store, qtbot: QtBot
) -> None:
    """With the projector attached and the tally open, no control of the capture panel is
    cut off on the right (it scrolls down, never sideways)."""
    from coprod_desktop.ui.session.launch import open_console

    console = open_console(services, create_demo(store))
    try:
        check_capture_panel(console, qtbot)
    finally:  # the console and its projector view gone before the next test
        room = console.room
        console.close()
        for window in (room, console):
            if window is not None:
                window.deleteLater()
        qtbot.wait(20)


def check_capture_panel(console: ConsoleWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QAbstractSpinBox, QPushButton, QWidget

    console.resize(LAPTOP[0] - 8, LAPTOP[1] - 36)
    console.show()
    qtbot.waitExposed(console)
    qtbot.keyClick(console, Qt.Key.Key_S)
    viewport = console.capture_scroll.viewport()

    def cut_off() -> list[str]:
        controls: list[QWidget] = [*console.capture.findChildren(QPushButton)]
        controls += console.capture.findChildren(QAbstractSpinBox)
        return [
            w.accessibleName() or type(w).__name__
            for w in controls
            if w.isVisible() and w.mapTo(viewport, QPoint(w.width(), 0)).x() > viewport.width()
        ]

    qtbot.waitUntil(lambda: cut_off() == [], timeout=2000)
    assert console.width() <= LAPTOP[0]
    # The projector's controls beside it read whole too ("Swap screens" was cut off).
    for button in console.findChildren(QPushButton):
        if button.isVisible() and not console.capture.isAncestorOf(button):
            room = button.contentsRect().width()
            assert button.fontMetrics().horizontalAdvance(button.text()) <= room, button.text()
