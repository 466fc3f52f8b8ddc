"""Readiness per stage, across the workshop's groups: the planning use's first question ("how
ready are we, together, for each stage, and what stands in the way?").

For each stage, in order:

- a group is **ready** for it when its indicative stage (``domain/indicative_stage.py``) is
  that stage or a later one; **not yet** when it has enough ratings and its indicative stage
  is earlier (or none); groups without enough ratings are counted apart, never as not ready;
- the **items in the way** are those below the stage's required level (the framework's) for
  the groups not yet ready, ranked by how many of those groups fall short on them, then by the
  largest shortfall, then item order. An item one group is short on counts for that group
  even when the tolerance would let it through: it is still something to work on.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.analysis import items_in_scope
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.indicative_stage import StageReading, group_levels, shortfall
from coprod_desktop.domain.workshop import Workshop


@dataclass(frozen=True, slots=True)
class ItemInTheWay:
    """An item below a stage's required level for ``group_keys`` (the largest shortfall
    ``largest_gap`` levels)."""

    item_code: str
    group_keys: tuple[str, ...]
    largest_gap: int


@dataclass(frozen=True, slots=True)
class StageReadiness:
    """One stage across the groups: who is ready, who is not yet, who has too few ratings,
    and the items most in the way."""

    stage: Stage
    ready: tuple[str, ...]
    not_yet: tuple[str, ...]
    too_few_ratings: tuple[str, ...]
    in_the_way: tuple[ItemInTheWay, ...]


def readiness(workshop: Workshop, readings: tuple[StageReading, ...]) -> tuple[StageReadiness, ...]:
    """Each stage's readiness across the groups of ``workshop``, given each group's stage
    reading (in the workshop's group order)."""
    items = items_in_scope(workshop)
    order = {item.code: i for i, item in enumerate(items)}
    by_key = {g.key: g for g in workshop.groups}
    levels = {r.group_key: group_levels(workshop, by_key[r.group_key]) for r in readings}
    found = []
    for stage in Stage:
        ready, not_yet, too_few = [], [], []
        for r in readings:
            if not r.enough:
                too_few.append(r.group_key)
            elif r.indicative is not None and r.indicative.order >= stage.order:
                ready.append(r.group_key)
            else:
                not_yet.append(r.group_key)
        short: dict[str, list[tuple[str, int]]] = {}
        for key in not_yet:
            for gap in shortfall(levels[key], items, stage):
                short.setdefault(gap.item_code, []).append((key, gap.gap))
        in_the_way = sorted(
            (
                ItemInTheWay(code, tuple(k for k, _ in groups), max(g for _, g in groups))
                for code, groups in short.items()
            ),
            key=lambda x: (-len(x.group_keys), -x.largest_gap, order[x.item_code]),
        )
        found.append(
            StageReadiness(stage, tuple(ready), tuple(not_yet), tuple(too_few), tuple(in_the_way))
        )
    return tuple(found)
