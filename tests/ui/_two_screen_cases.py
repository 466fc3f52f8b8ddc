"""Two-screen cases for the audience window, run by test_audience_two_screens.py in a process
of their own: Qt picks its platform once per process, and these need the offscreen platform
with tests/two-screens.json (a 1366×768 laptop at x=0, a 1024×768 projector at x=1366).

Not collected by the normal run (the name does not start with ``test_``). Unplugging cannot be
done to an offscreen screen, so it is simulated by calling the handler the window connects to
``QGuiApplication.screenRemoved`` with the projector's QScreen, exactly as Qt would.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Curtain
from coprod_desktop.ui.audience.screens import SCREEN_KEY
from coprod_desktop.ui.audience.window import WINDOW_SIZE, AudienceWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import audience_settings, demo_controller  # noqa: F401


def screen(name: str) -> QScreen:
    return next(s for s in QGuiApplication.screens() if s.name() == name)


@pytest.fixture(autouse=True)
def two_screens() -> None:
    names = [s.name() for s in QGuiApplication.screens()]
    assert names == ["laptop", "projector"], "run with tests/two-screens.json"


@pytest.fixture
def console(qtbot: QtBot) -> QWidget:
    """A stand-in for the console window, on the laptop screen."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setGeometry(100, 100, 800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(
    demo_controller: SessionController,  # noqa: F811
    console: QWidget,
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> Iterator[AudienceWindow]:
    w = AudienceWindow(demo_controller, console=console, settings=audience_settings)
    qtbot.addWidget(w)
    w.place()
    qtbot.waitUntil(w.isFullScreen)
    yield w
    w.hide()


def showing(window: AudienceWindow) -> list[str]:
    window.view.grab()
    return window.view.drawn_text()


def item_text(controller: SessionController) -> str:
    item = controller.audience.item
    assert item is not None
    return item.text


def test_it_lands_full_screen_on_the_projector(window: AudienceWindow) -> None:
    projector = screen("projector")
    assert window.isFullScreen() and window.is_presenting()
    assert window.geometry() == projector.geometry()
    assert window.current_screen_name() == "projector"
    assert window.view.size() == QSize(1024, 768)
    assert window.available_screens() == ["laptop", "projector"]


def test_it_avoids_the_consoles_screen(
    demo_controller: SessionController,  # noqa: F811
    console: QWidget,
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> None:
    console.move(1500, 100)  # the facilitator dragged the console onto the projector
    qtbot.waitUntil(lambda: console.geometry().center().x() > 1366)
    w = AudienceWindow(demo_controller, console=console, settings=audience_settings)
    qtbot.addWidget(w)
    w.place()
    qtbot.waitUntil(w.isFullScreen)
    assert w.geometry() == screen("laptop").geometry()
    w.hide()  # see the end of the swap test


def test_swap_screens_moves_it_and_the_choice_is_remembered(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
    console: QWidget,
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> None:
    assert window.swap_screens()
    qtbot.waitUntil(lambda: window.geometry() == screen("laptop").geometry())
    assert window.isFullScreen() and window.current_screen_name() == "laptop"
    assert audience_settings.value(SCREEN_KEY) == "laptop"
    window.hide()
    again = AudienceWindow(demo_controller, console=console, settings=audience_settings)
    qtbot.addWidget(again)
    again.place()
    qtbot.waitUntil(again.isFullScreen)
    assert again.geometry() == screen("laptop").geometry()
    assert again.swap_screens()
    qtbot.waitUntil(lambda: again.geometry() == screen("projector").geometry())
    assert audience_settings.value(SCREEN_KEY) == "projector"
    # Hidden before the test lets go of it: the window's wrapper is freed by a garbage
    # collection at any later moment, and a full-screen window deleted then may be painting.
    again.hide()


def test_present_on_by_name_or_as_a_window(window: AudienceWindow, qtbot: QtBot) -> None:
    assert not window.present_on("HDMI-9")
    assert window.current_screen_name() == "projector"
    assert window.present_on(None)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.isVisible() and window.size() == WINDOW_SIZE
    assert window.current_screen_name() == "laptop"
    assert window.present_on("projector")
    qtbot.waitUntil(window.isFullScreen)
    assert window.geometry() == screen("projector").geometry()


def test_unplugging_the_projector_mid_session_keeps_the_session(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    c.run(c.live.set_current_level, 3)
    c.run(c.live.set_revealed, True)
    before = c.audience
    assert item_text(c) in showing(window)

    window.on_screen_removed(screen("projector"))  # what Qt calls when it is unplugged
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.wait(20)  # let the deferred re-check run too
    assert window.isVisible() and not window.isFullScreen()
    assert window.current_screen_name() == "laptop"
    assert screen("laptop").availableGeometry().contains(window.geometry())
    assert window.available_screens() == ["laptop"]
    assert window.view.state() == before
    assert item_text(c) in showing(window) and "NOW" in showing(window)

    c.run(c.live.next_item)  # the session goes on, on the laptop's window
    c.run(c.live.set_current_level, 2)
    assert window.view.state() == c.audience
    assert item_text(c) in showing(window)
    stored, _ = c.live.load()
    assert stored.group(c.cursor.group_key).ratings[c.cursor.item_code].current_level == 2

    window.on_screen_added(screen("projector"))  # plugged back in
    qtbot.waitUntil(window.isFullScreen)
    assert window.geometry() == screen("projector").geometry()
    assert window.view.state() == c.audience


def test_escape_does_not_leave_full_screen(window: AudienceWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.isFullScreen()


def test_the_curtain_hides_the_item_on_the_projector(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    text = item_text(demo_controller)
    assert text in showing(window)
    demo_controller.run(demo_controller.live.set_curtain, Curtain.BLANK)
    assert showing(window) == []
    demo_controller.run(demo_controller.live.set_curtain, Curtain.OPEN)
    assert text in showing(window)
