"""UI fixtures: the real services on a real store, the app's look, and no blocking dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.theme import apply_theme
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.ui.workshop_list.page import WorkshopListPage


def page(window: WorkshopListWindow) -> WorkshopListPage:
    """The window's list page (it exists once the window is attached to the services)."""
    assert window.page is not None
    return window.page


def shown_console(qtbot: QtBot, store: Store, workshop_id: int) -> ConsoleWindow:
    """A console on ``workshop_id``, shown, active and holding the keyboard, as a facilitator
    finds it after opening a workshop."""
    window = ConsoleWindow(SessionController(LiveSession(store, workshop_id)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    return window


def menu(window: QMainWindow, index: int) -> QMenu:
    """The menu bar's menu at ``index`` (0: the first)."""
    shown = window.menuBar().actions()[index].menu()
    assert isinstance(shown, QMenu)
    return shown


def status_text(window: QMainWindow) -> str:
    """The text of the permanent label in the window's status bar."""
    label = window.statusBar().findChild(QLabel)
    assert label is not None
    return label.text()


@dataclass
class ShownMessage:
    kind: str
    title: str
    text: str


@dataclass
class MessageBoxes:
    """Every QMessageBox a test caused, and the answer ``question`` gives."""

    shown: list[ShownMessage] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No
    tick: bool = False  # what a box's check box is set to before it answers
    boxes: list[QMessageBox] = field(default_factory=list)  # the boxes built by hand

    def of_kind(self, kind: str) -> list[ShownMessage]:
        return [m for m in self.shown if m.kind == kind]


@pytest.fixture(scope="session", autouse=True)
def themed_app(qapp: QApplication) -> QApplication:
    """Tests see the app as facilitators do: bundled fonts, palette and stylesheet."""
    apply_theme(qapp)
    return qapp


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """A modal message box would hang a test: record them instead."""
    boxes = MessageBoxes()

    def recorder(kind: str) -> Any:
        def show(_parent: object, title: str, text: str, *_args: object) -> Any:
            boxes.shown.append(ShownMessage(kind, title, text))
            if kind == "question":
                return boxes.answer
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))

    kinds = {
        QMessageBox.Icon.Warning: "warning",
        QMessageBox.Icon.Critical: "critical",
        QMessageBox.Icon.Information: "information",
        QMessageBox.Icon.Question: "question",
    }

    def exec_box(box: QMessageBox) -> int:  # a QMessageBox built by hand (plain text ones)
        kind = kinds.get(box.icon(), "other")
        boxes.shown.append(ShownMessage(kind, box.windowTitle(), box.text()))
        boxes.boxes.append(box)
        if box.checkBox() is not None:
            box.checkBox().setChecked(boxes.tick)
        answer = boxes.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return boxes


@dataclass
class ChosenFiles:
    """What the file dialogs answer: a path, or None for Cancel."""

    to_open: Path | None = None
    to_save: Path | None = None


@pytest.fixture
def chosen_files(monkeypatch: pytest.MonkeyPatch) -> ChosenFiles:
    """File dialogs that answer at once with ``to_open`` / ``to_save``."""
    chosen = ChosenFiles()

    def answer(path: Path | None) -> tuple[str, str]:
        return (str(path), "") if path is not None else ("", "")

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: answer(chosen.to_open))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: answer(chosen.to_save))
    )
    return chosen


@pytest.fixture
def services(data_folder: Any) -> AppServices:
    """The services over a fresh store (the data folder is closed by its own fixture)."""
    return AppServices.for_folder(data_folder)


@pytest.fixture
def window(qtbot: QtBot, services: AppServices) -> Iterator[WorkshopListWindow]:
    """The workshop list, shown and attached to the services."""
    win = WorkshopListWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(services)
    yield win
    win.close()
