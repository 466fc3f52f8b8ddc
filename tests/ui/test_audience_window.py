"""The audience window with one screen (the normal offscreen platform): a window, never full
screen; it follows the controller, ignores Escape, only hides on close, and remembers the
theme and zoom. The two-screen cases run in their own process: see test_audience_two_screens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Curtain, Slide
from coprod_desktop.ui.audience.preview import AudiencePreview
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import audience_settings, demo_controller  # noqa: F401


@pytest.fixture
def window(
    demo_controller: SessionController,  # noqa: F811
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> Iterator[AudienceWindow]:
    w = AudienceWindow(demo_controller, settings=audience_settings)
    qtbot.addWidget(w)
    w.place()
    qtbot.waitExposed(w)
    yield w
    w.hide()


def item_text(controller: SessionController) -> str:
    item = controller.audience.item
    assert item is not None
    return item.text


def test_with_one_screen_it_is_a_window(window: AudienceWindow) -> None:
    [screen] = QGuiApplication.screens()
    assert window.isVisible() and not window.isFullScreen()
    assert not window.is_presenting()
    assert screen.availableGeometry().contains(window.geometry())
    assert window.available_screens() == [screen.name()]
    assert window.current_screen_name() == screen.name()
    assert not window.swap_screens()
    assert not window.present_on("projector")
    assert not window.isFullScreen()


def test_it_shows_the_controllers_state_at_once_and_follows_it(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    c = demo_controller
    assert window.view.state() == c.audience
    window.view.grab()
    assert item_text(c) in window.view.drawn_text()
    c.run(c.live.next_item)
    assert window.view.state() == c.audience
    window.view.grab()
    assert item_text(c) in window.view.drawn_text()


def test_escape_does_not_close_it_and_closing_only_hides_it(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert not window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert not window.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    demo_controller.run(demo_controller.live.next_item)  # the session carries on while it is hidden
    window.place()
    qtbot.waitExposed(window)
    assert window.view.state() == demo_controller.audience


def test_a_hidden_window_stays_hidden_when_screens_change(window: AudienceWindow) -> None:
    window.close()
    [screen] = QGuiApplication.screens()
    window.on_screen_added(screen)
    assert not window.isVisible()


def test_losing_the_only_screen_never_crashes_or_loses_the_state(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    [screen] = QGuiApplication.screens()
    state = demo_controller.audience
    window.on_screen_removed(screen)
    qtbot.wait(10)
    assert window.available_screens() == []
    assert window.view.state() == state
    window.on_screen_added(screen)
    assert window.isVisible() and not window.isFullScreen()
    assert window.view.state() == demo_controller.audience


def test_theme_and_zoom_are_remembered(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> None:
    window.set_theme("high_contrast")
    window.set_zoom(1.4)
    assert window.view.theme() == THEMES["high_contrast"]
    again = AudienceWindow(demo_controller, settings=audience_settings)
    qtbot.addWidget(again)
    assert again.view.theme() == THEMES["high_contrast"]
    assert again.view.zoom() == pytest.approx(1.4)
    with pytest.raises(KeyError):
        window.set_theme("neon")


def test_the_preview_draws_what_the_room_sees(
    window: AudienceWindow,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    preview = window.preview()
    assert isinstance(preview, AudiencePreview)
    qtbot.addWidget(preview)
    preview.resize(320, 240)
    c = demo_controller
    c.run(c.live.set_current_level, 3)
    c.run(c.live.set_revealed, True)
    window.set_theme("dark")
    preview.grab()
    window.view.grab()
    assert preview.page() == window.view.size()
    assert preview.drawn_text() == window.view.drawn_text()
    assert "NOW" in preview.drawn_text()
    c.run(c.live.set_curtain, Curtain.BLANK)
    preview.grab()
    assert preview.drawn_text() == []
    assert preview.heightForWidth(400) == round(
        400 * preview.page().height() / preview.page().width()
    )


def test_a_preview_without_a_window_renders_the_controllers_state(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    preview = AudiencePreview(demo_controller)
    qtbot.addWidget(preview)
    preview.resize(256, 192)
    demo_controller.run(demo_controller.live.show_slide, Slide.CLOSING)
    preview.grab()
    assert "Thank you" in preview.drawn_text()
    assert preview.page().width() == 1024


def test_the_preview_outlives_a_projector_window_that_closes_first(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    source = AudienceView()
    source.resize(1024, 768)
    source.show()
    preview = AudiencePreview(demo_controller, source)
    qtbot.addWidget(preview)
    preview.resize(256, 192)
    source.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert preview.source is None
    assert preview.heightForWidth(256) == 192  # no dead view asked for its size
    demo_controller.run(demo_controller.live.show_slide, Slide.CLOSING)
    preview.grab()
    assert "Thank you" in preview.drawn_text()
