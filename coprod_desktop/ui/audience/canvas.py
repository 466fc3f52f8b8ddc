"""A typesetting surface for the audience view: wraps, measures and paints text in theme roles.

The same slide code runs twice: with no painter it only measures (to find the largest type
that fits), with a painter it draws. Every string drawn is recorded with its colours, so tests
can check what reached the projector and that every pair of colours is legible.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from coprod_desktop.ui.audience.themes import TEXT_PAIRS, ProjectorTheme

FONT_FAMILY = "DejaVu Sans"
#: Tolerance, in pixels, before text past an edge counts as overflowing.
SLACK = 0.5


@dataclass(frozen=True, slots=True)
class Style:
    """A kind of text: size as a percentage of the page height, weight, slant, colour role.

    ``head`` styles scale with the headline factor, the others with the body factor, so a
    crowded slide can shrink the detail before the headline.
    """

    size: float
    role: str = "text"
    bold: bool = False
    italic: bool = False
    small_caps: bool = False
    head: bool = False


@dataclass(frozen=True, slots=True)
class Drawn:
    """One string put on the page, where, how big, and in which colour roles."""

    text: str
    x: float
    y: float
    width: float
    height: float
    pixel_size: float
    foreground: str
    background: str


@dataclass(frozen=True, slots=True)
class _Font:
    pixels: int
    bold: bool
    italic: bool
    small_caps: bool


def _qfont(spec: _Font) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, spec.pixels))
    font.setBold(spec.bold)
    font.setItalic(spec.italic)
    if spec.small_caps:
        font.setCapitalization(QFont.Capitalization.SmallCaps)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=4096)
def _layout(text: str, spec: _Font, width: float, spacing: float,
            align: Qt.AlignmentFlag) -> tuple[QTextLayout, float, float]:  # fmt: skip
    """``text`` broken into lines ``width`` wide: the layout, its height and widest line.

    Kept (cached) so that repainting an unchanged slide does not lay its text out again.
    """
    layout = QTextLayout(text.replace("\n", "\u2028"), _qfont(spec))
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
def _glyph_runs(text: str, spec: _Font, width: float, spacing: float,
                align: Qt.AlignmentFlag) -> tuple[QGlyphRun, ...]:  # fmt: skip
    """The laid-out text as positioned glyphs: drawing these paints the same pixels as
    drawing the layout, for a third less time."""
    return tuple(_layout(text, spec, width, spacing, align)[0].glyphRuns())


@lru_cache(maxsize=8192)
def _measure(text: str, spec: _Font, width: float, spacing: float) -> tuple[float, float]:
    _, height, widest = _layout(text, spec, width, spacing, Qt.AlignmentFlag.AlignLeft)
    return height, widest


@lru_cache(maxsize=8192)
def _longest_word(text: str, spec: _Font) -> float:
    """The width of the widest word: a box narrower than this would break a word."""
    metrics = QFontMetricsF(_qfont(spec))
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


@lru_cache(maxsize=512)
def _metrics(spec: _Font) -> tuple[float, float]:
    metrics = QFontMetricsF(_qfont(spec))
    return metrics.height(), metrics.ascent()


class Canvas:
    """Text and shapes in theme roles on a page ``width`` × ``height`` pixels.

    ``head`` and ``body`` multiply the type sizes of head and body styles. Anything placed
    below ``limit``, wider than its box, or with a word too long for its box (which would
    have to be broken) sets :attr:`overflow`.
    """

    def __init__(self, painter: QPainter | None, theme: ProjectorTheme, width: float,
                 height: float, *, head: float = 1.0, body: float = 1.0) -> None:  # fmt: skip
        self.painter = painter
        self.theme = theme
        self.width = width
        self.height = height
        self._specs: dict[Style, _Font] = {}  # a paint asks for each style's font many times
        self._head = head
        self._body = body
        self.limit = height
        self.overflow = False
        self.drawn: list[Drawn] = []

    @property
    def head(self) -> float:
        return self._head

    @head.setter
    def head(self, factor: float) -> None:
        self._head = factor
        self._specs.clear()

    @property
    def body(self) -> float:
        return self._body

    @body.setter
    def body(self, factor: float) -> None:
        self._body = factor
        self._specs.clear()

    def dry(self) -> Canvas:
        """A canvas like this one that only measures: for sizing a box before drawing it."""
        twin = Canvas(None, self.theme, self.width, self.height, head=self.head, body=self.body)
        twin.limit = float("inf")
        return twin

    # --- sizes ------------------------------------------------------------------------------
    def px(self, share: float, *, head: bool = False) -> float:
        """``share`` per cent of the page height, scaled like a head or body style."""
        return share * self.height / 100 * (self.head if head else self.body)

    def font_px(self, style: Style) -> int:
        return self._spec(style).pixels

    def _spec(self, style: Style) -> _Font:
        spec = self._specs.get(style)
        if spec is None:
            pixels = max(1, round(self.px(style.size, head=style.head) * self.theme.font_scale))
            spec = self._specs[style] = _Font(pixels, style.bold, style.italic, style.small_caps)
        return spec

    def font(self, style: Style) -> QFont:
        return _qfont(self._spec(style))

    def line_height(self, style: Style) -> float:
        """The height of one line of ``style``."""
        return _metrics(self._spec(style))[0]

    def ascent(self, style: Style) -> float:
        """How far the baseline of ``style`` sits below the top of its line."""
        return _metrics(self._spec(style))[1]

    # --- measuring --------------------------------------------------------------------------
    def measure(self, text: str, style: Style, width: float) -> float:
        """The height ``text`` takes when wrapped to ``width``."""
        if not text:
            return 0.0
        return _measure(text, self._spec(style), round(width, 1), self.theme.line_spacing)[0]

    def natural_width(self, text: str, style: Style) -> float:
        """The width of ``text`` on one line (rounded up, plus a pixel, so that a box this
        wide never wraps it)."""
        if not text:
            return 0.0
        widest = _measure(text, self._spec(style), 100_000.0, self.theme.line_spacing)[1]
        return math.ceil(widest) + 1.0

    def check(self, bottom: float) -> None:
        """Note an overflow if something reaches below the limit."""
        if bottom > self.limit + SLACK:
            self.overflow = True

    # --- drawing ----------------------------------------------------------------------------
    def text(self, text: str, style: Style, x: float, y: float, width: float, *,
             on: str = "background", align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
             role: str | None = None) -> float:  # fmt: skip
        """Wrap ``text`` into ``width`` at (x, y) on the ``on`` ground; returns its height."""
        if not text:
            return 0.0
        fg = role or style.role
        if (fg, on) not in TEXT_PAIRS:
            raise ValueError(f"{fg!r} text on a {on!r} ground is not a checked colour pair")
        spec = self._spec(style)
        height, widest = _measure(text, spec, round(width, 1), self.theme.line_spacing)
        self.check(y + height)
        if max(widest, _longest_word(text, spec)) > width + SLACK:
            self.overflow = True  # a word would be broken, or a line would stick out
        self.drawn.append(Drawn(text, x, y, width, height, spec.pixels, fg, on))
        if self.painter is not None:
            runs = _glyph_runs(text, spec, round(width, 1), self.theme.line_spacing, align)
            self.painter.setPen(QColor(self.theme.colour(fg)))
            at = QPointF(x, y)
            for run in runs:
                self.painter.drawGlyphRun(at, run)
        return height

    def fill(self, rect: QRectF, role: str, radius: float = 0.0) -> None:
        if self.painter is None:
            return
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor(self.theme.colour(role))))
        self.painter.drawRoundedRect(rect, radius, radius)

    def outline(self, rect: QRectF, role: str, width: float, radius: float = 0.0,
                dashed: bool = False) -> None:  # fmt: skip
        if self.painter is None:
            return
        pen = QPen(QColor(self.theme.colour(role)), width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        self.painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)

    def rule(self, x1: float, x2: float, y: float, *, role: str = "muted", width: float = 1.0,
             opacity: float = 0.35) -> None:  # fmt: skip
        """A thin horizontal line (a separator, never the only carrier of meaning)."""
        if self.painter is None:
            return
        colour = QColor(self.theme.colour(role))
        colour.setAlphaF(opacity)
        # The rectangle a square-capped line of this width covers: filled, it looks the same
        # (at most 2/255 apart per channel) and costs a twentieth of stroking the line.
        left, right = min(x1, x2), max(x1, x2)
        self.painter.fillRect(QRectF(left - width / 2, y - width / 2, right - left + width,
                                     width), colour)  # fmt: skip

    def dot(self, cx: float, cy: float, diameter: float, role: str) -> None:
        if self.painter is None:
            return
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(QColor(self.theme.colour(role))))
        r = diameter / 2
        self.painter.drawEllipse(QRectF(cx - r, cy - r, diameter, diameter))

    def pill(self, text: str, style: Style, x: float, y: float, *, filled: bool,
             on: str = "background", role: str = "accent") -> QRectF:  # fmt: skip
        """A word in a rounded box: filled (ground-coloured text on ``role``) or outlined."""
        pad_x = self.font_px(style) * 0.45
        pad_y = self.font_px(style) * 0.14
        w = self.natural_width(text, style) + 2 * pad_x
        h = self.line_height(style) + 2 * pad_y
        box = QRectF(x, y, w, h)
        if filled:
            self.fill(box, role, h * 0.22)
            self.text(text, style, x + pad_x, y + pad_y, w - pad_x, on=role, role="background")
        else:
            self.outline(box, role, max(1.5, h * 0.07), h * 0.22)
            self.text(text, style, x + pad_x, y + pad_y, w - pad_x, on=on, role=role)
        return box
