"""Type for the projector: its font, and text laid out in it — cached, because a slide is
measured many times while it is fitted, and an unchanged slide repaints from the cache."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGlyphRun, QTextLayout, QTextOption

FONT_FAMILY = "DejaVu Sans"
#: The share of the font size small capitals are set at (Qt's).
SMALL_CAPS = 0.7


@lru_cache(maxsize=1)
def cap_ratio() -> float:
    """The projector font's capital height as a share of its pixel size (measured)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(1000)
    return QFontMetricsF(font).capHeight() / 1000


def cap_height(pixels: float, *, small_caps: bool = False) -> float:
    """How tall, in pixels, the smallest capitals of text ``pixels`` big are."""
    return pixels * cap_ratio() * (SMALL_CAPS if small_caps else 1.0)


class Font(NamedTuple):
    """A font as the canvas asks for it (pixels, weight, slant, spacing)."""

    # A tuple, not a dataclass: it keys every layout cache, and a tuple hashes in C.
    pixels: int
    bold: bool
    italic: bool
    small_caps: bool
    letter: float = 0.0  # extra space after each character, em
    word: float = 0.0  # extra space at each word gap, em


def qfont(spec: Font) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, spec.pixels))
    font.setBold(spec.bold)
    font.setItalic(spec.italic)
    if spec.small_caps:
        font.setCapitalization(QFont.Capitalization.SmallCaps)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    if spec.letter:
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spec.letter * spec.pixels)
    if spec.word:
        font.setWordSpacing(spec.word * spec.pixels)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=4096)
def layout(text: str, spec: Font, width: float, spacing: float,
            align: Qt.AlignmentFlag) -> tuple[QTextLayout, float, float]:  # fmt: skip
    """``text`` broken into lines ``width`` wide: the layout, its height and widest line.

    Kept (cached) so that repainting an unchanged slide does not lay its text out again.
    """
    layout = QTextLayout(text.replace("\n", "\u2028"), qfont(spec))
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    bottom = 0.0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, y))
        bottom = y + line.height()
        widest = max(widest, line.naturalTextWidth())
        y += line.height() * spacing
    layout.endLayout()
    return layout, bottom, widest


@lru_cache(maxsize=4096)
def glyph_runs(text: str, spec: Font, width: float, spacing: float,
                align: Qt.AlignmentFlag) -> tuple[QGlyphRun, ...]:  # fmt: skip
    """The laid-out text as positioned glyphs: drawing these paints the same pixels as
    drawing the layout, for a third less time."""
    return tuple(layout(text, spec, width, spacing, align)[0].glyphRuns())


@lru_cache(maxsize=8192)
def measure_text(text: str, spec: Font, width: float, spacing: float) -> tuple[float, float]:
    _, height, widest = layout(text, spec, width, spacing, Qt.AlignmentFlag.AlignLeft)
    return height, widest


@lru_cache(maxsize=8192)
def longest_word(text: str, spec: Font) -> float:
    """The width of the widest word: a box narrower than this would break a word."""
    metrics = QFontMetricsF(qfont(spec))
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


@lru_cache(maxsize=512)
def metrics(spec: Font) -> tuple[float, float]:
    metrics = QFontMetricsF(qfont(spec))
    return metrics.height(), metrics.ascent()
