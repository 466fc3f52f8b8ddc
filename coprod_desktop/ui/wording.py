"""How the windows word dates, counts and levels for the facilitator."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING

from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

# The kinds' names (stages, roles, purposes) are imported where they are worded: their tables
# load the framework model, which the workshop list's first paint (dates, shares) does not need.
if TYPE_CHECKING:
    from coprod_desktop.domain.framework import GroupRole, Stage
    from coprod_desktop.domain.purpose import WorkshopPurpose

_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)


def stage_title(stage: Stage) -> str:
    """A stage's name in the app's language (a workshop's own texts come from its framework)."""
    from coprod_desktop.wording.names import STAGES

    return translate("Words", STAGES[stage])


def purpose_text(purpose: WorkshopPurpose) -> str:
    """What a workshop is for, e.g. "Live self-assessment"."""
    from coprod_desktop.wording.names import PURPOSES

    return translate("Words", PURPOSES[purpose])


def date_text(day: dt.date | None, *, missing: str | None = None) -> str:
    """A date as people write it, e.g. "12 Nov 2026" ("12 Tach 2026" in Welsh)."""
    if day is None:
        return missing if missing is not None else translate("Dates", "No date")
    return f"{day.day} {translate('Dates', _MONTHS[day.month - 1])} {day.year}"


def percent_text(share: float) -> str:
    """A share from 0.0 to 1.0 as a whole percentage, never rounding up to 100 % early."""
    whole = math.floor(share * 100 + 1e-9)
    return f"{whole}%"


def levels_text(current: int | None, required: int | None) -> str:
    """Current and required level as the grid shows them: "2 → 4", "2" or ""."""
    if current is None and required is None:
        return ""
    if required is None:
        return f"{current}"
    return f"{'?' if current is None else current} → {required}"


def file_name_for(title: str) -> str:
    """A safe file name from a workshop title: letters, digits, spaces and dashes."""
    cleaned = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    return re.sub(r"\s+", " ", cleaned)[:80] or "workshop"


def role_text(role: GroupRole | None) -> str:
    """The part a group plays, in the facilitator's words; "Role not set" for none."""
    if role is None:
        return translate("Words", "Role not set")
    from coprod_desktop.wording.names import ROLES

    return translate("Words", ROLES[role])
