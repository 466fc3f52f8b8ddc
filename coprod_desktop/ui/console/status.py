"""How a rating's status is shown in the console: a symbol and a word, never colour alone."""

from __future__ import annotations

from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

TO_DO = ("○", QT_TRANSLATE_NOOP("Status", "to do"))
_MARKS = {
    RatingStatus.AGREED: ("✓", QT_TRANSLATE_NOOP("Status", "done")),
    RatingStatus.SPLIT: ("≈", QT_TRANSLATE_NOOP("Status", "split")),
    RatingStatus.SKIPPED: ("–", QT_TRANSLATE_NOOP("Status", "skipped")),
}


def mark(rating: Rating | None) -> tuple[str, str]:
    """The symbol and word for ``rating``'s status (to do when there is none)."""
    symbol, word = TO_DO if rating is None else _MARKS[rating.status]
    return symbol, translate("Status", word)


def cell_text(rating: Rating | None) -> str:
    """A compact grid cell: "✓2→4", "≈2→4", "–", or "○"."""
    symbol, _word = mark(rating)
    if rating is None or rating.status is RatingStatus.SKIPPED:
        return symbol
    current = "?" if rating.current_level is None else str(rating.current_level)
    required = "" if rating.required_level is None else f"→{rating.required_level}"
    return f"{symbol}{current}{required}"


def initials(name: str) -> str:
    """A short column heading for a group: "Front-line staff" → "FLS"."""
    small = {"and", "of", "the", "&", "for"}
    words = [w for w in name.replace("-", " ").split() if w.lower() not in small]
    return "".join(w[0].upper() for w in words)[:4] or name[:4]
