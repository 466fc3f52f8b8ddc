"""A typesetting surface for the audience view: wraps, measures and paints text in theme roles.

The same slide code runs twice: with no painter it only measures (to find the largest type
that fits), with a painter it draws. Every string drawn is recorded with its colours, so tests
can check what reached the projector and that every pair of colours is legible.

A recording canvas also keeps each drawing step as an :class:`Op` (what it draws, where, and
how to draw it), so the audience view can compare two frames and repaint only what changed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPen,
)

from coprod_desktop.ui.audience.themes import TEXT_PAIRS, ProjectorTheme
from coprod_desktop.ui.audience.type_layout import (
    Font,
    cap_height,
    glyph_runs,
    longest_word,
    measure_text,
    metrics,
    qfont,
)

#: Tolerance, in pixels, before text past an edge counts as overflowing.
SLACK = 0.5
#: The back of the hall: no text's capital letters are shorter than this share of the page
#: height (in %), whatever the theme, zoom or fit; the item statement's floor is higher.
MIN_CAP = 2.5


@dataclass(frozen=True, slots=True)
class Style:
    """A kind of text: size as a percentage of the page height, weight, slant, colour role.

    ``head`` styles scale with the headline factor, the others with the body factor, so a
    crowded slide can shrink the detail before the headline. However a slide is fitted, the
    text's capitals stay at least ``floor`` per cent of the page height tall.
    """

    size: float
    role: str = "text"
    bold: bool = False
    italic: bool = False
    small_caps: bool = False
    head: bool = False
    floor: float = MIN_CAP


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
    #: The height of its smallest capitals, in pixels (what the back of the hall must read).
    cap: float = 0.0


@dataclass(frozen=True, slots=True)
class Op:
    """One drawing step: ``key`` says exactly what it puts on the page (equal keys, equal
    pixels), ``box`` (left, top, right, bottom) bounds every pixel it may touch, ``draw``
    paints it. Each op sets the pen and brush it needs, so any subset replays correctly."""

    key: tuple[object, ...]
    box: tuple[float, float, float, float]
    draw: Callable[[QPainter], None]

    def touches(self, box: tuple[float, float, float, float]) -> bool:
        left, top, right, bottom = self.box
        return left < box[2] and box[0] < right and top < box[3] and box[1] < bottom


#: Pixels added around each op's box for antialiasing and glyph overhang.
_BLEED = 2.0


def _grown(x: float, y: float, w: float, h: float, by: float = _BLEED) -> tuple[float, ...]:
    return (x - by, y - by, x + w + by, y + h + by)


class Canvas:
    """Text and shapes in theme roles on a page ``width`` × ``height`` pixels.

    ``head`` and ``body`` multiply the type sizes of head and body styles. Anything placed
    below ``limit``, wider than its box, or with a word too long for its box (which would
    have to be broken) sets :attr:`overflow`.
    """

    def __init__(self, painter: QPainter | None, theme: ProjectorTheme, width: float,
                 height: float, *, head: float = 1.0, body: float = 1.0,
                 record: bool = False) -> None:  # fmt: skip
        self.painter = painter
        #: The drawing steps, in order, when recording (``record=True``); else None.
        self.ops: list[Op] | None = [] if record else None
        self.theme = theme
        self.width = width
        self.height = height
        self._specs: dict[int, tuple[Style, Font]] = {}
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

    def _spec(self, style: Style) -> Font:
        # Keyed by identity (styles are module constants; the entry keeps the style alive so
        # its id cannot be reused): hashing a dataclass runs Python code, a paint asks often.
        entry = self._specs.get(id(style))
        if entry is not None and entry[0] is style:
            return entry[1]
        spacing = self.theme.spacing  # plain: no italics, no small capitals
        small_caps = style.small_caps and not spacing.plain
        floor = math.ceil(style.floor * self.height / 100 / cap_height(1.0, small_caps=small_caps))
        pixels = max(1, floor, round(self.px(style.size, head=style.head) * self.theme.font_scale))
        spec = Font(
            pixels, style.bold, style.italic and not spacing.plain, small_caps, spacing.letter,
            spacing.word)  # fmt: skip
        self._specs[id(style)] = (style, spec)
        return spec

    def font(self, style: Style) -> QFont:
        return qfont(self._spec(style))

    def line_height(self, style: Style) -> float:
        """The height of one line of ``style``."""
        return metrics(self._spec(style))[0]

    def ascent(self, style: Style) -> float:
        """How far the baseline of ``style`` sits below the top of its line."""
        return metrics(self._spec(style))[1]

    # --- measuring --------------------------------------------------------------------------
    def measure(self, text: str, style: Style, width: float) -> float:
        """The height ``text`` takes when wrapped to ``width``."""
        if not text:
            return 0.0
        return measure_text(text, self._spec(style), round(width, 1), self.theme.line_spacing)[0]

    def natural_width(self, text: str, style: Style) -> float:
        """The width of ``text`` on one line (rounded up, plus a pixel, so that a box this
        wide never wraps it)."""
        if not text:
            return 0.0
        widest = measure_text(text, self._spec(style), 100_000.0, self.theme.line_spacing)[1]
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
        height, widest = measure_text(text, spec, round(width, 1), self.theme.line_spacing)
        self.check(y + height)
        if self.theme.spacing.plain and height > metrics(spec)[0] + SLACK:
            align = Qt.AlignmentFlag.AlignLeft  # wrapped text: ragged-right, never centred
        if max(widest, longest_word(text, spec)) > width + SLACK:
            self.overflow = True  # a word would be broken, or a line would stick out
        lower = spec.small_caps and any(ch.islower() for ch in text)
        cap = cap_height(spec.pixels, small_caps=lower)
        self.drawn.append(Drawn(text, x, y, width, height, spec.pixels, fg, on, cap))
        if self.painter is not None or self.ops is not None:
            runs = glyph_runs(text, spec, round(width, 1), self.theme.line_spacing, align)
            colour = self.theme.colour(fg)

            def draw(painter: QPainter) -> None:
                painter.setPen(QColor(colour))
                at = QPointF(x, y)
                for run in runs:
                    painter.drawGlyphRun(at, run)

            bleed = _BLEED + spec.pixels * 0.25  # italic overhang, accents above the line
            self._step(("text", text, spec, round(width, 1), align, x, y, colour),
                       _grown(x, y, max(width, widest), height, bleed), draw)  # fmt: skip
        return height

    def _step(self, key: tuple[object, ...], box: tuple[float, ...],
              draw: Callable[[QPainter], None]) -> None:  # fmt: skip
        """Paint ``draw`` now (with a painter) and keep it (when recording)."""
        if self.painter is not None:
            draw(self.painter)
        if self.ops is not None:
            self.ops.append(Op(key, box, draw))  # type: ignore[arg-type]

    @property
    def drawing(self) -> bool:
        """Whether shapes are wanted: painting now, or recording for later."""
        return self.painter is not None or self.ops is not None

    def picture(self, key: tuple[object, ...], rect: QRectF,
                draw: Callable[[QPainter], None]) -> None:  # fmt: skip
        """A picture painted by ``draw`` inside ``rect`` (a chart); ``key`` (hashable) says
        exactly what it shows, so an unchanged picture is not repainted."""
        if self.drawing:
            geometry = (rect.x(), rect.y(), rect.width(), rect.height())
            self._step(("picture", *geometry, *key), _grown(*geometry), draw)

    def fill(self, rect: QRectF, role: str, radius: float = 0.0) -> None:
        if not self.drawing:
            return
        colour = self.theme.colour(role)
        box = QRectF(rect)

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawRoundedRect(box, radius, radius)

        geometry = (box.x(), box.y(), box.width(), box.height())
        self._step(("fill", *geometry, colour, radius), _grown(*geometry), draw)

    def outline(self, rect: QRectF, role: str, width: float, radius: float = 0.0,
                dashed: bool = False) -> None:  # fmt: skip
        if not self.drawing:
            return
        colour = self.theme.colour(role)
        inset = width / 2
        box = rect.adjusted(inset, inset, -inset, -inset)

        def draw(painter: QPainter) -> None:
            pen = QPen(QColor(colour), width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, radius, radius)

        geometry = (rect.x(), rect.y(), rect.width(), rect.height())
        self._step(("outline", *geometry, colour, width, radius, dashed),
                   _grown(*geometry), draw)  # fmt: skip

    def rule(self, x1: float, x2: float, y: float, *, role: str = "muted", width: float = 1.0,
             opacity: float = 0.35) -> None:  # fmt: skip
        """A thin horizontal line (a separator, never the only carrier of meaning)."""
        if not self.drawing:
            return
        name = self.theme.colour(role)
        # The rectangle a square-capped line of this width covers: filled, it looks the same
        # (at most 2/255 apart per channel) and costs a twentieth of stroking the line.
        left, right = min(x1, x2), max(x1, x2)
        geometry = (left - width / 2, y - width / 2, right - left + width, width)
        box = QRectF(*geometry)

        def draw(painter: QPainter) -> None:
            colour = QColor(name)
            colour.setAlphaF(opacity)
            painter.fillRect(box, colour)

        self._step(("rule", *geometry, name, opacity), _grown(*geometry), draw)

    def dot(self, cx: float, cy: float, diameter: float, role: str) -> None:
        if not self.drawing:
            return
        colour = self.theme.colour(role)
        r = diameter / 2
        geometry = (cx - r, cy - r, diameter, diameter)
        box = QRectF(*geometry)

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawEllipse(box)

        self._step(("dot", *geometry, colour), _grown(*geometry), draw)

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
