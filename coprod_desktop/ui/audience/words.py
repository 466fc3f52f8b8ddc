"""How the projector words results: statuses, levels and spreads, never colour alone."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.domain.audience import AudienceState, ResultView, ScaleRow
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, spoken_language, translate
from coprod_desktop.wording.dates import long_date

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


def subtitle_text(state: AudienceState) -> str:
    """Organisation · venue · date, the date in the language being painted."""
    date = long_date(state.held_on, spoken_language()) if state.held_on else ""
    return " · ".join(p for p in (state.subtitle, date) if p)


def group_heading(state: AudienceState) -> str:
    """Whose results these are: the group, or "All groups" when the room goes item by item."""
    return translate("Audience", "All groups") if state.all_groups else state.group_name


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
    """What a split view's dots say, every term explained: where NOW comes from, how many
    dots sit on it and elsewhere, and the spread, e.g. "NOW is the median of the dots · 8
    dots: 5 on 2, 3 elsewhere · range 1–3". Empty unless the result is a split with dots."""
    facts = result.split
    if facts is None:
        return ""
    where = (
        translate("Audience", "NOW is the median of the dots ({median}, rounded up)")
        if facts.rounded_up
        else translate("Audience", "NOW is the median of the dots")
    )
    parts = [where.format(median=number_text(facts.median)), dots_text(result)]
    if facts.lowest != facts.highest:
        parts.append(
            translate("Audience", "range {low}–{high}").format(low=facts.lowest, high=facts.highest)
        )
    return " · ".join(parts)


def dots_text(result: ResultView) -> str:
    """A split view's dots in short, e.g. "8 dots: 5 on 2, 3 elsewhere" (empty otherwise)."""
    facts = result.split
    if facts is None:
        return ""
    dots = (
        translate("Audience", "%n dot(s): {on} on {level}, {elsewhere} elsewhere", None, facts.dots)
        if facts.elsewhere
        else translate("Audience", "all %n dot(s) on {level}", None, facts.dots)
    )
    return dots.format(on=facts.at_level, level=facts.level, elsewhere=facts.elsewhere)


def tally_count(result: ResultView, level: int) -> int:
    """How many dots ``level`` got in ``result``'s tally."""
    return dict(result.tally).get(level, 0)


def progress_text(number: int, of: int) -> str:
    return translate("Audience", "Item {number} of {total}").format(number=number, total=of)
