"""The order of training needs: a documented priority that does not depend on item order.

A 5-point scale gives many ties, and breaking them by the item's place in the framework made
knowledge items always outrank skills and attitude. The rule, for one group's needs:

1. the larger gap (needed minus now) first;
2. then the need shared by more groups;
3. then the areas take turns, so no area crowds out the others: among needs still tied, each
   area's first need, then each area's second, and so on. Within a turn, the area with the
   larger total gap for the group goes first (then the framework's area order, only when the
   areas are equal in that too). Within an area, the lower current level goes first, then
   the item code, read with its number as a number (K2 before K10), to keep the order
   repeatable.

Moving items around in the framework or the workshop never changes the ranking.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from coprod_desktop.domain.framework import Area


class InArea(Protocol):
    """What taking turns reads from an entry."""

    @property
    def area(self) -> Area: ...

    @property
    def item_code(self) -> str: ...


class Need(InArea, Protocol):
    """What the rule reads from a need."""

    @property
    def gap(self) -> int: ...

    @property
    def shared_by(self) -> int: ...

    @property
    def current(self) -> int: ...


E = TypeVar("E", bound=InArea)
N = TypeVar("N", bound=Need)

_DIGITS = re.compile(r"(\d+)")
_AREA_ORDER = {area: index for index, area in enumerate(Area)}


@functools.lru_cache(maxsize=4096)  # a workshop has a few hundred codes, ranked again and again
def code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """``code`` split into text and numbers, so that K2 sorts before K10."""
    return tuple(
        (1, int(part)) if part.isdigit() else (0, part.casefold())
        for part in _DIGITS.split(code)
        if part
    )


def take_turns(
    entries: Sequence[E], area_weight: dict[Area, int], within: Callable[[E], int] = lambda e: 0
) -> list[E]:
    """``entries`` (all tied) with the areas taking turns, heaviest area first in each turn;
    inside an area by ``within`` (smallest first), then by item code."""
    by_area: dict[Area, list[E]] = {}
    for entry in entries:
        by_area.setdefault(entry.area, []).append(entry)
    for queue in by_area.values():
        queue.sort(key=lambda e: (within(e), code_key(e.item_code)))
    areas = sorted(by_area, key=lambda a: (-area_weight.get(a, 0), _AREA_ORDER[a]))
    ordered: list[E] = []
    for turn in range(max((len(q) for q in by_area.values()), default=0)):
        ordered += [by_area[a][turn] for a in areas if turn < len(by_area[a])]
    return ordered


def by_priority(needs: Iterable[N]) -> list[N]:
    """One group's needs, highest priority first (see the module doc)."""
    needs = list(needs)
    weight: dict[Area, int] = {}
    for need in needs:
        weight[need.area] = weight.get(need.area, 0) + need.gap
    return ranked(needs, lambda n: (-n.gap, -n.shared_by), weight, lambda n: n.current)


def ranked(
    entries: Iterable[E],
    tie: Callable[[E], tuple[float, ...]],
    area_weight: dict[Area, int],
    within: Callable[[E], int] = lambda e: 0,
) -> list[E]:
    """``entries`` sorted by ``tie`` (smallest first), each tie broken by :func:`take_turns`."""
    classes: dict[tuple[float, ...], list[E]] = {}
    for entry in entries:
        classes.setdefault(tie(entry), []).append(entry)
    ordered: list[E] = []
    for key in sorted(classes):
        ordered += take_turns(classes[key], area_weight, within)
    return ordered
