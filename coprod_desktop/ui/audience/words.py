"""How the projector words results: statuses, levels and spreads, never colour alone."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.domain.audience import ResultView, ScaleRow
from coprod_desktop.domain.rating import RatingStatus

NO_LEVEL = "–"

_STATUS = {
    RatingStatus.AGREED: "✓ Agreed",
    RatingStatus.SPLIT: "≠ Split view",
    RatingStatus.SKIPPED: "– Skipped",
}

_SHORT_STATUS = {
    RatingStatus.AGREED: "✓ agreed",
    RatingStatus.SPLIT: "≠ split",
    RatingStatus.SKIPPED: "– skipped",
}
TO_DO = "○ to do"


def status_text(status: RatingStatus) -> str:
    """The status as the room reads it, with a symbol: "✓ Agreed", "≠ Split view", …"""
    return _STATUS[status]


def short_status_text(status: RatingStatus | None) -> str:
    """The status in a summary row; ``None`` is an item not rated yet."""
    return TO_DO if status is None else _SHORT_STATUS[status]


def level_label(level: int | None, scale: Sequence[ScaleRow]) -> str:
    """The words for ``level`` on ``scale`` ("" when it is not on the scale)."""
    for row in scale:
        if row.level == level:
            return row.label
    return ""


def level_number(level: int | None) -> str:
    return NO_LEVEL if level is None else str(level)


def number_text(value: float) -> str:
    """2.0 → "2", 2.5 → "2.5"."""
    return f"{value:g}"


def spread_text(result: ResultView) -> str:
    """Median, range and dot count of a split view, e.g. "Median 2 · range 1–3 · 9 dots"."""
    if not result.tally:
        return ""
    levels = [level for level, count in result.tally if count]
    dots = sum(count for _, count in result.tally)
    parts = []
    if result.median is not None:
        parts.append(f"Median {number_text(result.median)}")
    low, high = min(levels), max(levels)
    parts.append(f"range {low}–{high}" if low != high else f"all at {low}")
    parts.append(f"{dots} {'dot' if dots == 1 else 'dots'}")
    return " · ".join(parts)


def tally_count(result: ResultView, level: int) -> int:
    """How many dots ``level`` got in ``result``'s tally."""
    return dict(result.tally).get(level, 0)


def progress_text(number: int, of: int) -> str:
    return f"Item {number} of {of}"
