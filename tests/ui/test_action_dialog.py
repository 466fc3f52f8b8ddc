"""Changing an action from the console, keyboard only: Enter on an action in the list opens
it; its words, who, group (or all groups), date and what it is about (an item or a plan
entry) are changed with keys; Enter keeps it, saved at once as one step Ctrl+Z takes back.
The list says what each action is about, and the dialog's Tab round reaches every field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.action_dialog import ActionDialog
from coprod_desktop.ui.console.window import ConsoleWindow
from tests.ui.a11y import check_round, default_button, escape_closes, focused, shown
from tests.ui.conftest import shown_console


def open_first_action(console: ConsoleWindow, qtbot: QtBot, work: object) -> list[bool]:
    """Enter on the first action of the list; ``work(dialog)`` runs inside the dialog."""
    panel = console.actions_panel
    console.side_tabs.setCurrentWidget(panel)
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    panel.list.setCurrentRow(0)
    seen: list[bool] = []
    failed: list[BaseException] = []

    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(isinstance(dialog, ActionDialog))
        if not isinstance(dialog, ActionDialog):
            return
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            work(dialog)  # type: ignore[operator]
        except BaseException as exc:  # said after the dialog is closed, not lost in Qt
            failed.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, inside)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    if failed:
        raise failed[0]
    return seen


def test_an_action_is_changed_from_the_keyboard_and_undone(store: Store, qtbot: QtBot) -> None:
    wid = create_demo(store)
    console = shown_console(qtbot, store, wid)
    first = console.controller.workshop.actions[0]
    assert first.plan_entry == 1 and first.group_key is not None
    assert "· plan entry 2" in console.actions_panel.list.item(0).text()

    def change(dialog: ActionDialog) -> None:
        assert dialog.what.text() == first.what and focused() is dialog.what
        assert dialog.about.currentData() == "plan:1" and dialog.fields.when.tick.isChecked()
        qtbot.keyClick(dialog.what, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.what, "Share the directory at the team meeting")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.who
        qtbot.keyClick(dialog.who, Qt.Key.Key_End)  # Tab chose the whole text
        qtbot.keyClicks(dialog.who, " and Priya")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.fields.group
        qtbot.keyClick(dialog.fields.group, Qt.Key.Key_Home)  # All groups
        dialog.about.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(dialog.about, "K8")  # types to the item, as in any list
        assert dialog.about.currentData() == "item:K8"
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    seen = open_first_action(console, qtbot, change)
    assert seen[-1] is True
    stored = LiveSession(store, wid).workshop.actions[0]
    assert stored.what == "Share the directory at the team meeting"
    assert stored.who == f"{first.who} and Priya"
    assert (stored.group_key, stored.plan_entry, stored.item_code) == (None, None, "K8")
    assert stored.due == first.due and isinstance(stored.due, dt.date)
    assert "· K8" in console.actions_panel.list.item(0).text()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    console.setFocus()  # Esc's place: the capture keys
    assert console.controller.undo_stack.undoText().endswith("change action 1")
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert LiveSession(store, wid).workshop.actions[0] == first


def test_a_blank_action_is_said_in_the_dialog_and_nothing_changes(
    store: Store, qtbot: QtBot
) -> None:
    wid = create_demo(store)
    console = shown_console(qtbot, store, wid)
    before = console.controller.workshop.actions

    def blank(dialog: ActionDialog) -> None:
        dialog.what.clear()
        qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.problem.isVisible()
        assert dialog.problem.text()
        escape_closes(qtbot, dialog)

    assert open_first_action(console, qtbot, blank)[-1] is True
    assert LiveSession(store, wid).workshop.actions == before


def test_the_dialog_tabs_through_every_field(store: Store, qtbot: QtBot) -> None:
    w = LiveSession(store, create_demo(store)).workshop
    dialog = ActionDialog(w, w.actions[0], 1)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    f, when = dialog.fields, dialog.fields.when
    ok = default_button(dialog)
    check_round(
        qtbot, dialog, dialog.what,
        [dialog.what, dialog.who, f.group, when.tick, when.field, dialog.about, dialog.done_box, ok],
    )  # fmt: skip


def test_space_on_an_action_marks_it_done_and_not_the_projector(store: Store, qtbot: QtBot) -> None:
    wid = create_demo(store)
    console = shown_console(qtbot, store, wid)
    panel = console.actions_panel
    console.side_tabs.setCurrentWidget(panel)
    panel.list.setFocus(Qt.FocusReason.TabFocusReason)
    panel.list.setCurrentRow(1)
    revealed = console.controller.live.presentation.revealed
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert LiveSession(store, wid).workshop.actions[1].done
    assert panel.list.item(1).text().startswith("☑")
    assert console.controller.live.presentation.revealed == revealed  # Space stayed here
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert not LiveSession(store, wid).workshop.actions[1].done
