"""Colour roles and the default palette: greyscale-safe and colour-blind-safe.

The level ramp is one hue getting darker (ColorBrewer "Blues"), so order survives greyscale
and colour blindness; "now" (dark blue, solid, circles) and "needed" (orange-brown, dashed,
squares) also differ in line style and marker shape. Values are always printed as numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

INK = "ink"
MUTED = "muted"
GRID = "grid"
PAPER = "paper"
NOW = "now"
NOW_FILL = "now_fill"
NEEDED = "needed"
MARK = "mark"
EMPTY = "empty"

RAMP = ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
#: Ramp steps from this one on are dark: text on them uses the paper colour.
DARK_FROM = 5

#: Gaps (needed − now) of 1, 2, 3, 4 or more: one hue getting darker (ColorBrewer "Oranges"),
#: apart from the blues of the levels.
NEED_RAMP = ("#fee6ce", "#fdae6b", "#f16913", "#a63603")
#: Need steps from this one on are dark: text on them uses the paper colour.
NEED_DARK_FROM = 3

PALETTE: Mapping[str, str] = MappingProxyType(
    {
        INK: "#1a1a1a",
        MUTED: "#5f5f5f",
        GRID: "#bdbdbd",
        PAPER: "#ffffff",
        NOW: "#08519c",
        NOW_FILL: "#6baed6",
        NEEDED: "#a6611a",
        MARK: "#000000",
        EMPTY: "#f2f2f2",
        **{f"ramp_{i}": colour for i, colour in enumerate(RAMP)},
        **{f"need_{i}": colour for i, colour in enumerate(NEED_RAMP)},
    }
)


def ramp_step(level: int, lowest: int, highest: int) -> int:
    """The ramp step for ``level`` on a scale from ``lowest`` to ``highest`` (1 … last step)."""
    if highest <= lowest:
        return len(RAMP) - 1
    fraction = (level - lowest) / (highest - lowest)
    return 1 + round(fraction * (len(RAMP) - 2))


def ramp_role(step: int) -> str:
    return f"ramp_{step}"


def text_role_on(step: int) -> str:
    """Text colour readable on ramp step ``step``."""
    return PAPER if step >= DARK_FROM else INK


def need_step(gap: int) -> int:
    """The need ramp step for a gap of ``gap`` levels (1 or more)."""
    return min(len(NEED_RAMP), max(1, gap)) - 1


def need_role(step: int) -> str:
    return f"need_{step}"


def text_role_on_need(step: int) -> str:
    """Text colour readable on need step ``step``."""
    return PAPER if step >= NEED_DARK_FROM else INK


def colour(role: str) -> str:
    """The ``#rrggbb`` colour of ``role``; unknown roles are drawn in ink."""
    return PALETTE.get(role, PALETTE[INK])
