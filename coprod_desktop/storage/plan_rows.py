"""The training plan's rows: a plan entry to and from ``plan_entry``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus
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


def plan_entry(row: PlanEntryRow) -> PlanEntry:
    return PlanEntry(
        what=row.what,
        group_keys=tuple(row.group_keys.split()),
        item_code=row.item_code,
        method=PlanMethod(row.method),
        lead=row.lead,
        due=row.due,
        status=PlanStatus(row.status),
        learn_from=row.learn_from,
    )


def load_plan(session: Session, workshop_id: int) -> tuple[PlanEntry, ...]:
    """The workshop's plan, in the order its entries were made."""
    rows = session.exec(
        select(PlanEntryRow)
        .where(PlanEntryRow.workshop_id == workshop_id)
        .order_by(col(PlanEntryRow.position))
    )
    return tuple(plan_entry(row) for row in rows)
