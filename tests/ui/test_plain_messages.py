"""Messages and tooltips show a workshop title or a path as typed: QMessageBox's static
helpers and setToolTip guess rich text, so "<b>x</b>" would be obeyed (and "&" lost)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.messages import plain_tooltip
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import ChosenFiles, MessageBoxes, page

MARKUP = "<b>x</b> R&D"
#: Markup that can be a folder's name (no slash).
FOLDER = "<img src=x> R&D"
BUILD_TIMEOUT = 60_000


def shown_as(tooltip: str) -> str:
    """What a tooltip reads once Qt has rendered it (rich text when it guesses so)."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tooltip):
        document.setHtml(tooltip)
    else:
        document.setPlainText(tooltip)
    return document.toPlainText()


def test_a_tooltip_made_plain_reads_as_typed() -> None:
    assert shown_as(MARKUP) == "x R&D"  # what setToolTip would do with it unescaped
    assert shown_as(plain_tooltip(MARKUP)) == MARKUP
    assert shown_as(plain_tooltip("two\nlines")) == "two\nlines"


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(title=MARKUP, groups=[GroupDraft(MARKUP, 3)], item_codes=["K1", "K2"])
    )
    window = ConsoleWindow(SessionController(LiveSession(store, wid)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_an_export_that_fails_names_the_path_as_typed(
    console: ConsoleWindow, qtbot: QtBot, tmp_path: Path, chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    target = tmp_path / FOLDER / "report.pdf"  # a folder that does not exist
    chosen_files.to_save = target
    with qtbot.waitSignal(console.exports.failed, timeout=BUILD_TIMEOUT):
        console.export_menu.actions()[0].trigger()
    (box,) = message_boxes.boxes
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert str(target) in box.text()


def test_an_export_that_worked_asks_to_open_it_naming_title_and_path_as_typed(
    console: ConsoleWindow, qtbot: QtBot, tmp_path: Path, chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    folder = tmp_path / FOLDER
    folder.mkdir()
    chosen_files.to_save = folder / "report.pdf"
    message_boxes.answer = QMessageBox.StandardButton.Close
    with qtbot.waitSignal(console.exports.finished, timeout=BUILD_TIMEOUT):
        console.export_menu.actions()[0].trigger()
    (box,) = message_boxes.boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"“{MARKUP}”" in box.text() and str(folder / "report.pdf") in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Open)


def test_a_note_with_markup_shows_as_typed_in_its_tooltip(console: ConsoleWindow) -> None:
    field = console.capture.note
    field.show_text(MARKUP)
    assert shown_as(field.toolTip()) == MARKUP


def test_the_undo_tooltip_names_a_deleted_title_as_typed(
    services: AppServices, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    wid = services.workshops.create(WorkshopDraft(title=MARKUP, groups=[GroupDraft("A")]))
    window = WorkshopListWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    page(window).select_workshop(wid)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.workshop_actions.delete.trigger()
    assert services.workshops.list() == []
    tip = window.workshop_actions.undo.toolTip()
    assert shown_as(tip) == f"Undo: Delete “{MARKUP}” (Ctrl+Z)"
    window.close()
