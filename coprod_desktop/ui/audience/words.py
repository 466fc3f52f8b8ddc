"""How the projector words results: statuses, levels and spreads, never colour alone."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.domain.audience import ResultView, ScaleRow
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

NO_LEVEL = "–"

_STATUS = {
    RatingStatus.AGREED: QT_TRANSLATE_NOOP("Audience", "✓ Agreed"),
    RatingStatus.SPLIT: QT_TRANSLATE_NOOP("Audience", "≠ Split view"),
    RatingStatus.SKIPPED: QT_TRANSLATE_NOOP("Audience", "– Skipped"),
}

_SHORT_STATUS = {
    RatingStatus.AGREED: QT_TRANSLATE_NOOP("Audience", "✓ agreed"),
    RatingStatus.SPLIT: QT_TRANSLATE_NOOP("Audience", "≠ split"),
    RatingStatus.SKIPPED: QT_TRANSLATE_NOOP("Audience", "– skipped"),
}
TO_DO = QT_TRANSLATE_NOOP("Audience", "○ to do")


def status_text(status: RatingStatus) -> str:
    """The status as the room reads it, with a symbol: "✓ Agreed", "≠ Split view", …"""
    return translate("Audience", _STATUS[status])


def short_status_text(status: RatingStatus | None) -> str:
    """The status in a summary row; ``None`` is an item not rated yet."""
    return translate("Audience", TO_DO if status is None else _SHORT_STATUS[status])


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
        parts.append(
            translate("Audience", "Median {median}").format(median=number_text(result.median))
        )
    low, high = min(levels), max(levels)
    parts.append(
        translate("Audience", "range {low}–{high}").format(low=low, high=high)
        if low != high
        else translate("Audience", "all at {level}").format(level=low)
    )
    parts.append(translate("Audience", "%n dot(s)", None, dots))
    return " · ".join(parts)


def tally_count(result: ResultView, level: int) -> int:
    """How many dots ``level`` got in ``result``'s tally."""
    return dict(result.tally).get(level, 0)


def progress_text(number: int, of: int) -> str:
    return translate("Audience", "Item {number} of {total}").format(number=number, total=of)
