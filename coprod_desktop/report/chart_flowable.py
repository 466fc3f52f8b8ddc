"""Draw a chart definition (coprod_desktop.charts) on a reportlab canvas, as a flowable."""

from __future__ import annotations

import functools
from collections.abc import Callable

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from coprod_desktop.charts.palette import colour
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
from coprod_desktop.report.fonts import BOLD, REGULAR


@functools.lru_cache(maxsize=64)
def _color(role: str) -> Color:
    """The printed colour of a palette role (parsed once, not for every shape)."""
    return HexColor(colour(role))


class ChartFlowable(Flowable):
    """A chart scaled to ``width`` points; its height follows the chart's proportions."""

    def __init__(self, chart: Chart, width: float) -> None:
        super().__init__()
        self.chart = chart
        self.width = width
        self.height = chart.height * width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_chart(self.canv, self.chart, 0, 0, self.width)


#: ``make(start, stop)``: the chart of rows ``start``–``stop`` (``start`` > 0: a continuation).
RowsChart = Callable[[int, int], Chart]


class PagedChart(Flowable):
    """A chart of ``rows`` rows (a heat map's items) that runs on over as many pages as it
    needs: where it does not fit, it splits between rows and each part is a whole chart (title,
    header and legend). Its height must grow with its rows, as a heat map's does."""

    def __init__(self, make: RowsChart, rows: int, width: float, start: int = 0) -> None:
        super().__init__()
        self.make = make
        self.rows = rows
        self.width = width
        self.start = start
        self.height = 0.0
        self._parts: dict[int, Chart] = {}  # by last row: a split tries a handful of sizes

    def _part(self, stop: int) -> Chart:
        if stop not in self._parts:
            self._parts[stop] = self.make(self.start, stop)
        return self._parts[stop]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self._part(self.rows).height * self.width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        def fits(stop: int) -> bool:
            return self._part(stop).height * self.width <= available_height

        if not fits(self.start + 1):
            return []  # not even one row here: the next page
        low, high = self.start + 1, self.rows  # rows up to ``low`` fit, beyond ``high`` not
        while low < high:
            middle = (low + high + 1) // 2
            if fits(middle):
                low = middle
            else:
                high = middle - 1
        first = ChartFlowable(self._part(low), self.width)
        if low == self.rows:
            return [first]
        return [first, PagedChart(self.make, self.rows, self.width, low)]

    def draw(self) -> None:
        draw_chart(self.canv, self._part(self.rows), 0, 0, self.width)


def draw_chart(canvas: Canvas, chart: Chart, x0: float, y0: float, width: float) -> None:
    """Draw ``chart`` with its bottom-left corner at (x0, y0), ``width`` points wide."""
    painter = _Painter(canvas, x0, y0 + chart.height * width, width)
    for shape in chart.shapes:
        painter.draw(shape)


class _Painter:
    def __init__(self, canvas: Canvas, left: float, top: float, scale: float) -> None:
        self.c = canvas
        self.left = left
        self.top = top
        self.k = scale

    def xy(self, point: Point) -> tuple[float, float]:
        return self.left + point[0] * self.k, self.top - point[1] * self.k

    def draw(self, shape: Primitive) -> None:
        if isinstance(shape, Rect):
            right, bottom = shape.x + shape.w, shape.y + shape.h
            corners = ((shape.x, shape.y), (right, shape.y), (right, bottom), (shape.x, bottom))
            self.area(
                corners,
                shape.fill,
                shape.stroke,
                pattern=shape.pattern,
                pattern_role=shape.pattern_role,
                opacity=1.0,
            )
        elif isinstance(shape, Polygon):
            self.area(
                shape.points,
                shape.fill,
                shape.stroke,
                pattern=shape.pattern,
                pattern_role="ink",
                opacity=shape.opacity,
            )
        elif isinstance(shape, Polyline):
            self.line(shape.points, shape.stroke)
        elif isinstance(shape, Text):
            self.text(shape)
        else:
            self.marker(shape)

    def _path(self, points: tuple[Point, ...], close: bool):  # type: ignore[no-untyped-def]
        path = self.c.beginPath()
        first, *rest = [self.xy(p) for p in points]
        path.moveTo(*first)
        for p in rest:
            path.lineTo(*p)
        if close:
            path.close()
        return path

    def _stroke(self, stroke: Stroke) -> None:
        self.c.setStrokeColor(_color(stroke.role))
        self.c.setLineWidth(stroke.width)
        self.c.setDash(list(DASH) if stroke.dashed else [])

    def area(
        self,
        points: tuple[Point, ...],
        fill: str | None,
        stroke: Stroke | None,
        *,
        pattern: Pattern,
        pattern_role: str,
        opacity: float,
    ) -> None:
        c = self.c
        if fill is not None:
            c.saveState()
            c.setFillColor(_color(fill))
            c.setFillAlpha(opacity)
            c.drawPath(self._path(points, True), stroke=0, fill=1)
            c.restoreState()
        if pattern is not Pattern.NONE:
            self.pattern(points, pattern, pattern_role)
        if stroke is not None:
            c.saveState()
            self._stroke(stroke)
            c.drawPath(self._path(points, True), stroke=1, fill=0)
            c.restoreState()

    def pattern(self, points: tuple[Point, ...], pattern: Pattern, role: str) -> None:
        c = self.c
        xs = [self.xy(p)[0] for p in points]
        ys = [self.xy(p)[1] for p in points]
        x1, x2, y1, y2 = min(xs), max(xs), min(ys), max(ys)
        c.saveState()
        c.clipPath(self._path(points, True), stroke=0, fill=0)
        c.setStrokeColor(_color(role))
        c.setFillColor(_color(role))
        c.setLineWidth(0.4)
        c.setStrokeAlpha(0.55)
        span = (x2 - x1) + (y2 - y1)
        offset = 0.0
        while offset <= span:
            if pattern in (Pattern.HATCH, Pattern.CROSS):
                c.line(x1 + offset, y1, x1 + offset - (y2 - y1), y2)
            if pattern is Pattern.CROSS:
                c.line(x1 + offset - (y2 - y1), y1, x1 + offset, y2)
            offset += HATCH_STEP
        if pattern is Pattern.DOTS:
            y = y1 + HATCH_STEP / 2
            while y < y2:
                x = x1 + HATCH_STEP / 2
                while x < x2:
                    c.circle(x, y, 0.35, stroke=0, fill=1)
                    x += HATCH_STEP
                y += HATCH_STEP
        c.restoreState()

    def line(self, points: tuple[Point, ...], stroke: Stroke) -> None:
        self.c.saveState()
        self._stroke(stroke)
        self.c.drawPath(self._path(points, False), stroke=1, fill=0)
        self.c.restoreState()

    def text(self, t: Text) -> None:
        font = BOLD if t.bold else REGULAR
        limit = t.max_width * self.k if t.max_width is not None else None
        content, size = fit_line(
            t.text, t.size * self.k, limit, lambda text, size: stringWidth(text, font, size)
        )
        x, y = self.xy((t.x, t.y))
        c = self.c
        c.saveState()
        c.setFillColor(_color(t.role))
        c.setFont(font, size)
        if t.anchor is Anchor.MIDDLE:
            c.drawCentredString(x, y, content)
        elif t.anchor is Anchor.END:
            c.drawRightString(x, y, content)
        else:
            c.drawString(x, y, content)
        c.restoreState()

    def marker(self, m: Marker) -> None:
        c = self.c
        x, y = self.xy((m.x, m.y))
        r = m.size * self.k / 2
        c.saveState()
        if m.fill is not None:
            c.setFillColor(_color(m.fill))
        if m.stroke is not None:
            self._stroke(Stroke(m.stroke.role, m.stroke.width))
        fill, stroke = int(m.fill is not None), int(m.stroke is not None)
        if m.shape is Shape.CIRCLE:
            c.circle(x, y, r, stroke=stroke, fill=fill)
        elif m.shape is Shape.SQUARE:
            c.rect(x - r, y - r, 2 * r, 2 * r, stroke=stroke, fill=fill)
        else:
            if m.shape is Shape.DIAMOND:
                corners = [(x, y + r), (x + r, y), (x, y - r), (x - r, y)]
            else:
                corners = [(x, y + r), (x + r, y - r), (x - r, y - r)]
            path = c.beginPath()
            path.moveTo(*corners[0])
            for corner in corners[1:]:
                path.lineTo(*corner)
            path.close()
            c.drawPath(path, stroke=stroke, fill=fill)
        c.restoreState()
