"""The capture keys by physical key: every layout, as X11, Wayland, Windows and macOS deliver
them (native key codes and the layout's text), not only as Qt's test helpers send them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Stage
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.slides.registry import SLIDES
from coprod_desktop.ui.console import keys
from coprod_desktop.ui.console.keys import DigitPress, KeyFacts, digit_press
from coprod_desktop.ui.console.window import ConsoleWindow
from tests.ui.conftest import shown_console
from tests.ui.keyboard_layouts import LAYOUTS, PLATFORMS, deliver, digit_row_press


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Layouts", groups=[GroupDraft("Users", 4)], item_codes=["K1", "K2"])
    )
    yield shown_console(qtbot, store, wid)


def capture_every_level(console: ConsoleWindow, platform: str, layout: str) -> None:
    """Each digit key sets the level now, each Shift+digit key the level needed."""
    console.digit_keys.platform = platform
    for level in range(1, 6):
        deliver(console, digit_row_press(platform, layout, level))
        rating = console.controller.rating()
        assert rating is not None and rating.current_level == level, (platform, layout, level)
        needed = 6 - level
        deliver(console, digit_row_press(platform, layout, needed, shift=True))
        rating = console.controller.rating()
        assert rating is not None and rating.required_level == needed, (platform, layout, needed)
        assert rating.current_level == level


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("platform", PLATFORMS)
def test_levels_by_physical_key(console: ConsoleWindow, platform: str, layout: str) -> None:
    capture_every_level(console, platform, layout)
    stored, _ = console.controller.live.load()
    rating = stored.group("g1").ratings["K1"]
    assert (rating.current_level, rating.required_level) == (5, 1)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("platform", PLATFORMS)
def test_alt_digits_choose_the_slide(console: ConsoleWindow, platform: str, layout: str) -> None:
    console.digit_keys.platform = platform
    keyed = [(entry.key, entry.slide) for entry in SLIDES if entry.key is not None]
    assert [digit for digit, _ in keyed[:6]] == [1, 2, 3, 4, 5, 6] and len(keyed) > 6
    for digit, slide in keyed:  # Alt+1 … 6, and every key registered since (Alt+0 too)
        deliver(console, digit_row_press(platform, layout, digit, alt=True))
        assert console.controller.presentation.slide is slide, (platform, layout, digit)


def test_a_broken_mapping_is_caught(
    console: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Break the X11 table on purpose: Shift+4 is "$" again and the check above fails."""
    monkeypatch.setattr(keys, "XKB_DIGIT_ROW", {})
    with pytest.raises(AssertionError):
        capture_every_level(console, "xcb", "us")


def test_digits_type_in_a_note_and_capture_after_a_click(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    """In a note, Shift+4 types "$"; after clicking a stage box, a digit sets the level and
    the stage box keeps its value."""
    console.digit_keys.platform = "xcb"
    console.capture.note.setFocus()
    deliver(console, digit_row_press("xcb", "us", 4, shift=True))
    deliver(console, digit_row_press("xcb", "fr", 1))
    assert console.capture.note.text() == "$&"
    assert console.controller.rating() is None
    box = console.placement.current
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    if box.view().isVisible():
        box.hidePopup()
    assert not box.hasFocus() and not console.capture.note.hasFocus()
    deliver(console, digit_row_press("xcb", "gb", 3))
    rating = console.controller.rating()
    assert rating is not None and rating.current_level == 3
    assert box.currentData() is None and console.controller.group.placement.current is None
    assert QApplication.focusWidget() is not box


@pytest.mark.parametrize(
    ("facts", "platform", "expected"),
    [
        # No key code (a synthetic event): the character decides.
        (KeyFacts(key=ord("$"), text="$", shift=True), "offscreen", DigitPress(4, shift=True)),
        (KeyFacts(key=0xA3, text="£", shift=True), "xcb", DigitPress(3, shift=True)),
        # With a key code, a symbol on another key is not a digit (French Shift+$ is "£").
        (KeyFacts(key=0xA3, text="£", scan_code=35, shift=True), "xcb", None),
        # The number pad types digits on every layout.
        (KeyFacts(key=Qt.Key.Key_2, text="2", scan_code=88, keypad=True), "xcb", DigitPress(2)),
        # Ctrl (and Windows' AltGr, Ctrl+Alt) is never a capture key.
        (KeyFacts(key=Qt.Key.Key_1, text="", scan_code=2, control=True), "windows", None),
        (KeyFacts(key=ord("A"), text="a", scan_code=38), "xcb", None),
    ],
)
def test_digit_press(facts: KeyFacts, platform: str, expected: DigitPress | None) -> None:
    assert digit_press(facts, platform) == expected


def test_stage_aim_default_still_fills_the_needed_level(console: ConsoleWindow) -> None:
    """The level needed still defaults from the stage aimed for, on a French keyboard too."""
    c = console.controller
    c.run(c.live.set_placement, "g1", c.group.placement.__class__(aim=Stage.CO_DESIGN))
    console.digit_keys.platform = "xcb"
    deliver(console, digit_row_press("xcb", "fr", 2))
    rating = console.controller.rating()
    assert rating is not None and rating.current_level == 2 and rating.required_level is not None
