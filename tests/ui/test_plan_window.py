"""The Plan step from the keyboard, on a real store: a need planned with Enter, its status
stepped with S, its details typed in the dialog, undone and redone with Ctrl+Z and
Ctrl+Shift+Z, removed with Delete; every change saved at once and there after a restart.
From the workshop list too; and nothing cut off at 1024 × 768, in English and Welsh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.plan import PlanMethod, PlanStatus
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.plan.window import PlanWindow
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import page, shown_console


def on_disk(store: Store, workshop_id: int) -> tuple[object, ...]:
    return LiveSession(store, workshop_id).load()[0].plan


def active_console(qtbot: QtBot, store: Store, workshop_id: int) -> ConsoleWindow:
    """A console holding the keyboard (activation arrives through the event loop)."""
    console = shown_console(qtbot, store, workshop_id)
    qtbot.waitUntil(console.isActiveWindow)
    return console


def test_a_plan_made_from_the_keyboard(qtbot: QtBot, store: Store) -> None:
    demo = create_demo(store)
    console = active_console(qtbot, store, demo)
    before = on_disk(store, demo)
    qtbot.keyClick(console, Qt.Key.Key_M)
    window = console.plan_window
    assert window is not None
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    # The first need some group does not share (that group can help it, below).
    groups = len(console.controller.workshop.groups)
    index = next(i for i, n in enumerate(window._needs) if len(n.group_keys) < groups)
    top = window._needs[index]
    for _ in range(index):
        qtbot.keyClick(window.needs, Qt.Key.Key_Down)
    # Enter on that need: an entry for every group that has it, saved at once.
    qtbot.keyClick(window.needs, Qt.Key.Key_Return)
    plan = on_disk(store, demo)
    assert len(plan) == len(before) + 1
    made = console.controller.workshop.plan[-1]
    assert (made.item_code, made.group_keys) == (top.item_code, top.group_keys)
    assert window.chosen_index() == len(plan) - 1
    assert top not in window._needs
    # S steps the status on; Ctrl+Z takes it back, Ctrl+Shift+Z redoes it.
    qtbot.keyClick(window.table, Qt.Key.Key_S)
    assert console.controller.workshop.plan[-1].status is PlanStatus.UNDER_WAY
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(store, demo)[-1].status is PlanStatus.PLANNED  # type: ignore[attr-defined]
    assert "Undone" in window.message.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert on_disk(store, demo)[-1].status is PlanStatus.UNDER_WAY  # type: ignore[attr-defined]
    # Enter on the entry: its details, typed and accepted with the keyboard.
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialog = window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.lead.setFocus()
    qtbot.keyClicks(dialog.lead, "Priya")
    dialog.method.setCurrentIndex(list(PlanMethod).index(PlanMethod.PEER_LEARNING))
    helper = next(k for k in dialog.group_boxes if k not in made.group_keys)
    dialog.learn_from.setCurrentIndex(dialog.learn_from.findData(helper))
    dialog.when.tick.setChecked(True)
    qtbot.keyClick(dialog.lead, Qt.Key.Key_Return)
    changed = LiveSession(store, demo).workshop.plan[-1]  # a restart sees it
    assert (changed.lead, changed.method, changed.learn_from) == (
        "Priya", PlanMethod.PEER_LEARNING, helper)  # fmt: skip
    assert changed.due == console.controller.workshop.held_on
    # Delete removes it; undo brings it back, as it was.
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert on_disk(store, demo) == before
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(store, demo)[-1] == changed
    window.close()


def test_the_dialog_says_what_is_wrong_and_keeps_what_was_typed(qtbot: QtBot, store: Store) -> None:
    demo = create_demo(store)
    console = shown_console(qtbot, store, demo)
    console.show_plan()
    window = console.plan_window
    assert window is not None
    before = on_disk(store, demo)
    dialog = window.new_entry()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.lead, "Sam")
    qtbot.keyClick(dialog.lead, Qt.Key.Key_Return)  # no words for what
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() and dialog.lead.text() == "Sam"
    assert on_disk(store, demo) == before
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "Buddy scheme for new staff")
    qtbot.keyClick(dialog.lead, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert on_disk(store, demo)[-1].what == "Buddy scheme for new staff"  # type: ignore[attr-defined]
    window.close()


def test_the_plan_from_the_workshop_list(
    qtbot: QtBot, window: WorkshopListWindow, services: AppServices, store: Store
) -> None:
    window.workshop_actions.demo.trigger()
    page(window).table.selectRow(0)
    shown = window.controller.windows.show_plan_of_selected()  # type: ignore[union-attr]
    assert isinstance(shown, PlanWindow)
    qtbot.waitExposed(shown)
    qtbot.waitUntil(shown.isActiveWindow)
    workshop_id = shown.controller.live.workshop_id
    count = len(on_disk(store, workshop_id))
    qtbot.keyClick(shown.needs, Qt.Key.Key_Return)
    assert len(on_disk(store, workshop_id)) == count + 1
    shown.close()
    assert services.session_to_resume() is None  # closed with the window


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    switch_language(request.param, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield request.param
    install_language("en")


def cut_off(widget: object) -> list[str]:
    """Buttons and labels of ``widget`` whose words do not fit them."""
    found = []
    for w in widget.findChildren(QAbstractButton):  # type: ignore[attr-defined]
        if w.isVisible() and w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) > (
            w.contentsRect().width()
        ):
            found.append(w.text())
    for label in widget.findChildren(QLabel):  # type: ignore[attr-defined]
        shown = label.isVisible() and not label.wordWrap() and label.text()
        if (
            shown
            and label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width()
        ):
            found.append(label.text())
    return found


def test_nothing_cut_off_at_1024(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    demo = create_demo(store, dt.date(2026, 11, 12))
    console = shown_console(qtbot, store, demo)
    console.show_plan()
    window = console.plan_window
    assert window is not None
    window.resize(1024, 740)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: cut_off(window) == [], timeout=2000)
    assert window.width() <= 1024
    window.grab().save(str(tmp_path / f"plan-{language}.png"))
    window.table.selectRow(0)
    dialog = window.edit_chosen()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / f"plan-entry-{language}.png"))
    qtbot.waitUntil(lambda: cut_off(dialog) == [], timeout=2000)
    assert dialog.width() <= 1024 and dialog.height() <= 740
    dialog.reject()
    window.close()
