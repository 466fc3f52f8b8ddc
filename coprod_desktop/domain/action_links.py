"""An action's link to the training plan follows the plan: entries are named by their place
in ``Workshop.plan``, so when entries go (removed, or gone with their group) or an action
moves into another workshop's plan (a merge), its link is moved with them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Sequence

from coprod_desktop.domain.plan import PlanEntry
from coprod_desktop.domain.workshop import Action

#: Where an entry's place in the plan goes (None: the entry is not there any more).
_Place = Callable[[int], int | None]


def without_plan_entries(actions: Sequence[Action], plan: Sequence[PlanEntry],
                         gone: Collection[int]) -> tuple[Action, ...]:  # fmt: skip
    """The actions once the entries of ``plan`` at the places ``gone`` are removed: a link to
    a later entry follows it to its new place; a link to a removed entry becomes a link to
    that entry's item, if it had one (the action is still about the need), else none."""
    if not gone:
        return tuple(actions)

    def place(i: int) -> int | None:
        return None if i in gone else i - sum(g < i for g in gone)

    return tuple(_moved(a, plan, place) for a in actions)


def into_plan(action: Action, their_plan: Sequence[PlanEntry],
              our_plan: Sequence[PlanEntry]) -> Action:  # fmt: skip
    """``action``, linked to an entry of ``their_plan``, as it stands beside ``our_plan``:
    linked to the same entry there if our plan has it, else to the entry's item."""

    def place(i: int) -> int | None:
        return our_plan.index(their_plan[i]) if their_plan[i] in our_plan else None

    return _moved(action, their_plan, place)


def _moved(action: Action, plan: Sequence[PlanEntry], place: _Place) -> Action:
    if action.plan_entry is None:
        return action
    after = place(action.plan_entry)
    if after is not None:
        return dataclasses.replace(action, plan_entry=after)
    return dataclasses.replace(action, plan_entry=None, item_code=plan[action.plan_entry].item_code)
