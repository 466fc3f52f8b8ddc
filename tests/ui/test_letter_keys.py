"""Letters are mnemonics and follow the label on the key: on AZERTY or QWERTZ the key that
says S marks a split view wherever it sits; on a layout of another script (Russian, Greek) the
Latin letter printed on the key counts. Native key events as each window system sends them
(the real-X suite types them on ``setxkbmap fr`` and ``ru``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.keys import KeyFacts, latin_letter
from tests.ui.conftest import shown_console
from tests.ui.keyboard_layouts import PLATFORMS, deliver, letter_press


def facts(platform: str, letter: str, text: str, **held: bool) -> KeyFacts:
    press = letter_press(platform, letter, text)
    return KeyFacts(press.key, press.text, press.scan_code, press.virtual_key, **held)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_latin_letter_is_its_label_and_another_script_its_latin_letter(platform: str) -> None:
    assert latin_letter(facts(platform, "Q", "a"), platform) is None  # AZERTY: A, as printed
    assert latin_letter(facts(platform, "Z", "y"), platform) is None  # QWERTZ: Y, as printed
    assert latin_letter(facts(platform, "S", "ы"), platform) == "S"  # Russian
    assert latin_letter(facts(platform, "K", "λ"), platform) == "K"  # Greek
    assert latin_letter(facts(platform, "S", "ы", control=True), platform) is None
    assert latin_letter(facts(platform, "S", "ы"), "offscreen") is None  # no key codes


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_russian_keyboard_captures_by_the_latin_letters(
    store: Store, qtbot: QtBot, platform: str
) -> None:
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Letters", groups=[GroupDraft("A"), GroupDraft("B")])
    )
    console = shown_console(qtbot, store, wid)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    console.digit_keys.platform = platform
    c = console.controller
    deliver(console, letter_press(platform, "S", "ы"))
    rating = c.rating()
    assert rating is not None and rating.status is RatingStatus.SPLIT
    deliver(console, letter_press(platform, "K", "л"))
    rating = c.rating()
    assert rating is not None and rating.status is RatingStatus.SKIPPED
    deliver(console, letter_press(platform, "G", "П", shift=True))  # Shift+G: previous group
    assert c.cursor.group_key == "g2"
    deliver(console, letter_press(platform, "N", "т"))  # N: the note for the room
    assert console.capture.note.hasFocus()
    deliver(console, letter_press(platform, "S", "ы"))  # typed there, not a split view
    assert "ы" in console.capture.note.text()
    assert c.live.load()[0].group("g1").ratings[c.workshop.item_codes[0]].status is (
        RatingStatus.SKIPPED
    )
    console.close()
