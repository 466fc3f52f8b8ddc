"""The plan's words, shared by the Plan window and the projector's plan slide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from coprod_desktop.domain.plan import PlanMethod, PlanStatus
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, spoken_language, translate
from coprod_desktop.wording.dates import long_date

METHODS = {
    PlanMethod.TRAINING: QT_TRANSLATE_NOOP("Plan", "Training"),
    PlanMethod.COACHING: QT_TRANSLATE_NOOP("Plan", "Coaching"),
    PlanMethod.MENTORING: QT_TRANSLATE_NOOP("Plan", "Mentoring"),
    PlanMethod.PEER_LEARNING: QT_TRANSLATE_NOOP("Plan", "Peer learning"),
    PlanMethod.PRACTICE: QT_TRANSLATE_NOOP("Plan", "Practice"),
}
STATUSES = {
    PlanStatus.PLANNED: QT_TRANSLATE_NOOP("Plan", "Planned"),
    PlanStatus.UNDER_WAY: QT_TRANSLATE_NOOP("Plan", "Under way"),
    PlanStatus.DONE: QT_TRANSLATE_NOOP("Plan", "Done"),
}


def method_text(method: PlanMethod, learn_from: str | None = None) -> str:
    """How, e.g. "Peer learning from Community groups"."""
    said = translate("Plan", METHODS[method])
    if learn_from:
        return translate("Plan", "{method} from {group}").format(method=said, group=learn_from)
    return said


def status_text(status: PlanStatus) -> str:
    return translate("Plan", STATUSES[status])


def groups_text(names: Sequence[str]) -> str:
    """The groups an entry is for, or "All groups"."""
    return ", ".join(names) if names else translate("Plan", "All groups")


def due_text(due: dt.date | None) -> str:
    """By when, in the language being spoken ("no date yet" when none is set)."""
    return long_date(due, spoken_language()) if due else translate("Plan", "no date yet")
