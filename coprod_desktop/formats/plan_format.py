"""The training plan in the workshop file (format version 4): ``plan`` entries <-> PlanEntry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coprod_desktop.domain.plan import MAX_PLAN_ENTRIES, PlanEntry, PlanMethod, PlanStatus
from coprod_desktop.domain.workshop import MAX_GROUPS
from coprod_desktop.formats.reader import Node

PLAN_FIELDS = {"what", "groups", "item", "method", "lead", "due", "status", "learn_from"}


def plan_to_list(plan: Sequence[PlanEntry]) -> list[dict[str, Any]]:
    return [
        {
            "what": e.what,
            "groups": list(e.group_keys),
            "item": e.item_code,
            "method": e.method.value,
            "lead": e.lead,
            "due": e.due.isoformat() if e.due else None,
            "status": e.status.value,
            "learn_from": e.learn_from,
        }
        for e in plan
    ]


def plan_from_node(node: Node | None, key: Any) -> tuple[PlanEntry, ...]:
    """The ``plan`` list (absent in files before version 4: no plan). ``key`` reads a group
    key as the rest of the file does."""
    if node is None:
        return ()
    return tuple(_entry(n, key) for n in node.items(MAX_PLAN_ENTRIES))


def _entry(n: Node, key: Any) -> PlanEntry:
    n.as_object(PLAN_FIELDS)
    groups = n.opt("groups")
    item = n.opt("item", nullable=True)
    method = n.opt("method")
    lead = n.opt("lead")
    due = n.opt("due", nullable=True)
    status = n.opt("status")
    learn_from = n.opt("learn_from", nullable=True)
    return n.build(
        lambda: PlanEntry(
            what=n.get("what").long_text(),
            group_keys=tuple(key(g) for g in groups.items(MAX_GROUPS)) if groups else (),
            item_code=item.text(max_len=20) if item else None,
            method=method.choice(PlanMethod, "plan_method") if method else PlanMethod.TRAINING,
            lead=lead.text() if lead else "",
            due=due.date() if due else None,
            status=status.choice(PlanStatus, "plan_status") if status else PlanStatus.PLANNED,
            learn_from=key(learn_from) if learn_from else None,
        )
    )
