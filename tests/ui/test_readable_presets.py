"""Readable-room presets: dyslexia-friendly spacing measured from the projector's font against
the British Dyslexia Association's style guide, with every theme; legible colour pairs in
every theme with and without it; every slide still fits a 1024×768 projector; and the choice
made from the console's projector controls is remembered like the theme."""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.themes import (
    AVERAGE_LETTER_EM,
    DYSLEXIA_SPACING,
    LETTER_GAP_EM,
    MIN_TEXT_CONTRAST,
    NORMAL_SPACING,
    SPACE_EM,
    TEXT_PAIRS,
    THEMES,
    contrast_ratio,
    readable,
    with_spacing,
)
from coprod_desktop.ui.audience.type_layout import FONT_FAMILY
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.console.room_controls import room_controls
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import audience_settings, demo_controller, drawn_on_every_page  # noqa: F401

PX = 200  # a large size, so that rounding to whole pixels hardly matters
LOWER = string.ascii_lowercase


def _font_metrics(font: QFont) -> QFontMetricsF:
    return QFontMetricsF(font)


def _plain_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(PX)
    return font


def _spaced_font(theme_name: str = "default") -> QFont:
    """The font the canvas sets body text in with dyslexia spacing, at ``PX`` pixels."""
    theme = readable(theme_name, dyslexia_spacing=True)
    c = Canvas(None, theme, 1000, 1000)
    font = c.font(Style(PX / 10 / theme.font_scale))  # a size in % of a 1000-pixel page
    assert font.pixelSize() == PX
    return font


def _letter_gap(metrics: QFontMetricsF, ink: QFontMetricsF) -> float:
    """The average blank between two lower-case letters: advance less the ink's width."""
    return sum(metrics.horizontalAdvance(ch) - ink.boundingRect(ch).width() for ch in LOWER) / 26


def test_the_fonts_measurements_behind_the_spacing_are_true(qtbot: QtBot) -> None:
    metrics = _font_metrics(_plain_font())
    average = sum(metrics.horizontalAdvance(ch) for ch in LOWER) / 26 / PX
    assert average == pytest.approx(AVERAGE_LETTER_EM, abs=0.002)
    assert _letter_gap(metrics, metrics) / PX == pytest.approx(LETTER_GAP_EM, abs=0.005)
    assert metrics.horizontalAdvance(" ") / PX == pytest.approx(SPACE_EM, abs=0.002)


@pytest.mark.parametrize("theme_name", list(THEMES))
def test_dyslexia_spacing_follows_the_bda_style_guide(theme_name: str, qtbot: QtBot) -> None:
    """Letters about 35 % of a letter's width apart, words at least 3.5 times that, lines
    1.5 apart, whatever the theme."""
    plain = _font_metrics(_plain_font())
    spaced = _font_metrics(_spaced_font(theme_name))
    average_width = sum(plain.horizontalAdvance(ch) for ch in LOWER) / 26
    letter_gap = _letter_gap(spaced, plain)
    assert letter_gap / average_width == pytest.approx(0.35, abs=0.02)
    # Between x and y in "x y", on top of the gap between them in "xy": the space, its
    # own letter spacing and the extra word spacing.
    word_gap = letter_gap + spaced.horizontalAdvance("x y") - spaced.horizontalAdvance("xy")
    assert word_gap >= 3.5 * letter_gap
    assert word_gap < 5 * letter_gap  # wider still would break lines into single words
    theme = readable(theme_name, dyslexia_spacing=True)
    assert theme.line_spacing >= 1.5
    assert theme.line_spacing > THEMES[theme_name].line_spacing


@pytest.mark.parametrize("theme_name", list(THEMES))
def test_any_theme_takes_either_spacing_and_keeps_its_colours_and_name(theme_name: str) -> None:
    base = THEMES[theme_name]
    spaced = readable(theme_name, dyslexia_spacing=True)
    assert spaced.spacing == DYSLEXIA_SPACING
    assert spaced.name == base.name  # the projector controls find it by name
    assert spaced.font_scale == base.font_scale
    for role in ("background", "text", "muted", "accent", "highlight", "split"):
        assert spaced.colour(role) == base.colour(role)
    assert readable(theme_name, dyslexia_spacing=False) == base
    assert with_spacing(spaced, NORMAL_SPACING).spacing == NORMAL_SPACING
    with pytest.raises(ValueError):
        spaced.colour("spacing")
    with pytest.raises(KeyError, match="choose from"):
        readable("neon", dyslexia_spacing=True)


def test_plain_type_sets_no_italics_and_no_small_capitals(qtbot: QtBot) -> None:
    fancy = Style(4.0, "muted", italic=True, small_caps=True)
    normal = Canvas(None, THEMES["default"], 1024, 768).font(fancy)
    assert normal.italic()
    assert normal.capitalization() == QFont.Capitalization.SmallCaps
    spaced = Canvas(None, readable("default", dyslexia_spacing=True), 1024, 768)
    font = spaced.font(fancy)
    assert not font.italic()
    assert font.capitalization() == QFont.Capitalization.MixedCase
    assert font.letterSpacingType() == QFont.SpacingType.AbsoluteSpacing
    # Qt keeps spacing in 64ths of a pixel
    assert font.letterSpacing() == pytest.approx(
        DYSLEXIA_SPACING.letter * font.pixelSize(), abs=1 / 32
    )
    assert spaced.font(Style(4.0, bold=True)).bold()  # bold stays, for emphasis


def _line_starts(image: QImage, background: QColor) -> list[int]:
    """The leftmost inked column of each band of inked rows (each line of text)."""
    starts: list[int] = []
    band: list[int] = []
    for y in range(image.height()):
        inked = [x for x in range(image.width()) if image.pixelColor(x, y) != background]
        if inked:
            band.append(min(inked))
        elif band:
            starts.append(min(band))
            band = []
    if band:
        starts.append(min(band))
    return starts


@pytest.mark.parametrize("dyslexia", [False, True], ids=["normal", "dyslexia"])
def test_wrapped_text_is_ragged_right_from_the_left_edge_with_dyslexia_spacing(
    dyslexia: bool, qtbot: QtBot
) -> None:
    theme = readable("default", dyslexia_spacing=dyslexia)
    image = QImage(420, 400, QImage.Format.Format_RGB32)
    background = QColor(theme.background)
    image.fill(background)
    painter = QPainter(image)
    c = Canvas(painter, theme, 420, 400)
    c.text("Where is your group now, and where does it aim to be?", Style(6.0), 0, 0, 420,
           align=Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
    painter.end()
    starts = _line_starts(image, background)
    assert len(starts) >= 2, "the test text must wrap"
    if dyslexia:
        assert max(starts) <= 8, starts  # every line starts at the left edge
    else:
        assert max(starts) > 20, starts  # centred as the slide asked


def _every_slide(c: SessionController) -> list[object]:
    """The item slide revealed (group by group, and item by item) and every other slide."""
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_timer_shown, True)
    c.run(c.live.jump, group_key="g1", item_code="S3")
    states: list[object] = []
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.jump, group_key="g1", item_code="H1")
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    for slide in (Slide.TITLE, Slide.STAGES, Slide.GROUP_SUMMARY, Slide.STRENGTHS, Slide.CLOSING):
        c.run(c.live.show_slide, slide)
        states.append(c.audience)
    return states


@pytest.mark.parametrize("dyslexia", [False, True], ids=["normal", "dyslexia"])
@pytest.mark.parametrize("theme_name", list(THEMES))
def test_every_pair_drawn_in_every_preset_reaches_seven_to_one(
    theme_name: str,
    dyslexia: bool,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """Every text role on every ground it is drawn on, computed from the theme's colours,
    for every slide at both projector sizes; and nothing is drawn outside the checked pairs."""
    theme = readable(theme_name, dyslexia_spacing=dyslexia)
    for fg, bg in TEXT_PAIRS:
        ratio = contrast_ratio(theme.colour(fg), theme.colour(bg))
        assert ratio >= MIN_TEXT_CONTRAST, f"{theme_name}: {fg} on {bg} is {ratio:.2f}:1"
    view = AudienceView(theme)
    qtbot.addWidget(view)
    seen: set[tuple[str, str]] = set()
    for state in _every_slide(demo_controller):
        for size in (QSize(1024, 768), QSize(1920, 1080)):
            for page in drawn_on_every_page(state, theme, size):  # type: ignore[arg-type]
                seen |= {(drawn.foreground, drawn.background) for drawn in page.drawn}
    assert seen <= set(TEXT_PAIRS)
    # the split, accent and muted roles really are drawn, on both grounds they may be
    for pair in (("split", "background"), ("accent", "background"), ("muted", "background"),
                 ("text", "highlight"), ("background", "accent")):  # fmt: skip
        assert pair in seen, pair


@pytest.mark.parametrize("theme_name", list(THEMES))
def test_every_slide_fits_1024_by_768_with_dyslexia_spacing(
    theme_name: str,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    view = AudienceView(readable(theme_name, dyslexia_spacing=True))
    qtbot.addWidget(view)
    size = QSize(1024, 768)
    for state in _every_slide(demo_controller):
        for report in drawn_on_every_page(state, view.theme(), size):  # type: ignore[arg-type]
            assert not report.overflow, (theme_name, state)
            assert report.drawn
            assert all(d.y + d.height <= size.height() for d in report.drawn)
            assert all(d.x >= 0 and d.x + d.width <= size.width() + 1 for d in report.drawn)


@pytest.mark.parametrize("theme_name", ["default", "large_print"])
def test_every_demo_item_fits_1024_by_768_with_dyslexia_spacing(
    theme_name: str,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """The longest texts, revealed with Easy Read and the timer, in the roomiest type."""
    view = AudienceView(readable(theme_name, dyslexia_spacing=True))
    qtbot.addWidget(view)
    c = demo_controller
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_timer_shown, True)
    size = QSize(1024, 768)
    group = c.workshop.groups[0]
    for code in c.workshop.item_codes:
        c.run(c.live.jump, group_key=group.key, item_code=code)
        c.run(c.live.set_revealed, True)
        view.show_state(c.audience)
        report = view.layout_at(size)
        assert not report.overflow, code
        item = c.audience.item
        assert item is not None
        [drawn] = [d for d in report.drawn if d.text == (item.easy_read or item.text)]
        assert drawn.cap >= 0.05 * size.height() - 0.5, (code, drawn.cap)


def test_the_spacing_is_chosen_in_the_projector_controls_and_remembered(
    demo_controller: SessionController,  # noqa: F811
    audience_settings: QSettings,  # noqa: F811
    qtbot: QtBot,
) -> None:
    room = AudienceWindow(demo_controller, settings=audience_settings)
    qtbot.addWidget(room)
    host = QWidget()
    qtbot.addWidget(host)
    host.setLayout(room_controls(room))
    box = host.findChild(QCheckBox, "dyslexiaSpacing")
    assert box is not None and not box.isChecked()
    assert box.text() and box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert room.view.theme().spacing == NORMAL_SPACING

    box.click()
    assert room.view.theme() == readable("default", dyslexia_spacing=True)
    themes = host.findChild(QComboBox)
    assert themes is not None
    themes.setCurrentIndex(themes.findData("dark"))
    themes.activated.emit(themes.currentIndex())
    assert room.view.theme() == readable("dark", dyslexia_spacing=True)  # kept with the theme

    again = AudienceWindow(demo_controller, settings=audience_settings)
    qtbot.addWidget(again)
    assert again.view.theme() == readable("dark", dyslexia_spacing=True)
    host_again = QWidget()
    qtbot.addWidget(host_again)
    host_again.setLayout(room_controls(again))
    box_again = host_again.findChild(QCheckBox, "dyslexiaSpacing")
    assert box_again is not None and box_again.isChecked()
    box_again.click()
    assert again.view.theme() == THEMES["dark"]
    assert not AudienceWindow(demo_controller, settings=audience_settings).dyslexia_spacing()
