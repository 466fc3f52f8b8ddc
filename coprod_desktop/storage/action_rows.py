"""The actions' rows: an action to and from ``action``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from coprod_desktop.domain.workshop import Action
from coprod_desktop.storage.tables import ActionRow

ACTION_TABLE: Any = ActionRow.__table__  # type: ignore[attr-defined]


def action_records(workshop_id: int, actions: Sequence[Action],
                   group_ids: Mapping[str, int]) -> list[dict[str, Any]]:  # fmt: skip
    """The rows of ``actions``, in order, as column values (``group_ids``: id by group key)."""
    return [
        {
            "workshop_id": workshop_id,
            "group_id": group_ids[a.group_key] if a.group_key else None,
            "what": a.what,
            "who": a.who,
            "due": a.due,
            "done": a.done,
            "position": i,
            "item_code": a.item_code,
            "plan_entry": a.plan_entry,
        }
        for i, a in enumerate(actions)
    ]


def load_actions(session: Session, workshop_id: int,
                 key_of: Mapping[int | None, str]) -> tuple[Action, ...]:  # fmt: skip
    """The workshop's actions, in order (``key_of``: group key by group id)."""
    rows = session.exec(
        select(ActionRow)
        .where(ActionRow.workshop_id == workshop_id)
        .order_by(col(ActionRow.position))
    )
    return tuple(
        Action(
            what=a.what,
            who=a.who,
            due=a.due,
            group_key=key_of.get(a.group_id) if a.group_id else None,
            done=a.done,
            item_code=a.item_code,
            plan_entry=a.plan_entry,
        )
        for a in rows
    )
