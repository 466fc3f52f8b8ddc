"""Alt+9 puts up strengths to share and Alt+0 how others see a group, from the console and from
the results window (there, for the group chosen in it), pressed as a real keyboard sends them
(the digit row's own key codes, UK, US and French layouts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.keys import HELP
from coprod_desktop.ui.console.window import ConsoleWindow
from tests.ui.conftest import shown_console
from tests.ui.keyboard_layouts import deliver, digit_row_press

LAYOUTS = ["gb", "us", "fr"]


def on_screen(console: ConsoleWindow) -> Slide:
    """The slide the projector shows now (read afresh after each key)."""
    return console.controller.presentation.slide


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    groups = [GroupDraft("Users", 6), GroupDraft("Staff", 4), GroupDraft("Carers", 3)]
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Keys", groups=groups, item_codes=["K3", "K4"])
    )
    yield shown_console(qtbot, store, wid)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_alt_9_and_alt_0_from_the_console(console: ConsoleWindow, layout: str) -> None:
    console.digit_keys.platform = "xcb"
    deliver(console, digit_row_press("xcb", layout, 9, alt=True))
    assert on_screen(console) is Slide.STRENGTHS
    deliver(console, digit_row_press("xcb", layout, 0, alt=True))
    assert on_screen(console) is Slide.PERCEPTION
    assert console.controller.cursor.group_key == "g1"  # the group on screen
    deliver(console, digit_row_press("xcb", layout, 0))  # no Alt: not a slide, not a level
    assert on_screen(console) is Slide.PERCEPTION
    assert console.controller.rating() is None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_alt_0_from_the_results_window_shows_the_group_chosen_there(
    console: ConsoleWindow, qtbot: QtBot, layout: str
) -> None:
    console.show_results()
    results = console.results_window
    assert results is not None
    qtbot.waitExposed(results)
    results.activateWindow()
    results.select_group("g3")
    results.group_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is results.group_box)
    results.digit_keys.platform = "xcb"
    deliver(results, digit_row_press("xcb", layout, 0, alt=True))
    assert on_screen(console) is Slide.PERCEPTION
    assert console.controller.cursor.group_key == "g3"
    deliver(results, digit_row_press("xcb", layout, 9, alt=True))
    assert on_screen(console) is Slide.STRENGTHS
    assert results.group_box.currentData() == "g3"  # the box kept its value
    results.close()


def test_the_key_sheet_names_both_keys() -> None:
    lines = {line.keys: line.does for _, group in HELP for line in group}
    assert "Strengths" in lines["Alt + 9"] and "others see" in lines["Alt + 0"]
