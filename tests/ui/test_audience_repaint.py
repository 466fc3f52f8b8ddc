"""The audience view repaints only what a change altered, and the wall then shows exactly what
a full paint of the new state would: checked pixel for pixel on the window's backing store."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QGuiApplication, QImage, QRegion
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import AudienceState, Curtain, Slide
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller  # noqa: F401


def on_screen(view: AudienceView) -> QImage:
    """What the window system holds for the view: partial repaints included (``grab()``
    would repaint the whole widget and hide a missed region)."""
    image = QGuiApplication.primaryScreen().grabWindow(view.winId()).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def fresh(qtbot: QtBot, state: AudienceState, view: AudienceView) -> QImage:
    """The same state painted whole, in a new view of the same size, theme and zoom."""
    other = AudienceView(view.theme())
    qtbot.addWidget(other)
    other.resize(view.size())
    other.set_zoom(view.zoom())
    other.show_state(state)
    return other.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def shown(qtbot: QtBot, demo_controller: SessionController) -> AudienceView:  # noqa: F811
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    demo_controller.changed.connect(lambda _changes: view.show_state(demo_controller.audience))
    view.show_state(demo_controller.audience)
    view.repaint()
    return view


def area(region: QRegion) -> int:
    return sum(r.width() * r.height() for r in region)  # type: ignore[attr-defined]


def test_a_capture_repaints_a_part_of_the_page_and_the_wall_matches_a_full_paint(
    shown: AudienceView,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    c.run(c.live.set_revealed, True)
    shown.paint_pending()
    before = c.rating()
    c.run(c.live.set_current_level, 2 if before is None or before.current_level != 2 else 3)
    # Painted at once, before anything else runs: nothing is left pending.
    assert shown.pending().isEmpty()
    changed = area(shown.repainted())
    assert 0 < changed < 0.5 * shown.width() * shown.height()
    assert on_screen(shown) == fresh(qtbot, c.audience, shown)


@pytest.mark.parametrize("theme", ["default", "high_contrast", "dark"])
def test_level_keys_in_every_theme_match_a_full_paint(
    shown: AudienceView,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
    theme: str,
) -> None:
    c = demo_controller
    shown.set_theme(THEMES[theme])
    c.run(c.live.set_revealed, True)
    shown.paint_pending()
    for change, level in [(c.live.set_current_level, 3), (c.live.set_required_level, 5),
                          (c.live.set_current_level, 1), (c.live.set_required_level, 2)]:  # fmt: skip
        shown_before = c.audience
        c.run(change, level)
        assert c.audience != shown_before
        assert shown.pending().isEmpty()  # painted at once
        assert on_screen(shown) == fresh(qtbot, c.audience, shown)


def test_nothing_is_repainted_when_nothing_on_the_page_changed(
    shown: AudienceView,
    demo_controller: SessionController,  # noqa: F811
) -> None:
    demo_controller.run(demo_controller.live.set_revealed, True)
    shown.paint_pending()
    shown.set_zoom(shown.zoom())
    shown.show_state(demo_controller.audience)
    assert shown.pending().isEmpty()


def test_a_new_theme_repaints_the_whole_page(
    shown: AudienceView,
) -> None:
    shown.set_theme(THEMES["dark"])
    assert area(shown.pending()) == shown.width() * shown.height()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_run_of_changes_leaves_exactly_what_a_full_paint_shows(
    shown: AudienceView,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
    seed: int,
) -> None:
    c = demo_controller
    rng = random.Random(seed)
    changes = [
        lambda: c.run(c.live.set_current_level, rng.randint(1, 5)),
        lambda: c.run(c.live.set_required_level, rng.randint(1, 5)),
        lambda: c.run(c.live.set_revealed, rng.random() < 0.7),
        c.slot(c.live.next_item),
        c.slot(c.live.previous_item),
        c.slot(c.live.next_group),
        lambda: c.run(c.live.set_curtain, rng.choice([Curtain.OPEN, Curtain.OPEN, Curtain.BLANK])),
        lambda: c.run(c.live.set_easy_read, rng.random() < 0.5),
        lambda: c.run(c.live.set_timer_shown, rng.random() < 0.5),
        lambda: c.run(c.live.show_slide, rng.choice([Slide.ITEM, Slide.ITEM, Slide.GROUP_SUMMARY])),
        lambda: shown.set_zoom(rng.choice([0.8, 1.0, 1.2])),
    ]
    for _ in range(25):
        rng.choice(changes)()
        shown.paint_pending()
    c.run(c.live.set_curtain, Curtain.OPEN)
    shown.paint_pending()
    assert on_screen(shown) == fresh(qtbot, c.audience, shown)
