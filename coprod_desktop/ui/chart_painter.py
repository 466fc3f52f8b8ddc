"""Draw a chart definition (coprod_desktop.charts) with a QPainter: the Qt twin of
``report/chart_flowable.py``, so the console, the projector and the PDF draw the same chart.

Positions are in the chart's unit space (x from 0 to 1 across, y down); one unit is ``width``
pixels. Line widths are in points on paper: on screen they grow with the chart, so a chart
drawn wider than a page's text column keeps the proportions it has in the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from coprod_desktop.charts.palette import INK, PALETTE
from coprod_desktop.charts.primitives import (
    DASH,
    HATCH_STEP,
    Anchor,
    Chart,
    Marker,
    Pattern,
    Point,
    Polygon,
    Polyline,
    Primitive,
    Rect,
    Shape,
    Stroke,
    Text,
)
from coprod_desktop.charts.text_fit import fit_line

FONT_FAMILY = "DejaVu Sans"  # the family the PDF embeds
PATTERN_ALPHA = 0.55
#: The width, in pixels, at which a point of line width is one pixel (an A4 text column).
REFERENCE_WIDTH = 480.0


@dataclass(frozen=True, slots=True)
class ChartText:
    """One string of a chart as drawn: its box in pixels, pixel size and colour role."""

    text: str
    rect: QRectF
    pixel_size: float
    role: str


@lru_cache(maxsize=256)
def _font(pixels: int, bold: bool) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


@lru_cache(maxsize=4096)
def _advance(text: str, pixels: int, bold: bool) -> float:
    return QFontMetricsF(_font(pixels, bold)).horizontalAdvance(text)


def fit_text(t: Text, scale: float) -> tuple[str, int]:
    """The text as it will be drawn and its pixel size: shrunk to fit ``max_width`` (to 70 %),
    then shortened with an ellipsis, as the PDF does."""
    limit = t.max_width * scale if t.max_width is not None else None
    content, size = fit_line(
        t.text,
        max(1, round(t.size * scale)),
        limit,
        lambda text, size: _advance(text, _pixels(size), t.bold),
    )
    return content, _pixels(size)


def _pixels(size: float) -> int:
    return max(1, round(size))


def chart_height(chart: Chart, width: float) -> float:
    """The height in pixels of ``chart`` drawn ``width`` pixels wide."""
    return chart.height * width


def paint_chart(
    painter: QPainter | None,
    chart: Chart,
    *,
    x: float,
    y: float,
    width: float,
    colours: Mapping[str, str] = PALETTE,
) -> list[ChartText]:
    """Draw ``chart`` with its top-left corner at (x, y), ``width`` pixels wide, in
    ``colours`` (role → ``#rrggbb``; unknown roles are ink). With no painter, only lay the
    text out. Returns every string drawn, where, and in which role."""
    return _Painter(painter, x, y, width, colours).draw_all(chart.shapes)


class _Painter:
    def __init__(self, painter: QPainter | None, left: float, top: float, scale: float,
                 colours: Mapping[str, str]) -> None:  # fmt: skip
        self.p = painter
        self.left = left
        self.top = top
        self.k = scale
        self.line_scale = max(1.0, scale / REFERENCE_WIDTH)
        self.colours = colours
        self.texts: list[ChartText] = []

    def draw_all(self, shapes: tuple[Primitive, ...]) -> list[ChartText]:
        if self.p is not None:
            self.p.save()
            self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        try:
            for shape in shapes:
                if isinstance(shape, Text):
                    self.text(shape)
                elif self.p is not None:
                    self.draw(self.p, shape)
        finally:
            if self.p is not None:
                self.p.restore()
        return self.texts

    def colour(self, role: str, alpha: float = 1.0) -> QColor:
        colour = QColor(self.colours.get(role, self.colours.get(INK, PALETTE[INK])))
        colour.setAlphaF(alpha)
        return colour

    def xy(self, point: Point) -> QPointF:
        return QPointF(self.left + point[0] * self.k, self.top + point[1] * self.k)

    def pen(self, stroke: Stroke) -> QPen:
        width = stroke.width * self.line_scale
        pen = QPen(self.colour(stroke.role), width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        if stroke.dashed:
            # Qt measures dashes in pen widths; the PDF in points.
            on, off = (d * self.line_scale / max(width, 0.01) for d in DASH)
            pen.setDashPattern([on, off])
        return pen

    def draw(self, p: QPainter, shape: Primitive) -> None:
        if isinstance(shape, Rect):
            right, bottom = shape.x + shape.w, shape.y + shape.h
            corners = ((shape.x, shape.y), (right, shape.y), (right, bottom), (shape.x, bottom))
            self.area(p, corners, shape.fill, shape.stroke, pattern=shape.pattern,
                      pattern_role=shape.pattern_role, opacity=1.0)  # fmt: skip
        elif isinstance(shape, Polygon):
            self.area(p, shape.points, shape.fill, shape.stroke, pattern=shape.pattern,
                      pattern_role=INK, opacity=shape.opacity)  # fmt: skip
        elif isinstance(shape, Polyline):
            p.setPen(self.pen(shape.stroke))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolyline(QPolygonF([self.xy(pt) for pt in shape.points]))
        elif isinstance(shape, Marker):
            self.marker(p, shape)

    def _path(self, points: tuple[Point, ...]) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(QPolygonF([self.xy(pt) for pt in points]))
        path.closeSubpath()
        return path

    def area(self, p: QPainter, points: tuple[Point, ...], fill: str | None,
             stroke: Stroke | None, *, pattern: Pattern, pattern_role: str,
             opacity: float) -> None:  # fmt: skip
        path = self._path(points)
        if fill is not None:
            p.fillPath(path, self.colour(fill, opacity))
        if pattern is not Pattern.NONE:
            self.pattern(p, path, pattern, pattern_role)
        if stroke is not None:
            p.strokePath(path, self.pen(stroke))

    def pattern(self, p: QPainter, path: QPainterPath, pattern: Pattern, role: str) -> None:
        box = path.boundingRect()
        step = HATCH_STEP * self.line_scale
        p.save()
        p.setClipPath(path, Qt.ClipOperation.IntersectClip)
        colour = self.colour(role, PATTERN_ALPHA)
        p.setPen(QPen(colour, 0.4 * self.line_scale))
        x1, x2, y1, y2 = box.left(), box.right(), box.top(), box.bottom()
        h = y2 - y1
        offset = 0.0
        span = (x2 - x1) + h
        while pattern in (Pattern.HATCH, Pattern.CROSS) and offset <= span:
            # As in the PDF: rising to the left ("\"), and for a cross also to the right.
            p.drawLine(QPointF(x1 + offset, y2), QPointF(x1 + offset - h, y1))
            if pattern is Pattern.CROSS:
                p.drawLine(QPointF(x1 + offset - h, y2), QPointF(x1 + offset, y1))
            offset += step
        if pattern is Pattern.DOTS:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            r = 0.35 * self.line_scale
            yy = y1 + step / 2
            while yy < y2:
                xx = x1 + step / 2
                while xx < x2:
                    p.drawEllipse(QPointF(xx, yy), r, r)
                    xx += step
                yy += step
        p.restore()

    def marker(self, p: QPainter, m: Marker) -> None:
        centre = self.xy((m.x, m.y))
        cx, cy = centre.x(), centre.y()
        r = m.size * self.k / 2
        if m.stroke is not None:
            p.setPen(self.pen(Stroke(m.stroke.role, m.stroke.width)))
        else:
            p.setPen(Qt.PenStyle.NoPen)
        if m.fill is not None:
            p.setBrush(QBrush(self.colour(m.fill)))
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
        if m.shape is Shape.CIRCLE:
            p.drawEllipse(centre, r, r)
        elif m.shape is Shape.SQUARE:
            p.drawRect(QRectF(cx - r, cy - r, 2 * r, 2 * r))
        else:
            if m.shape is Shape.DIAMOND:
                corners = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
            else:  # a triangle, point up
                corners = [(cx, cy - r), (cx + r, cy + r), (cx - r, cy + r)]
            p.drawPolygon(QPolygonF([QPointF(a, b) for a, b in corners]))

    def text(self, t: Text) -> None:
        content, pixels = fit_text(t, self.k)
        if not content:
            return
        width = _advance(content, pixels, t.bold)
        at = self.xy((t.x, t.y))
        left = at.x()
        if t.anchor is Anchor.MIDDLE:
            left -= width / 2
        elif t.anchor is Anchor.END:
            left -= width
        metrics = QFontMetricsF(_font(pixels, t.bold))
        box = QRectF(left, at.y() - metrics.ascent(), width, metrics.height())
        self.texts.append(ChartText(content, box, pixels, t.role))
        if self.p is not None:
            self.p.setFont(_font(pixels, t.bold))
            self.p.setPen(self.colour(t.role))
            self.p.drawText(QPointF(left, at.y()), content)
