"""The slide registry is the one place a slide is registered: each slide once, and the
console's buttons, keys and key list follow it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.slides.registry import LAYOUTS, SLIDES
from coprod_desktop.ui.console.keys import HELP, DigitPress
from coprod_desktop.ui.console.projector_bar import ProjectorBar, slide_key
from coprod_desktop.ui.session.controller import SessionController


def test_every_slide_is_registered_once_with_its_own_key() -> None:
    assert [entry.slide for entry in SLIDES] == list(LAYOUTS) == list(Slide)
    keys = [entry.key for entry in SLIDES if entry.key is not None]
    assert len(set(keys)) == len(keys) and set(keys) <= set(range(10))
    listed = [line.keys for _, lines in HELP for line in lines if line.keys.startswith("Alt")]
    assert sorted(n for text in listed for n in _alt_digits(text)) == sorted(keys)


def _alt_digits(keys: str) -> range:
    """The digits a key-sheet line names: "Alt + 1 … 6" or "Alt + 7"."""
    digits = [int(part) for part in keys.removeprefix("Alt + ").split(" … ")]
    return range(digits[0], digits[-1] + 1)


def test_the_console_puts_up_each_slide_as_registered(
    store: Store, demo_id: int, qtbot: QtBot
) -> None:
    controller = SessionController(LiveSession(store, demo_id))
    bar = ProjectorBar(controller)
    qtbot.addWidget(bar)
    assert list(bar.slide_buttons) == [e.slide for e in SLIDES if e.button is not None]
    for entry in SLIDES:
        if entry.key is None:
            continue
        put_up = slide_key(controller, DigitPress(entry.key, alt=True))
        assert put_up is not None
        put_up()
        assert controller.presentation.slide is entry.slide
    assert slide_key(controller, DigitPress(9)) is None  # a digit without Alt: no slide
    assert slide_key(controller, DigitPress(9, shift=True, alt=True)) is None
