"""What each capture key makes of a group's rating for an item: the rules, without the store.

The console's keys (a digit for the level now, Shift+digit for the level needed, S for a split,
K to skip, a tally, a note) each turn the rating before the press into the rating after it.
The live session (``services/session.py``) applies them and keeps the steps for undo.
"""

from __future__ import annotations

import dataclasses

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Workshop


def _like(before: Rating | None, item_code: str, **changes: object) -> Rating:
    """``before`` with ``changes``; an item with no rating yet starts as an open split."""
    base = before or Rating(item_code=item_code, status=RatingStatus.SPLIT)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _needed(workshop: Workshop, group_key: str, item_code: str,
            before: Rating | None) -> dict[str, object]:  # fmt: skip
    """The needed level a level key keeps (with where it came from), or fills in from the
    framework for the stage the group aims at, from its role's profile if there is one."""
    if before is not None and before.required_level is not None:
        return {}
    aim = workshop.group(group_key).placement.aim
    level, role = workshop.framework_need(group_key, item_code)
    if level is None:
        return {"required_level": None}
    return {"required_level": level, "needed_from": NeededFrom.FRAMEWORK, "needed_for": aim,
            "needed_role": role}  # fmt: skip


def with_current_level(workshop: Workshop, group_key: str, item_code: str,
                       before: Rating | None, level: int) -> Rating:  # fmt: skip
    """The group agrees it is at ``level`` now. The level needed defaults from the stage the
    group aims for. A split with no dots yet stays a split (the level is its working view);
    a split with dots sits where its dots put it, so choosing a level there means the group
    has come to agree on it: the item becomes agreed, its dots kept as a record of the vote."""
    split = before is not None and before.status is RatingStatus.SPLIT
    has_dots = before is not None and before.tally is not None and before.tally.total > 0
    status = RatingStatus.SPLIT if split and not has_dots else RatingStatus.AGREED
    needed = _needed(workshop, group_key, item_code, before)
    return _like(before, item_code, status=status, current_level=level, **needed)


def with_required_level(item_code: str, before: Rating | None, level: int) -> Rating:
    """The group says it needs to be at ``level``. With no level agreed for now the item
    stays open (a split), since an agreed rating needs both."""
    status = before.status if before and before.status is not RatingStatus.SKIPPED else None
    if status is None or (
        status is RatingStatus.AGREED and before is not None and before.current_level is None
    ):
        status = RatingStatus.SPLIT
    return _like(before, item_code, status=status, required_level=level,
                 needed_from=NeededFrom.GROUP, needed_for=None, needed_role=None)  # fmt: skip


def as_split(item_code: str, before: Rating | None) -> Rating:
    """No consensus (yet): the item stays open for a tally and a minority note."""
    return _like(before, item_code, status=RatingStatus.SPLIT)


class LevelNotChosenError(ValidationError):
    """Agreed needs the level the group agrees on first."""

    def __init__(self) -> None:
        super().__init__("rating.level_not_chosen", field="current_level")


def as_agreed(before: Rating | None) -> Rating:
    """The facilitator confirms the consensus (a current level must already be chosen)."""
    if before is None or before.current_level is None:
        raise LevelNotChosenError
    return dataclasses.replace(before, status=RatingStatus.AGREED)


def as_skipped(item_code: str, before: Rating | None) -> Rating:
    """The group passes on this item; a skipped item keeps no tally."""
    return _like(before, item_code, status=RatingStatus.SKIPPED, tally=None)


def with_tally(workshop: Workshop, group_key: str, item_code: str, before: Rating | None,
               counts: dict[int, int]) -> Rating:  # fmt: skip
    """A dot vote: the item is a split at the level its dots put it at (the median, rounded
    half up: see :class:`Rating`), and the level needed defaults as for a level key."""
    tally = Tally(counts) if any(counts.values()) else None
    current = before.current_level if before else None
    needed = _needed(workshop, group_key, item_code, before)
    return _like(before, item_code, status=RatingStatus.SPLIT, tally=tally,
                 current_level=current, **needed)  # fmt: skip


def with_note(item_code: str, before: Rating | None, note: str, *, private: bool = False) -> Rating:
    """A note the room may see (a minority view), or a private one that stays on the laptop."""
    status = before.status if before else RatingStatus.SPLIT
    if private:
        return _like(before, item_code, status=status, private_note=note)
    return _like(before, item_code, status=status, note=note)


def refilled_for_aim(workshop: Workshop, group_key: str, aim: Stage | None) -> dict[str, Rating]:
    """The group's ratings whose needed level changes when it aims at ``aim``: those filled in
    from the framework before (refilled for the new aim, or emptied when it gives no level)
    and assessed ones with no needed level (filled in), from the profile for the group's role
    when the framework has one. The group's own choices, and levels whose source was never
    recorded, are left alone."""
    changed: dict[str, Rating] = {}
    role = workshop.group(group_key).role
    for code in workshop.item_codes:
        before = workshop.group(group_key).ratings.get(code)
        if before is None or before.status is RatingStatus.SKIPPED:
            continue
        framework_level = before.needed_from is NeededFrom.FRAMEWORK
        unfilled = before.required_level is None and before.current_level is not None
        if not (framework_level or unfilled):
            continue
        level, profile = workshop.framework.item(code).needed_at(aim, role) if aim else (None, None)
        after = dataclasses.replace(
            before,
            required_level=level,
            needed_from=NeededFrom.FRAMEWORK if level is not None else None,
            needed_for=aim if level is not None else None,
            needed_role=profile if level is not None else None,
        )
        if after != before:
            changed[code] = after
    return changed
