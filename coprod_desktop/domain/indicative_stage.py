"""The indicative stage: the highest stage whose required levels a group already meets.

The rule, precisely:

1. An item *counts* for a group when the group assessed it: rated, not skipped, with a
   current level (a split rating counts at the level the room recorded). Unrated and
   skipped items are left out, so the reading says how many items it rests on.
2. The group *meets* a stage when at least one counted item has a required level for that
   stage in the framework (``item.required_by_stage``) and every counted item that has one
   is at or above it. The group's own "needed" levels play no part here: this compares the
   group with the framework's profile of each stage.
3. Walk the stages in order, Active Involvement first; the indicative stage is the last one
   met before the first one that is not. None means not yet meeting Active Involvement (or
   nothing counted).
4. The *gaps to close* are the counted items below the next stage's required level.

It is indicative: it sits beside the stage the group placed itself at, and a difference
between the two is something to talk about, not a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.analysis import assessed_level, items_in_scope
from coprod_desktop.domain.framework import Item, Stage
from coprod_desktop.domain.workshop import Group, Workshop


@dataclass(frozen=True, slots=True)
class StageGap:
    """An item short of the level the next stage needs."""

    item_code: str
    current: int
    required: int

    @property
    def gap(self) -> int:
        return self.required - self.current


@dataclass(frozen=True, slots=True)
class StageReading:
    """Where a group placed itself, where it aims, and where its ratings indicate it is."""

    group_key: str
    placed: Stage | None
    aim: Stage | None
    indicative: Stage | None
    next_stage: Stage | None
    to_close: tuple[StageGap, ...]
    counted: int
    in_scope: int

    @property
    def matches_placement(self) -> bool | None:
        """Whether the indicative stage is the one the group chose; None if either is unknown."""
        if self.placed is None or self.counted == 0:
            return None
        return self.placed == self.indicative


def meets(levels: dict[str, int], items: tuple[Item, ...], stage: Stage) -> bool:
    """Whether the counted ``levels`` (item code → current) meet ``stage`` (see module doc)."""
    checked = False
    for item in items:
        required = item.required_level(stage)
        current = levels.get(item.code)
        if required is None or current is None:
            continue
        checked = True
        if current < required:
            return False
    return checked


def shortfall(
    levels: dict[str, int], items: tuple[Item, ...], stage: Stage
) -> tuple[StageGap, ...]:
    """Counted items below ``stage``'s required level, largest gap first, then item order."""
    gaps = [
        StageGap(item.code, current, required)
        for item in items
        if (required := item.required_level(stage)) is not None
        and (current := levels.get(item.code)) is not None
        and current < required
    ]
    order = {item.code: i for i, item in enumerate(items)}
    gaps.sort(key=lambda g: (-g.gap, order[g.item_code]))
    return tuple(gaps)


def stage_reading(workshop: Workshop, group: Group) -> StageReading:
    """The indicative stage of ``group`` and the gaps to close for the next one."""
    items = items_in_scope(workshop)
    levels = {
        item.code: lv
        for item in items
        if (lv := assessed_level(group.ratings.get(item.code))) is not None
    }
    indicative: Stage | None = None
    next_stage: Stage | None = None
    if levels:
        for stage in Stage:
            if not meets(levels, items, stage):
                next_stage = stage
                break
            indicative = stage
    to_close = shortfall(levels, items, next_stage) if next_stage is not None else ()
    return StageReading(
        group_key=group.key,
        placed=group.placement.current,
        aim=group.placement.aim,
        indicative=indicative,
        next_stage=next_stage,
        to_close=to_close,
        counted=len(levels),
        in_scope=len(items),
    )
