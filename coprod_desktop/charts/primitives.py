"""The drawing primitives a chart is made of, in a unit space: width 1, y grows downwards.

Sizes (text, markers) are in the same units as positions; line widths are in points, as
they are about legibility rather than layout. Colours are role names from ``palette``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

Point = tuple[float, float]


class Pattern(StrEnum):
    """A fill pattern drawn over the fill colour, so meaning survives greyscale printing."""

    NONE = "none"
    HATCH = "hatch"  # diagonal lines: a split view
    CROSS = "cross"  # cross-hatching: skipped
    DOTS = "dots"


#: Points between a pattern's lines (or dots), on screen and in the PDF alike.
HATCH_STEP = 3.2
#: A dashed outline: points on, points off.
DASH = (3.0, 2.0)


class Anchor(StrEnum):
    """Which point of the text sits at (x, y): its start, middle or end on the baseline."""

    START = "start"
    MIDDLE = "middle"
    END = "end"


class Shape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE = "triangle"


@dataclass(frozen=True, slots=True)
class Stroke:
    """An outline: colour role, width in points, solid or dashed."""

    role: str
    width: float = 0.75
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: Stroke | None = None
    pattern: Pattern = Pattern.NONE
    pattern_role: str = "ink"


@dataclass(frozen=True, slots=True)
class Polygon:
    """A closed shape; ``opacity`` applies to the fill only."""

    points: tuple[Point, ...]
    fill: str | None = None
    stroke: Stroke | None = None
    pattern: Pattern = Pattern.NONE
    opacity: float = 1.0


@dataclass(frozen=True, slots=True)
class Polyline:
    points: tuple[Point, ...]
    stroke: Stroke


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text with its baseline at ``y``.

    A renderer shrinks text wider than ``max_width`` (down to 70 %), then shortens it with an
    ellipsis; text is always drawn as it is, never parsed as markup.
    """

    x: float
    y: float
    text: str
    size: float
    role: str = "ink"
    anchor: Anchor = Anchor.START
    bold: bool = False
    max_width: float | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """A symbol centred on (x, y); ``size`` is its width."""

    x: float
    y: float
    size: float
    shape: Shape
    fill: str | None = None
    stroke: Stroke | None = None


Primitive = Rect | Polygon | Polyline | Text | Marker


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart ready to draw: ``height`` is in units of its width; ``description`` is alt text."""

    title: str
    description: str
    height: float
    shapes: tuple[Primitive, ...]
