"""Projector themes: every colour pair used for text reaches 7:1, computed, in every theme;
and what the view actually draws uses only those pairs."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.ui.audience.themes import (
    MIN_TEXT_CONTRAST,
    TEXT_PAIRS,
    THEMES,
    ProjectorTheme,
    contrast_ratio,
    relative_luminance,
)
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller, drawn_on_every_page  # noqa: F401


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        relative_luminance("#fff")


def test_there_are_the_four_themes_the_facilitator_can_choose() -> None:
    assert set(THEMES) == {"default", "high_contrast", "dark", "large_print"}
    assert THEMES["large_print"].font_scale > THEMES["default"].font_scale
    hc = THEMES["high_contrast"]
    assert {hc.background, hc.text} == {"#000000", "#ffffff"}


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=[f"{f}-on-{b}" for f, b in TEXT_PAIRS])
def test_every_text_pair_reaches_seven_to_one(theme: ProjectorTheme, pair: tuple[str, str]) -> None:
    fg, bg = pair
    ratio = contrast_ratio(theme.colour(fg), theme.colour(bg))
    assert ratio >= MIN_TEXT_CONTRAST, f"{theme.name}: {fg} on {bg} is only {ratio:.2f}:1"


def test_colour_roles_are_checked() -> None:
    theme = THEMES["default"]
    with pytest.raises(ValueError):
        theme.colour("name")
    with pytest.raises(AttributeError):
        theme.colour("nonsense")


def test_a_theme_with_a_weak_pair_fails_the_check() -> None:
    weak = dataclasses.replace(THEMES["default"], muted="#9a9a9a")
    assert contrast_ratio(weak.muted, weak.background) < MIN_TEXT_CONTRAST


@pytest.mark.parametrize("name", list(THEMES))
def test_what_the_view_draws_uses_only_legible_pairs(
    name: str,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    theme = THEMES[name]
    view = AudienceView(theme)
    qtbot.addWidget(view)
    c = demo_controller
    c.run(c.live.jump, group_key="g1", item_code="S3")
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_timer_shown, True)
    states = []
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    for slide in (Slide.TITLE, Slide.STAGES, Slide.GROUP_SUMMARY, Slide.STRENGTHS, Slide.CLOSING):
        c.run(c.live.show_slide, slide)
        states.append(c.audience)
    seen: set[tuple[str, str]] = set()
    for state in states:
        for size in (QSize(1024, 768), QSize(1920, 1080)):
            for drawn in (d for r in drawn_on_every_page(state, theme, size) for d in r.drawn):
                pair = (drawn.foreground, drawn.background)
                seen.add(pair)
                ratio = contrast_ratio(theme.colour(pair[0]), theme.colour(pair[1]))
                assert ratio >= MIN_TEXT_CONTRAST, (drawn.text, pair, ratio)
    assert seen <= set(TEXT_PAIRS)
    assert ("background", "accent") in seen  # the NOW marker: ground-coloured text on accent
