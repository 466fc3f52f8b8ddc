"""The workshop-wide results — every group's needs in priority order, the differences between
groups, the shared needs and the strengths to share — worked out one item at a time, so that
after a change only the items whose ratings changed are worked out again.

Every one of those results is a rule over one item's ratings across the groups, then a ranking
of the items. A saved rating changes one item of one group: the live results window used to
work out all 24 × 200 ratings again for it. The results are the very same as the functions in
:mod:`~coprod_desktop.domain.analysis` and :mod:`~coprod_desktop.domain.strengths` give (they
share the rules; a test compares them after random changes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from coprod_desktop.domain.analysis import (
    GroupDifference,
    SharedNeed,
    TrainingNeed,
    item_difference,
    item_needs,
    items_in_scope,
    ranked_differences,
    ranked_shared,
    shared_need,
)
from coprod_desktop.domain.framework import Item
from coprod_desktop.domain.priority import by_priority
from coprod_desktop.domain.strengths import StrengthToShare, item_strength, ranked_strengths
from coprod_desktop.domain.workshop import Workshop

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ItemResults:
    """What one item adds to the workshop-wide results."""

    needs: tuple[TrainingNeed, ...]
    difference: GroupDifference | None
    shared: SharedNeed | None
    strength: StrengthToShare | None


@dataclass(frozen=True, slots=True)
class ByItem:
    """Every item's results for one state of a workshop, and the rankings made from them."""

    workshop: Workshop
    #: By item code, in the workshop's item order.
    items: dict[str, ItemResults]
    #: Each group's needs in item order (what its ranking was made from) and ranked.
    group_needs: dict[str, tuple[tuple[TrainingNeed, ...], tuple[TrainingNeed, ...]]]
    #: Every need, group by group, each group's ranked (as ``training_needs`` gives them).
    needs: tuple[TrainingNeed, ...]
    differences: tuple[GroupDifference, ...]
    shared: tuple[SharedNeed, ...]
    strengths: tuple[StrengthToShare, ...]


def by_item(workshop: Workshop, previous: ByItem | None = None) -> ByItem:
    """The results of every item of ``workshop``. With ``previous`` (the results of an earlier
    state of the same workshop), only the items whose ratings changed are worked out again,
    and only the rankings those items are in are made again."""
    changed = changed_items(workshop, previous)
    kept = previous if changed is not None else None
    order = {g.key: i for i, g in enumerate(workshop.groups)}

    def worked_out(item: Item) -> ItemResults:
        needs = item_needs(workshop, item)
        return ItemResults(
            needs=needs,
            difference=item_difference(workshop, item),
            shared=shared_need(needs, order),
            strength=item_strength(workshop, item.code, needs, order),
        )

    if kept is None or changed is None:
        items = {item.code: worked_out(item) for item in items_in_scope(workshop)}
    else:
        items = dict(kept.items)
        for code in changed:
            items[code] = worked_out(workshop.framework.item(code))

    def same(part: Callable[[ItemResults], object]) -> bool:
        """Whether no changed item changed ``part``, so its ranking stands."""
        return kept is not None and all(
            part(items[code]) == part(kept.items[code]) for code in changed or ()
        )

    group_needs = _group_needs(workshop, items, kept, changed)
    values = items.values()
    return ByItem(
        workshop=workshop,
        items=items,
        group_needs=group_needs,
        needs=tuple(need for _, ranked in group_needs.values() for need in ranked),
        differences=kept.differences
        if kept is not None and same(lambda r: r.difference)
        else ranked_differences(_found(values, lambda r: r.difference)),
        shared=kept.shared
        if kept is not None and same(lambda r: r.shared)
        else ranked_shared(_found(values, lambda r: r.shared)),
        strengths=kept.strengths
        if kept is not None and same(lambda r: r.strength)
        else ranked_strengths(_found(values, lambda r: r.strength)),
    )


def changed_items(workshop: Workshop, previous: ByItem | None) -> set[str] | None:
    """The codes of the items whose ratings differ from ``previous``'s workshop; None when
    everything must be worked out again (no previous, or other items, groups or names)."""
    if previous is None:
        return None
    before = previous.workshop
    if (before.framework, before.item_codes) != (workshop.framework, workshop.item_codes) or [
        (g.key, g.name) for g in before.groups
    ] != [(g.key, g.name) for g in workshop.groups]:
        return None
    changed: set[str] = set()
    for now, then in zip(workshop.groups, before.groups, strict=True):
        if now is not then:  # a change replaces only the groups it touches
            changed.update(
                code
                for code in workshop.item_codes
                if now.ratings.get(code) is not then.ratings.get(code)
            )
    return changed


def _group_needs(
    workshop: Workshop, items: dict[str, ItemResults], kept: ByItem | None, changed: set[str] | None
) -> dict[str, tuple[tuple[TrainingNeed, ...], tuple[TrainingNeed, ...]]]:
    """Each group's needs in item order and ranked, in group order. After a change only the
    groups with a need on a changed item, before or after, are looked at again, and one whose
    needs are as before keeps its ranking."""
    if kept is None or changed is None:
        found: dict[str, list[TrainingNeed]] = {g.key: [] for g in workshop.groups}
        for results in items.values():
            for need in results.needs:
                found[need.group_key].append(need)
        return {key: (tuple(ns), tuple(by_priority(ns))) for key, ns in found.items()}
    fresh = [need for code in changed for need in items[code].needs]
    touched = {n.group_key for n in fresh}
    touched.update(n.group_key for code in changed for n in kept.items[code].needs)
    place = {code: i for i, code in enumerate(workshop.item_codes)}
    ranked = dict(kept.group_needs)  # the same groups, in the same order
    for key in touched:
        before = kept.group_needs[key]
        now = [n for n in before[0] if n.item_code not in changed]
        now += [n for n in fresh if n.group_key == key]
        unranked = tuple(sorted(now, key=lambda n: place[n.item_code]))
        if unranked != before[0]:
            ranked[key] = (unranked, tuple(by_priority(unranked)))
    return ranked


def _found(items: Iterable[ItemResults], part: Callable[[ItemResults], T | None]) -> list[T]:
    return [found for results in items if (found := part(results)) is not None]
