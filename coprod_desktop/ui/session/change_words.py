"""A capture step in words, for the undo history and "Undone: …": what changed, from what
to what ("Users, K3: now 2 → 3")."""

from __future__ import annotations

from coprod_desktop.domain.rating import Rating
from coprod_desktop.ui.console.status import mark
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

_NONE = "–"


def _level(value: int | None) -> str:
    return _NONE if value is None else str(value)


def rating_change(before: Rating | None, after: Rating | None) -> str:
    """The fields that differ between ``before`` and ``after``, each as "from → to"."""
    parts: list[str] = []
    levels = (
        (before.current_level if before else None, after.current_level if after else None,
         QT_TRANSLATE_NOOP("Session", "now {old} → {new}")),
        (before.required_level if before else None, after.required_level if after else None,
         QT_TRANSLATE_NOOP("Session", "needed {old} → {new}")),
    )  # fmt: skip
    for old, new, words in levels:
        if old != new:
            parts.append(translate("Session", words).format(old=_level(old), new=_level(new)))
    old_status, new_status = mark(before)[1], mark(after)[1]
    if old_status != new_status:
        parts.append(f"{old_status} → {new_status}")
    old_tally = before.tally if before else None
    new_tally = after.tally if after else None
    if old_tally != new_tally:
        parts.append(
            translate("Session", "tally {old} → {new} dots").format(
                old=old_tally.total if old_tally else 0, new=new_tally.total if new_tally else 0
            )
        )
    if (before.note if before else "") != (after.note if after else ""):
        parts.append(translate("Session", "note for the room"))
    if (before.private_note if before else "") != (after.private_note if after else ""):
        parts.append(translate("Session", "private note"))
    return ", ".join(parts)


def rating_step_text(group: str, code: str, before: Rating | None,
                     after: Rating | None) -> str | None:  # fmt: skip
    """ "Users, K3: now 2 → 3"; None when nothing shown here changed."""
    change = rating_change(before, after)
    if not change:
        return None
    return translate("Session", "{group}, {code}: {change}").format(
        group=group, code=code, change=change
    )
