"""The indicative stage: the highest stage whose required levels a group's ratings meet.

The rule, precisely (the method note, the results panel and the guide say the same):

1. An item *counts* for a group when the group assessed it: rated, not skipped, with a
   current level (a split rating counts at the level the room recorded). Unrated and
   skipped items are left out.
2. *Coverage*: no stage is indicated until the group has assessed at least three quarters
   of the workshop's items (rounded up, :func:`coverage_needed`). A reading from 3 of 40
   items says more about which items came first than about the group.
3. An item is *checked* against a stage when it counts and the framework gives it a
   required level for that stage (from the profile for the group's role when the framework
   has one, else ``item.required_by_stage``); it *meets* the stage when its current level
   is at or above that level. The group's own "needed" levels play no part here: this
   compares the group with the framework's profile of each stage for a group like it.
4. *Tolerance*: the group meets a stage when at least one item is checked and no more than
   one in ten of the checked items (rounded down, :func:`allowed_short`) falls short, by
   any amount. One outlier cannot sink a group of 40 items; the items that fall short are
   still listed.
5. *Full Co-production* also needs every one of the framework's principles to meet it on
   its own (the paper: "most or all of the 4 principles of co-production are present"):
   each principle needs at least one checked item, within the same tolerance counted over
   that principle's items.
6. Walk the stages in order, Active Involvement first; the indicative stage is the last one
   met before the first one that is not. None means not enough ratings yet, or not yet
   meeting Active Involvement.
7. The items *holding the group back* are the counted items below the next stage's required
   level, largest gap first.

Each rule only looks at whether a level is at or above another, so raising any rating can
never lower the indicated stage. It is indicative: it sits beside the stage the group
placed itself at, and a difference between the two is something to talk about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coprod_desktop.domain.analysis import assessed_level, items_in_scope
from coprod_desktop.domain.framework import GroupRole, Item, Stage
from coprod_desktop.domain.workshop import Group, Workshop

#: A stage is indicated once this share of the workshop's items is assessed (numerator,
#: denominator), rounded up.
COVERAGE_SHARE = (3, 4)
#: For every this many items checked against a stage, one may fall short.
TOLERANCE_ONE_IN = 10


def coverage_needed(in_scope: int) -> int:
    """How many assessed items a group needs before any stage is indicated (at least 1)."""
    top, bottom = COVERAGE_SHARE
    return max(1, -(-in_scope * top // bottom))


def allowed_short(checked: int) -> int:
    """How many of ``checked`` items may fall short of a stage and still meet it."""
    return checked // TOLERANCE_ONE_IN


@dataclass(frozen=True, slots=True)
class StageGap:
    """An item short of the level a stage needs."""

    item_code: str
    current: int
    required: int

    @property
    def gap(self) -> int:
        return self.required - self.current


@dataclass(frozen=True, slots=True)
class StageCredit:
    """How far a group's ratings go towards one stage: ``met`` of ``checked`` items, how many
    may fall short, and (for Full Co-production) the principles that do not meet it."""

    stage: Stage
    checked: int
    met: int
    allowed_short: int
    principles_short: tuple[str, ...] = ()

    @property
    def short(self) -> int:
        return self.checked - self.met

    @property
    def meets(self) -> bool:
        return self.checked > 0 and self.short <= self.allowed_short and not self.principles_short


@dataclass(frozen=True, slots=True)
class StageReading:
    """Where a group placed itself, where it aims, and where its ratings indicate it is.

    ``credits`` has one entry per stage, in order. ``holding_back`` lists the items below the
    next stage's level; ``tolerated`` the items below the indicated stage's level that the
    tolerance let through.
    """

    group_key: str
    placed: Stage | None
    aim: Stage | None
    indicative: Stage | None
    next_stage: Stage | None
    holding_back: tuple[StageGap, ...]
    tolerated: tuple[StageGap, ...]
    credits: tuple[StageCredit, ...]
    counted: int
    in_scope: int
    coverage: int

    @property
    def enough(self) -> bool:
        """Whether enough items are assessed for a stage to be indicated at all."""
        return self.counted >= self.coverage

    @property
    def to_close(self) -> tuple[StageGap, ...]:
        return self.holding_back

    def credit(self, stage: Stage) -> StageCredit:
        return self.credits[stage.order]

    @property
    def matches_placement(self) -> bool | None:
        """Whether the indicative stage is the one the group chose; None if either is unknown."""
        if self.placed is None or not self.enough:
            return None
        return self.placed == self.indicative


def credit(
    levels: Mapping[str, int],
    items: tuple[Item, ...],
    stage: Stage,
    principles: tuple[str, ...] = (),
    role: GroupRole | None = None,
) -> StageCredit:
    """The credit ``levels`` (item code → current level) earn towards ``stage``, against the
    levels needed by a group in ``role`` (the framework's profile for it, if it has one).

    ``principles`` are the framework's principle codes; each must meet Full Co-production on
    its own (see the module doc). Other stages ignore them.
    """
    checked = met = 0
    by_principle = {code: [0, 0] for code in principles}
    for item in items:
        required = item.required_level(stage, role)
        current = levels.get(item.code)
        if required is None or current is None:
            continue
        checked += 1
        met += current >= required
        tally = by_principle.get(item.principle)
        if tally is not None:
            tally[0] += 1
            tally[1] += current >= required
    principles_short: tuple[str, ...] = ()
    if stage is Stage.FULL_CO_PRODUCTION:
        principles_short = tuple(
            code
            for code, (p_checked, p_met) in by_principle.items()
            if p_checked == 0 or p_checked - p_met > allowed_short(p_checked)
        )
    return StageCredit(stage, checked, met, allowed_short(checked), principles_short)


def meets(
    levels: Mapping[str, int],
    items: tuple[Item, ...],
    stage: Stage,
    principles: tuple[str, ...] = (),
    role: GroupRole | None = None,
) -> bool:
    """Whether the counted ``levels`` meet ``stage`` (see the module doc; no coverage check)."""
    return credit(levels, items, stage, principles, role).meets


def shortfall(
    levels: Mapping[str, int], items: tuple[Item, ...], stage: Stage, role: GroupRole | None = None
) -> tuple[StageGap, ...]:
    """Counted items below ``stage``'s required level, largest gap first, then item order."""
    gaps = [
        StageGap(item.code, current, required)
        for item in items
        if (required := item.required_level(stage, role)) is not None
        and (current := levels.get(item.code)) is not None
        and current < required
    ]
    order = {item.code: i for i, item in enumerate(items)}
    gaps.sort(key=lambda g: (-g.gap, order[g.item_code]))
    return tuple(gaps)


def group_levels(workshop: Workshop, group: Group) -> dict[str, int]:
    """The group's counted items: item code → current level."""
    return {
        item.code: lv
        for item in items_in_scope(workshop)
        if (lv := assessed_level(group.ratings.get(item.code))) is not None
    }


def stage_reading(workshop: Workshop, group: Group) -> StageReading:
    """The indicative stage of ``group``, its credit towards each stage, and what holds it
    back from the next one."""
    items = items_in_scope(workshop)
    principles = tuple(p.code for p in workshop.framework.principles)
    levels = group_levels(workshop, group)
    role = group.role  # the group is measured against its role's needed levels
    credits = tuple(credit(levels, items, stage, principles, role) for stage in Stage)
    coverage = coverage_needed(len(items))
    indicative: Stage | None = None
    next_stage: Stage | None = None
    if len(levels) >= coverage:
        for stage_credit in credits:
            if not stage_credit.meets:
                next_stage = stage_credit.stage
                break
            indicative = stage_credit.stage
    return StageReading(
        group_key=group.key,
        placed=group.placement.current,
        aim=group.placement.aim,
        indicative=indicative,
        next_stage=next_stage,
        holding_back=shortfall(levels, items, next_stage, role) if next_stage else (),
        tolerated=shortfall(levels, items, indicative, role) if indicative else (),
        credits=credits,
        counted=len(levels),
        in_scope=len(items),
        coverage=coverage,
    )
