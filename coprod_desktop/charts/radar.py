"""The profile (radar) chart: a group's mean level now and needed, per area or principle."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from coprod_desktop.charts import palette
from coprod_desktop.charts.primitives import (
    Anchor,
    Chart,
    Marker,
    Pattern,
    Point,
    Polygon,
    Polyline,
    Primitive,
    Shape,
    Stroke,
    Text,
)
from coprod_desktop.charts.text_fit import approx_width, wrap
from coprod_desktop.domain.analysis import ProfileRow
from coprod_desktop.wording.catalogue import translate

HEIGHT = 1.0
CENTRE: Point = (0.5, 0.5)
RADIUS = 0.22
LABEL_SIZE = 0.038
VALUE_SIZE = 0.035
SMALL = 0.03
TITLE_SIZE = 0.048
#: How much taller a printed radar grows to fit the baseline's line under each axis.
BASELINE_ROOM = 0.08


@dataclass(frozen=True, slots=True)
class RadarType:
    """Where the radar sits in its chart and how big its words are, all as shares of the
    chart's width: a page of a report, or a wall read from the back of a hall."""

    height: float = HEIGHT
    centre: Point = CENTRE
    radius: float = RADIUS
    label: float = LABEL_SIZE
    value: float = VALUE_SIZE
    small: float = SMALL
    title: float = TITLE_SIZE
    #: Number every ring (1), every other ring (2), …, counting from the lowest level.
    ring_step: int = 1


#: The report's and the results window's radar: a square.
PRINT = RadarType()


def wall_type(aspect: float, text: float, values: int = 2) -> RadarType:
    """A radar filling a chart ``aspect`` times as high as it is wide, with every word at
    least ``text`` (a share of the width) big: the rings shrink to leave the words room.
    ``values``: the lines of values under each axis's title (now, needed, and then)."""
    label = title = text * 1.1
    value = small = text
    words = label * 1.2 + values * value * 1.2  # an axis's label: title, now, needed, then
    legend = value * 2.0
    top = title * 1.4
    # Each axis's words start a little past the rim (see _axis_label): room for that too.
    radius = max(0.08, min((aspect - top - legend - 2 * (words + 0.045)) / 2, 0.26))
    # Ring numbers a line apart at least: every ring, every other one, or the ends only.
    spacing = radius / 5
    ring_step = 1 if spacing >= small * 1.15 else 2 if 2 * spacing >= small * 1.15 else 4
    return RadarType(
        height=aspect,
        centre=(0.5, top + words + 0.045 + radius),
        radius=radius,
        label=label,
        value=value,
        small=small,
        title=title,
        ring_step=ring_step,
    )


@dataclass(frozen=True, slots=True)
class RadarSeries:
    """One polygon on the radar: a value per axis (None: nothing to show on that axis)."""

    label: str
    values: tuple[float | None, ...]
    stroke: Stroke
    marker: Shape
    fill: str | None = None
    opacity: float = 1.0
    pattern: Pattern = Pattern.NONE


NOW_STROKE = Stroke(palette.NOW, 1.6)
NEEDED_STROKE = Stroke(palette.NEEDED, 1.6, dashed=True)
BASELINE_STROKE = Stroke(palette.MUTED, 1.2)


def _fraction(value: float | None, lowest: int, highest: int) -> float:
    """How far out a value sits: the lowest level on the first ring, the highest on the rim."""
    if value is None:
        return 0.0
    steps = highest - lowest + 1
    return max(0.0, min(1.0, (value - lowest + 1) / steps))


def _point(index: int, count: int, fraction: float, t: RadarType = PRINT) -> Point:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    cx, cy = t.centre
    return (cx + t.radius * fraction * math.cos(angle), cy + t.radius * fraction * math.sin(angle))


def _axis_label(index: int, count: int, lines: Sequence[tuple[str, bool]],
                t: RadarType) -> list[Primitive]:  # fmt: skip
    """Stack ``lines`` (text, bold) beside the end of axis ``index``, away from the centre."""
    angle = -math.pi / 2 + 2 * math.pi * index / count
    cos, sin = math.cos(angle), math.sin(angle)
    x, y = _point(index, count, 1.0, t)
    x += 0.03 * cos
    y += 0.03 * sin
    if cos > 0.3:
        anchor, room = Anchor.START, 1.0 - x - 0.01
    elif cos < -0.3:
        anchor, room = Anchor.END, x - 0.01
    else:
        anchor, room = Anchor.MIDDLE, 0.6
    wrapped: list[tuple[str, bool, float]] = []
    for text, bold in lines:
        size = t.label if bold else t.value
        wrapped.extend(
            (part, bold, size) for part in wrap(text, size, room, max_lines=4, bold=bold)
        )
    height = sum(size * 1.2 for _, _, size in wrapped)
    if sin < -0.3:
        top = y - height
    elif sin > 0.3:
        top = y + 0.01
    else:
        top = y - height / 2
    shapes: list[Primitive] = []
    for part, bold, size in wrapped:
        top += size * 1.2
        shapes.append(Text(x, top - size * 0.25, part, size, palette.INK, anchor, bold, room))
    return shapes


def radar_chart(
    title: str,
    axes: Sequence[Sequence[tuple[str, bool]]],
    series: Sequence[RadarSeries],
    lowest: int,
    highest: int,
    *,
    description: str,
    t: RadarType = PRINT,
) -> Chart:
    """A radar with one axis per entry of ``axes`` (label lines), rings at each scale level."""
    count = len(axes)
    shapes: list[Primitive] = [
        Text(0.0, 0.05 * t.title / TITLE_SIZE, title, t.title, palette.INK, Anchor.START, True, 1.0)
    ]
    for level in range(lowest, highest + 1):
        f = _fraction(level, lowest, highest)
        ring = tuple(_point(i, count, f, t) for i in range(count))
        shapes.append(Polygon(ring, None, Stroke(palette.GRID, 0.5)))
        if (level - lowest) % t.ring_step == 0 or level == highest:
            x, y = _point(0, count, f, t)
            shapes.append(Text(x + 0.008, y - 0.006, str(level), t.small, palette.MUTED))
    for i in range(count):
        spoke = (t.centre, _point(i, count, 1.0, t))
        shapes.append(Polyline(spoke, Stroke(palette.GRID, 0.5)))
    for s in series:
        points = tuple(
            _point(i, count, _fraction(v, lowest, highest), t) for i, v in enumerate(s.values)
        )
        shapes.append(Polygon(points, s.fill, s.stroke, s.pattern, s.opacity))
        for (x, y), v in zip(points, s.values, strict=True):
            if v is not None:
                shapes.append(Marker(x, y, 0.022, s.marker, palette.PAPER, Stroke(s.stroke.role)))
    for i, lines in enumerate(axes):
        shapes.extend(_axis_label(i, count, lines, t))
    shapes.extend(_legend(series, t.height - 0.03, t))
    return Chart(title, description, t.height, tuple(shapes))


def _legend(series: Sequence[RadarSeries], y: float, t: RadarType) -> list[Primitive]:
    shapes: list[Primitive] = []
    # Each entry: the line and marker (0.085), its label, and a gap before the next.
    widest = max((approx_width(s.label, t.value) for s in series), default=0.0)
    step = max(0.2, t.value * 5, 0.085 + widest + 0.04)
    x = 0.5 - step * len(series) / 2
    mid = y - 0.012 * t.value / VALUE_SIZE
    for s in series:
        shapes.append(Polyline(((x, mid), (x + 0.07, mid)), s.stroke))
        shapes.append(Marker(x + 0.035, mid, 0.022, s.marker, palette.PAPER, s.stroke))
        shapes.append(Text(x + 0.085, y, s.label, t.value, palette.INK))
        x += step
    return shapes


def _level(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def profile_radar(title: str, rows: Sequence[ProfileRow], lowest: int, highest: int, *,
                  language: str = "en", t: RadarType = PRINT,
                  baseline: Sequence[ProfileRow] | None = None) -> Chart:  # fmt: skip
    """A group's profile: mean level now (solid, circles) and needed (dashed, squares), worded
    in ``language``; with ``baseline`` (a follow-up), the level now at the baseline too
    (grey, triangles), matched to ``rows`` by key."""
    if baseline is not None and t == PRINT:
        t = dataclasses.replace(t, height=t.height + BASELINE_ROOM)  # a line more per axis
    now_value = translate(language, "Charts", "now {value}")
    needed_value = translate(language, "Charts", "needed {value}")
    then_value = translate(language, "Charts", "then {value}")
    earlier = {row.key: row.mean_current for row in baseline or ()}
    then = tuple(earlier.get(row.key) for row in rows)
    axes = [
        (
            (row.title, True),
            (now_value.format(value=_level(row.mean_current)), False),
            (needed_value.format(value=_level(row.mean_required)), False),
            *(((then_value.format(value=_level(was)), False),) if baseline is not None else ()),
        )
        for row, was in zip(rows, then, strict=True)
    ]
    series = (
        RadarSeries(
            translate(language, "Charts", "Now"),
            tuple(r.mean_current for r in rows),
            NOW_STROKE,
            Shape.CIRCLE,
            palette.NOW_FILL,
            0.3,
        ),
        RadarSeries(
            translate(language, "Charts", "Needed"),
            tuple(r.mean_required for r in rows),
            NEEDED_STROKE,
            Shape.SQUARE,
        ),
        *(
            (
                RadarSeries(
                    translate(language, "Charts", "Baseline"), then, BASELINE_STROKE, Shape.TRIANGLE
                ),
            )
            if baseline is not None
            else ()
        ),
    )
    described_one = translate(language, "Charts", "{title}: now {now}, needed {needed}")
    described_then = translate(language, "Charts", ", at the baseline {then}")
    described = "; ".join(
        described_one.format(
            title=r.title, now=_level(r.mean_current), needed=_level(r.mean_required)
        )
        + (described_then.format(then=_level(was)) if baseline is not None else "")
        for r, was in zip(rows, then, strict=True)
    )
    return radar_chart(title, axes, series, lowest, highest, description=f"{title}. {described}.",
                       t=t)  # fmt: skip
