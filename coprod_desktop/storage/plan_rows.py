"""The training plan's rows: a plan entry to ``plan_entry`` (read back by
``workshop_reader.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coprod_desktop.domain.plan import PlanEntry
from coprod_desktop.storage.tables import PlanEntryRow

PLAN_TABLE: Any = PlanEntryRow.__table__  # type: ignore[attr-defined]


def plan_records(workshop_id: int, plan: Sequence[PlanEntry]) -> list[dict[str, Any]]:
    """The rows of ``plan``, in order, as column values."""
    return [
        {
            "workshop_id": workshop_id,
            "position": i,
            "what": e.what,
            "group_keys": " ".join(e.group_keys),
            "item_code": e.item_code,
            "method": e.method.value,
            "lead": e.lead,
            "due": e.due,
            "status": e.status.value,
            "learn_from": e.learn_from,
        }
        for i, e in enumerate(plan)
    ]
