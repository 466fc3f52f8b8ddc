"""Undo and redo say what they undid; C places the group on the stages; Alt+1 … 6 work from
the results window too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.change_words import rating_change
from tests.ui.conftest import shown_console
from tests.ui.keyboard_layouts import deliver, digit_row_press


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(title="History", groups=[GroupDraft("Users", 6)], item_codes=["K3", "K4"])
    )
    yield shown_console(qtbot, store, wid)


def test_undo_and_redo_say_what_they_undid(console: ConsoleWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(console, Qt.Key.Key_2)
    qtbot.keyClick(console, Qt.Key.Key_3)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Undone: Users, K3: now 2 → 3" in console.saved_label.text()
    rating = console.controller.rating()
    assert rating is not None and rating.current_level == 2
    qtbot.keyClick(
        console,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Redone: Users, K3: now 2 → 3" in console.saved_label.text()
    for _ in range(3):
        qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing to undo" in console.saved_label.text()
    assert console.controller.rating() is None


def test_change_words() -> None:
    agreed = Rating("K3", current_level=2, required_level=4)
    split = Rating(
        "K3", current_level=2, required_level=4, status=RatingStatus.SPLIT, tally=Tally({2: 5})
    )
    assert rating_change(None, agreed) == "now – → 2, needed – → 4, to do → done"
    assert rating_change(agreed, split) == "done → split, tally 0 → 5 dots"
    noted = Rating("K3", current_level=2, required_level=4, note="n", private_note="p")
    assert rating_change(agreed, noted) == "note for the room, private note"
    assert rating_change(agreed, None) == "now 2 → –, needed 4 → –, done → to do"


def test_c_places_the_group_on_the_stages(console: ConsoleWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(console, Qt.Key.Key_C)
    box = console.placement.current
    assert QApplication.focusWidget() is box and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    stored, _ = console.controller.live.load()
    assert stored.group("g1").placement.current is Stage.CO_DESIGN
    qtbot.keyClick(box, Qt.Key.Key_Return)  # back to capture, not on to the next item
    assert QApplication.focusWidget() is console
    assert console.controller.cursor.item_code == "K3"
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # each ↓ a step
    assert console.controller.group.placement.current is Stage.ACTIVE_INVOLVEMENT


@pytest.mark.parametrize("layout", ["us", "fr"])
def test_alt_digits_work_from_the_results_window(
    console: ConsoleWindow, qtbot: QtBot, layout: str
) -> None:
    console.show_results()
    results = console.results_window
    assert results is not None
    qtbot.waitExposed(results)
    results.activateWindow()
    results.group_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is results.group_box)
    results.digit_keys.platform = "xcb"
    shown = []
    for digit in (2, 6):
        deliver(results, digit_row_press("xcb", layout, digit, alt=True))
        shown.append(console.controller.presentation.slide)
    assert shown == [Slide.STAGES, Slide.RESULTS]
    assert results.group_box.currentIndex() == 0  # the box kept its value
    results.close()
