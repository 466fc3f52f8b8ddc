"""A chart definition as SVG, for the accessible HTML report: the same shapes the screen and
the PDF draw, in a ``<svg role="img">`` whose title and description are the chart's own title
and text alternative (``Chart.description``).

Text is escaped, never parsed. Long text is fitted with the same rule as elsewhere
(``text_fit.fit_line``), measured by an estimate, since there is no font here.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

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
from coprod_desktop.charts.text_fit import approx_width, fit_line

#: Width of the drawing in SVG units (a chart's unit space times this).
UNITS = 600.0
_ANCHORS = {Anchor.START: "start", Anchor.MIDDLE: "middle", Anchor.END: "end"}


def chart_svg(chart: Chart, key: str) -> str:
    """``chart`` as an inline SVG image; ``key`` makes its ids unique in the page."""
    height = chart.height * UNITS
    defs = "".join(_pattern_def(key, p) for p in (Pattern.HATCH, Pattern.CROSS, Pattern.DOTS))
    body = "".join(_shape(shape, key) for shape in chart.shapes)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {UNITS:g} '
        f'{height:.1f}" aria-labelledby="{key}-title {key}-desc" class="chart">'
        f'<title id="{key}-title">{escape(chart.title)}</title>'
        f'<desc id="{key}-desc">{escape(chart.description)}</desc>'
        f"<defs>{defs}</defs>{body}</svg>"
    )


def _n(value: float) -> str:
    return f"{value * UNITS:.1f}"


def _points(points: tuple[Point, ...]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _stroke(stroke: Stroke | None) -> str:
    if stroke is None:
        return ' stroke="none"'
    dash = f' stroke-dasharray="{DASH[0]:g} {DASH[1]:g}"' if stroke.dashed else ""
    return f' stroke="{colour(stroke.role)}" stroke-width="{stroke.width:g}"{dash}'


def _fill(fill: str | None, opacity: float = 1.0) -> str:
    if fill is None:
        return ' fill="none"'
    alpha = f' fill-opacity="{opacity:g}"' if opacity < 1 else ""
    return f' fill="{colour(fill)}"{alpha}'


def _pattern_def(key: str, pattern: Pattern) -> str:
    step = HATCH_STEP
    lines = {
        Pattern.HATCH: f'<path d="M0,{step} L{step},0" />',
        Pattern.CROSS: f'<path d="M0,{step} L{step},0 M0,0 L{step},{step}" />',
        Pattern.DOTS: f'<circle cx="{step / 2}" cy="{step / 2}" r="0.35" />',
    }[pattern]
    return (
        f'<pattern id="{key}-{pattern.value}" width="{step}" height="{step}" '
        f'patternUnits="userSpaceOnUse"><g stroke="{colour("ink")}" fill="{colour("ink")}" '
        f'stroke-width="0.4" opacity="0.55">{lines}</g></pattern>'
    )


def _over(points: str, pattern: Pattern, key: str) -> str:
    if pattern is Pattern.NONE:
        return ""
    return f'<polygon points="{points}" fill="url(#{key}-{pattern.value})" stroke="none"/>'


def _shape(shape: Primitive, key: str) -> str:
    if isinstance(shape, Rect):
        corners = (
            (shape.x, shape.y),
            (shape.x + shape.w, shape.y),
            (shape.x + shape.w, shape.y + shape.h),
            (shape.x, shape.y + shape.h),
        )
        points = _points(corners)
        return (
            f'<polygon points="{points}"{_fill(shape.fill)} stroke="none"/>'
            + _over(points, shape.pattern, key)
            + (f'<polygon points="{points}" fill="none"{_stroke(shape.stroke)}/>'
               if shape.stroke else "")
        )  # fmt: skip
    if isinstance(shape, Polygon):
        points = _points(shape.points)
        return (
            f'<polygon points="{points}"{_fill(shape.fill, shape.opacity)}'
            f"{_stroke(shape.stroke)}/>" + _over(points, shape.pattern, key)
        )
    if isinstance(shape, Polyline):
        return f'<polyline points="{_points(shape.points)}" fill="none"{_stroke(shape.stroke)}/>'
    if isinstance(shape, Text):
        return _text(shape)
    return _marker(shape)


def _text(t: Text) -> str:
    limit = t.max_width * UNITS if t.max_width is not None else None
    content, size = fit_line(
        t.text,
        t.size * UNITS,
        limit,
        lambda text, size: approx_width(text, size, bold=t.bold),
    )
    weight = ' font-weight="bold"' if t.bold else ""
    return (
        f'<text x="{_n(t.x)}" y="{_n(t.y)}" font-size="{size:.1f}" '
        f'fill="{colour(t.role)}" text-anchor="{_ANCHORS[t.anchor]}"{weight}>'
        f"{escape(content)}</text>"
    )


def _marker(m: Marker) -> str:
    r = m.size / 2
    x, y = m.x, m.y
    style = f"{_fill(m.fill)}{_stroke(m.stroke)}"
    if m.shape is Shape.CIRCLE:
        return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}"{style}/>'
    corners = {
        Shape.SQUARE: ((x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)),
        Shape.DIAMOND: ((x, y - r), (x + r, y), (x, y + r), (x - r, y)),
        Shape.TRIANGLE: ((x, y - r), (x + r, y + r), (x - r, y + r)),
    }[m.shape]
    return f"<polygon points={quoteattr(_points(corners))}{style}/>"
