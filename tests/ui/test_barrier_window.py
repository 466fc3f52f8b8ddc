"""The barrier log from the keyboard, on a real store: W in the console, N logs a barrier
typed and chosen with the keys, D marks it dealt with, Ctrl+Z and Ctrl+Shift+Z undo and
redo, Delete removes it; every change saved at once and there after a restart. From the
workshop list too; Alt+8 puts the open barriers on the projector; nothing cut off at
1024 × 768, in English and Welsh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.barriers.window import BarrierWindow
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import page, shown_console
from tests.ui.test_plan_window import active_console, cut_off, language

__all__ = ["language"]  # the fixture, English and Welsh


def on_disk(store: Store, workshop_id: int) -> tuple[Barrier, ...]:
    """The log as a restarted session reads it."""
    return LiveSession(store, workshop_id).load()[0].barriers


def test_a_barrier_logged_from_the_keyboard(qtbot: QtBot, store: Store) -> None:
    demo = create_demo(store)
    console = active_console(qtbot, store, demo)
    before = on_disk(store, demo)
    qtbot.keyClick(console, Qt.Key.Key_W)
    window = console.barrier_window
    assert window is not None
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    dialog = window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.what.hasFocus)
    qtbot.keyClicks(dialog.what, "No budget line to pay people for their time")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)  # to the kind: R for Resources
    assert dialog.tag.hasFocus()
    qtbot.keyClicks(dialog.tag, "R")
    qtbot.keyClick(dialog.tag, Qt.Key.Key_Tab)  # to what it holds back: the first stage …
    qtbot.keyClick(dialog.holds_back, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.holds_back, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.holds_back, Qt.Key.Key_Down)  # … then two on: co-delivery
    qtbot.keyClick(dialog.holds_back, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.owner, "Finance lead")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.next_step, "Ask the board for a payment policy")
    qtbot.keyClick(dialog.next_step, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    made = Barrier("No budget line to pay people for their time", BarrierTag.RESOURCES,
                   stage=Stage.CO_DELIVERY, owner="Finance lead",
                   next_step="Ask the board for a payment policy")  # fmt: skip
    assert on_disk(store, demo) == (*before, made)  # saved at once
    index = len(before)
    assert window.chosen_index() == index
    # D: dealt with; Ctrl+Z takes it back, Ctrl+Shift+Z redoes it.
    qtbot.waitUntil(window.isActiveWindow)  # the keyboard is back from the dialog
    qtbot.keyClick(window.table, Qt.Key.Key_D)
    assert on_disk(store, demo)[index].status is BarrierStatus.DEALT_WITH
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(store, demo)[index] == made and "Undone" in window.message.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert on_disk(store, demo)[index].status is BarrierStatus.DEALT_WITH
    # Alt+8: the barriers still open on the projector (this one is dealt with: off the wall).
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    state = console.controller.live.audience
    assert state.slide is Slide.BARRIERS
    assert made.what not in [line.what for line in state.barriers]
    # Delete removes it; undo brings it back, as it was.
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert on_disk(store, demo) == before
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(store, demo)[index].what == made.what
    window.close()


def test_the_dialog_says_what_is_wrong_and_keeps_what_was_typed(qtbot: QtBot, store: Store) -> None:
    demo = create_demo(store)
    console = shown_console(qtbot, store, demo)
    console.show_barriers()
    window = console.barrier_window
    assert window is not None
    before = on_disk(store, demo)
    dialog = window.new_barrier()
    qtbot.waitExposed(dialog)
    dialog.owner.setFocus()
    qtbot.keyClicks(dialog.owner, "Sam")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)  # no words for what stands in the way
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Barrier" in dialog.problem.text() and dialog.owner.text() == "Sam"
    assert on_disk(store, demo) == before
    qtbot.keyClicks(dialog.what, "Risk rules stop paid roles")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert on_disk(store, demo)[-1].what == "Risk rules stop paid roles"
    window.close()


def test_the_log_from_the_workshop_list(
    qtbot: QtBot, window: WorkshopListWindow, services: AppServices, store: Store
) -> None:
    window.workshop_actions.demo.trigger()
    page(window).table.selectRow(0)
    window.workshop_actions.barriers.trigger()
    shown = next(w for w in window.findChildren(BarrierWindow) if w.isVisible())
    qtbot.waitExposed(shown)
    workshop_id = shown.controller.live.workshop_id
    count = len(on_disk(store, workshop_id))
    dialog = shown.new_barrier()
    qtbot.keyClicks(dialog.what, "Nobody has time to come")
    dialog.accept()
    assert len(on_disk(store, workshop_id)) == count + 1
    shown.close()
    assert services.session_to_resume() is None  # closed with the window


def test_nothing_cut_off_at_1024(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    demo = create_demo(store, dt.date(2026, 11, 12))
    live = LiveSession(store, demo)
    live.add_barrier(
        Barrier(
            "No budget line to pay people for their time, so they give it unpaid or not at all",
            BarrierTag.RESOURCES,
            principle="P3",
            owner="Finance lead",
            next_step="Ask the board",
            group_key="g1",
        )
    )
    console = shown_console(qtbot, store, demo)
    console.show_barriers()
    window = console.barrier_window
    assert window is not None
    window.resize(1024, 740)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: cut_off(window) == [], timeout=2000)
    assert window.width() <= 1024
    window.grab().save(str(tmp_path / f"barriers-{language}.png"))
    window.table.selectRow(0)
    dialog = window.edit_chosen()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / f"barrier-{language}.png"))
    qtbot.waitUntil(lambda: cut_off(dialog) == [], timeout=2000)
    assert dialog.width() <= 1024 and dialog.height() <= 740
    dialog.reject()
    window.close()
