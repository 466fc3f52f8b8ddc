"""The actions' rows: an action to ``action`` (read back by ``workshop_reader.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
