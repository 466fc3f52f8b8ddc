"""A group joins or leaves mid-session from the keyboard (Ctrl+G, then Alt+A or Alt+R): asked
first when the group has ratings, undone with Ctrl+Z, and the grid, the results window and the
projector follow at once; the store is read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.group_dialog import GroupDialog, NewGroupDialog
from coprod_desktop.ui.console.window import ConsoleWindow
from tests.ui.conftest import MessageBoxes, shown_console

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    groups = [GroupDraft("Users", 6), GroupDraft("Carers", 4), GroupDraft("Staff", 3)]
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Room", groups=groups, item_codes=["K1", "K2", "S1"])
    )
    window = shown_console(qtbot, store, wid)
    yield window
    window.close()


def ctrl_g(console: ConsoleWindow, qtbot: QtBot) -> GroupDialog:
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [d for d in console.findChildren(GroupDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    return dialog


def back_to(console: ConsoleWindow, qtbot: QtBot) -> None:
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)


def names_on_disk(console: ConsoleWindow) -> list[str]:
    return [g.name for g in console.controller.live.load()[0].groups]


def test_a_group_joins_from_the_keyboard_and_everything_shows_it(
    console: ConsoleWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    c = console.controller
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    console.show_results()
    results = console.results_window
    assert results is not None
    back_to(console, qtbot)
    dialog = ctrl_g(console, qtbot)
    qtbot.keyClick(dialog.name, Qt.Key.Key_A, ALT)  # "Add a group…" (clicked a moment later)
    qtbot.waitUntil(lambda: console.findChild(NewGroupDialog) is not None)
    form = console.findChild(NewGroupDialog)
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    qtbot.keyClicks(form.name, "Young carers")
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.people, "5")
    form.grab().save(str(tmp_path / "add-group.png"))
    qtbot.keyClick(form.people, Qt.Key.Key_Return)
    assert not form.isVisible() and not dialog.isVisible()
    assert names_on_disk(console) == ["Users", "Carers", "Staff", "Young carers"]
    assert c.live.load()[0].groups[3].participant_count == 5
    assert console.grid.model().columnCount() == 4  # the grid has its column at once
    qtbot.waitUntil(lambda: results.group_box.count() == 4)
    assert results.group_box.itemText(3) == "Young carers"
    c.run(c.live.jump, group_key=c.workshop.groups[3].key)
    c.run(c.live.set_current_level, 2)
    c.run(c.live.set_revealed, True)
    assert c.live.audience.results[0].group_name == "Young carers"  # on the projector
    back_to(console, qtbot)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Undone: add group “Young carers”" in console.saved_label.text()
    assert names_on_disk(console) == ["Users", "Carers", "Staff"]
    assert console.grid.model().columnCount() == 3
    qtbot.waitUntil(lambda: results.group_box.count() == 3)


def test_removing_a_group_with_ratings_asks_first_and_undo_restores_it_whole(
    console: ConsoleWindow, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    c = console.controller
    split = Rating("K2", RatingStatus.SPLIT, 3, 4, tally=Tally({2: 1, 3: 3}), note="two views")
    c.run(c.live.record, "g2", "K1", Rating("K1", current_level=2, private_note="ask Sam"))
    c.run(c.live.record, "g2", "K2", split)
    c.run(c.live.jump, group_key="g2")
    c.run(c.live.show_slide, Slide.RESULTS)
    before = c.live.load()[0]

    dialog = ctrl_g(console, qtbot)
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog.name, Qt.Key.Key_R, ALT)  # "Remove this group…"
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 1)
    (asked,) = message_boxes.of_kind("question")
    assert "“Carers”" in asked.text and "2 ratings" in asked.text
    assert names_on_disk(console) == ["Users", "Carers", "Staff"] and dialog.isVisible()

    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog.name, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert names_on_disk(console) == ["Users", "Staff"]
    assert c.group.name == "Staff" and "Staff" in console.heading.group_label.text()  # moved on
    shown = c.live.audience.group_results
    assert shown is not None and c.live.audience.group_name == "Staff"  # the projector too
    back_to(console, qtbot)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Undone: remove group “Carers”" in console.saved_label.text()
    assert c.live.load()[0] == before  # every rating, note and tally, in its place


def test_a_group_without_ratings_leaves_without_a_question_but_not_the_last(
    console: ConsoleWindow, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    c = console.controller
    for key in ("g1", "g2"):
        c.run(c.live.jump, group_key=key)
        dialog = ctrl_g(console, qtbot)
        qtbot.keyClick(dialog.name, Qt.Key.Key_R, ALT)
        qtbot.waitUntil(dialog.isHidden)
        back_to(console, qtbot)
    assert message_boxes.shown == [] and names_on_disk(console) == ["Staff"]
    dialog = ctrl_g(console, qtbot)
    assert not dialog.remove_button.isEnabled()  # a workshop keeps one group
    dialog.reject()
