"""Changing the room mid-session from the keyboard: Ctrl+G renames the group or changes its
size; a tally with more dots than people offers to make the group that size. Undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.group_dialog import GroupDialog
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.conftest import MessageBoxes


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Room", groups=[GroupDraft("Users", 6), GroupDraft("Staff", 3)])
    )
    window = ConsoleWindow(SessionController(LiveSession(store, wid)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def open_dialog(console: ConsoleWindow, qtbot: QtBot) -> GroupDialog:
    qtbot.keyClick(console, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = console.findChild(GroupDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_g_renames_and_resizes_the_group_and_ctrl_z_takes_it_back(
    console: ConsoleWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_dialog(console, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)  # type from the start
    dialog.name.setText("Service users")
    dialog.people.setValue(8)
    dialog.grab().save(str(tmp_path / "group-dialog.png"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    c = console.controller
    stored = c.live.load()[0].group("g1")
    assert (stored.name, stored.participant_count) == ("Service users", 8)
    assert "Service users" in console.heading.group_label.text()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.live.load()[0].group("g1").name == "Users"
    assert "Undone: “Users”: name and size" in console.saved_label.text()


def test_a_name_another_group_has_is_refused_and_the_dialog_stays(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    dialog = open_dialog(console, qtbot)
    dialog.name.setText("staff")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Not saved" in console.saved_label.text() and "Staff" in console.saved_label.text()
    assert console.controller.group.name == "Users"
    dialog.reject()


def test_more_dots_than_people_offers_to_resize_the_group(
    console: ConsoleWindow, message_boxes: MessageBoxes
) -> None:
    c = console.controller
    message_boxes.answer = QMessageBox.StandardButton.Yes
    console.capture.tally.show_tally(None)
    boxes = console.capture.tally.findChildren(QSpinBox)  # levels 1, 2, 3 …
    for box, count in zip(boxes, (0, 4, 4), strict=False):
        box.setValue(count)
    console.capture.tally.record()
    (asked,) = message_boxes.of_kind("question")
    assert "8 dots" in asked.text and "6 people" in asked.text
    assert c.group.participant_count == 8 and c.rating() is not None
    assert c.live.load()[0].group("g1").participant_count == 8
    c.undo_stack.undo()
    assert c.group.participant_count == 6 and c.rating() is None

    message_boxes.answer = QMessageBox.StandardButton.No
    for box, count in zip(boxes, (0, 4, 4), strict=False):
        box.setValue(count)
    console.capture.tally.record()
    assert c.group.participant_count == 6 and c.rating() is None  # refused, said why
    assert "8" in console.saved_label.text()
