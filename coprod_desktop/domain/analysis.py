"""Results of a workshop: training needs, profiles, differences between groups, shared needs,
room notes (split views: :mod:`~coprod_desktop.domain.split`).

Pure functions over a :class:`Workshop`; every result is a frozen dataclass. Words:

- **gap** = required level − current level, for a rating that has both;
- **training need** = a rating whose gap is 1 or more;
- a rating is **assessed** when it is not skipped and has a current level.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from statistics import fmean

from coprod_desktop.domain.framework import Area, Item
from coprod_desktop.domain.priority import by_priority, ranked
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus
from coprod_desktop.domain.workshop import Group, Workshop

#: Current levels this far apart (or more) on one item make a difference between groups.
DIFFERENCE_LEVELS = 2
#: How many differences between groups the results, the projector and the report show.
LARGEST_DIFFERENCES = 5
#: A need is "shared" when at least this many groups have it.
SHARED_BY_AT_LEAST = 2


def gap(rating: Rating) -> int | None:
    """Required minus current level, or None when either is missing or the item was skipped."""
    if rating.status is RatingStatus.SKIPPED:
        return None
    return rating.gap


def assessed_level(rating: Rating | None) -> int | None:
    """The current level of an assessed rating; None if unrated, skipped or without a level."""
    if rating is None or rating.status is RatingStatus.SKIPPED:
        return None
    return rating.current_level


def items_in_scope(workshop: Workshop) -> tuple[Item, ...]:
    """The workshop's items, in the order the room rated them."""
    return tuple(workshop.framework.item(code) for code in workshop.item_codes)


@dataclass(frozen=True, slots=True)
class TrainingNeed:
    """A group's need on one item: it is at ``current`` and needs to be at ``required``."""

    group_key: str
    group_name: str
    item_code: str
    area: Area
    principle: str
    current: int
    required: int
    shared_by: int
    uncertain: bool
    needed_from: NeededFrom | None = None

    @property
    def gap(self) -> int:
        return self.required - self.current

    @property
    def filled_in(self) -> bool:
        """Whether the needed level was filled in from the framework, not chosen by the group."""
        return self.needed_from is NeededFrom.FRAMEWORK


def needed_missing(workshop: Workshop, group: Group) -> int:
    """How many of the group's assessed items have no needed level, so no need can be worked
    out for them (the results say so, rather than report no needs)."""
    return sum(
        1
        for code in workshop.item_codes
        if (r := group.ratings.get(code)) is not None
        and assessed_level(r) is not None
        and r.required_level is None
    )


def item_needs(workshop: Workshop, item: Item) -> tuple[TrainingNeed, ...]:
    """The groups' needs on ``item``, in group order; ``shared_by`` is how many there are.
    ``uncertain`` marks a need from a split rating: the group did not agree on it."""
    raw = [
        (group, rating)
        for group in workshop.groups
        if (rating := group.ratings.get(item.code)) is not None
        and (g := gap(rating)) is not None
        and g >= 1
    ]
    return tuple(
        TrainingNeed(
            group_key=group.key,
            group_name=group.name,
            item_code=item.code,
            area=item.area,
            principle=item.principle,
            current=rating.current_level,  # type: ignore[arg-type]  # gap implies a level
            required=rating.required_level,  # type: ignore[arg-type]
            shared_by=len(raw),
            uncertain=rating.status is RatingStatus.SPLIT,
            needed_from=rating.needed_from,
        )
        for group, rating in raw
    )


def training_needs(workshop: Workshop) -> tuple[TrainingNeed, ...]:
    """Every need in the workshop (:func:`item_needs`): group by group, each group's needs
    ranked by :func:`~coprod_desktop.domain.priority.by_priority` (gap, groups sharing it,
    then the areas taking turns; never item order)."""
    by_group: dict[str, list[TrainingNeed]] = {g.key: [] for g in workshop.groups}
    for item in items_in_scope(workshop):
        for need in item_needs(workshop, item):
            by_group[need.group_key].append(need)
    return tuple(need for group in workshop.groups for need in by_priority(by_group[group.key]))


def needs_of(needs: Iterable[TrainingNeed], group_key: str) -> tuple[TrainingNeed, ...]:
    """One group's needs, keeping their priority order."""
    return tuple(n for n in needs if n.group_key == group_key)


def needs_by_group(needs: Iterable[TrainingNeed]) -> dict[str, tuple[TrainingNeed, ...]]:
    """Each group's needs by group key, keeping their priority order (one pass over all)."""
    found: dict[str, list[TrainingNeed]] = {}
    for need in needs:
        found.setdefault(need.group_key, []).append(need)
    return {key: tuple(group_needs) for key, group_needs in found.items()}


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """A group's summary over the items of one area or one principle.

    Means are over the ratings that have the value: ``mean_current`` over assessed ratings,
    ``mean_required`` over those with a required level, ``mean_gap`` over those with both
    (so it need not equal ``mean_required - mean_current``). None when there is nothing to
    average.
    """

    key: str
    title: str
    items: int
    assessed: int
    split: int
    skipped: int
    needs: int
    mean_current: float | None
    mean_required: float | None
    mean_gap: float | None


@dataclass(frozen=True, slots=True)
class GroupProfile:
    """A group's profile by area (knowledge, hard skills, soft skills, attitude) and principle."""

    group_key: str
    by_area: tuple[ProfileRow, ...]
    by_principle: tuple[ProfileRow, ...]


def _mean(values: list[int]) -> float | None:
    return fmean(values) if values else None


def profile_row(key: str, title: str, ratings: list[Rating | None]) -> ProfileRow:
    """Summarise the ratings (None for an unrated item) of one area or principle."""
    present = [r for r in ratings if r is not None]
    currents = [lv for r in present if (lv := assessed_level(r)) is not None]
    requireds = [
        r.required_level
        for r in present
        if r.status is not RatingStatus.SKIPPED and r.required_level is not None
    ]
    gaps = [g for r in present if (g := gap(r)) is not None]
    return ProfileRow(
        key=key,
        title=title,
        items=len(ratings),
        assessed=len(currents),
        split=sum(r.status is RatingStatus.SPLIT for r in present),
        skipped=sum(r.status is RatingStatus.SKIPPED for r in present),
        needs=sum(g >= 1 for g in gaps),
        mean_current=_mean(currents),
        mean_required=_mean(requireds),
        mean_gap=_mean(gaps),
    )


def group_profile(
    workshop: Workshop, group: Group, codes: Iterable[str] | None = None
) -> GroupProfile:
    """The profile of ``group`` over the workshop's items (only those in ``codes``, if
    given), every area and principle listed."""
    items = items_in_scope(workshop)
    if codes is not None:
        chosen = set(codes)
        items = tuple(i for i in items if i.code in chosen)
    framework = workshop.framework
    by_area = tuple(
        profile_row(
            area.value,
            framework.area_text(area).title,
            [group.ratings.get(i.code) for i in items if i.area is area],
        )
        for area in Area
    )
    by_principle = tuple(
        profile_row(
            p.code, p.title, [group.ratings.get(i.code) for i in items if i.principle == p.code]
        )
        for p in framework.principles
    )
    return GroupProfile(group.key, by_area, by_principle)


@dataclass(frozen=True, slots=True)
class GroupDifference:
    """Groups rate their own capacity on an item two or more levels apart.

    Each group rates itself ("We can read a budget"), so this is a difference in capacity
    between groups, not in how they see one thing: it is not a perception gap.
    """

    item_code: str
    levels: tuple[tuple[str, int], ...]
    area: Area
    #: Worked out once from ``levels`` (a chart asks for each of its cells).
    lowest: int = field(init=False, compare=False)
    highest: int = field(init=False, compare=False)
    low_groups: tuple[str, ...] = field(init=False, compare=False)
    high_groups: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        lowest = min(level for _, level in self.levels)
        highest = max(level for _, level in self.levels)
        object.__setattr__(self, "lowest", lowest)
        object.__setattr__(self, "highest", highest)
        object.__setattr__(self, "low_groups", tuple(k for k, v in self.levels if v == lowest))
        object.__setattr__(self, "high_groups", tuple(k for k, v in self.levels if v == highest))

    @property
    def spread(self) -> int:
        return self.highest - self.lowest


def item_difference(
    workshop: Workshop, item: Item, threshold: int = DIFFERENCE_LEVELS
) -> GroupDifference | None:
    """The difference between groups on ``item``, if their assessed current levels are
    ``threshold`` or more apart; ``levels`` lists (group key, level) in group order."""
    levels = tuple(
        (g.key, lv) for g in workshop.groups if (lv := assessed_level(g.ratings.get(item.code)))
        is not None
    )  # fmt: skip
    if len(levels) < 2:
        return None
    candidate = GroupDifference(item.code, levels, item.area)
    return candidate if candidate.spread >= threshold else None


def group_differences(
    workshop: Workshop, threshold: int = DIFFERENCE_LEVELS
) -> tuple[GroupDifference, ...]:
    """Items where assessed current levels across groups differ by ``threshold`` or more
    (:func:`item_difference`), in :func:`ranked_differences` order."""
    return ranked_differences(
        d for i in items_in_scope(workshop) if (d := item_difference(workshop, i, threshold))
    )


def ranked_differences(found: Iterable[GroupDifference]) -> tuple[GroupDifference, ...]:
    """Widest spread first, then the areas taking turns (the area with more differences first,
    see :func:`~coprod_desktop.domain.priority.ranked`), never item order."""
    found = list(found)
    weight: dict[Area, int] = {}
    for difference in found:
        weight[difference.area] = weight.get(difference.area, 0) + 1
    return tuple(ranked(found, lambda d: (-d.spread,), weight))


@dataclass(frozen=True, slots=True)
class SharedNeed:
    """An item on which several groups have a training need."""

    item_code: str
    area: Area
    group_keys: tuple[str, ...]
    largest_gap: int
    mean_gap: float
    uncertain_groups: int


def shared_needs(
    needs: Iterable[TrainingNeed], workshop: Workshop, at_least: int = SHARED_BY_AT_LEAST
) -> tuple[SharedNeed, ...]:
    """Items needed by ``at_least`` groups (:func:`shared_need`), in :func:`ranked_shared`
    order."""
    by_item: dict[str, list[TrainingNeed]] = {}
    for need in needs:
        by_item.setdefault(need.item_code, []).append(need)
    order = {g.key: i for i, g in enumerate(workshop.groups)}
    return ranked_shared(s for ns in by_item.values() if (s := shared_need(ns, order, at_least)))


def shared_need(
    needs: Sequence[TrainingNeed], group_order: dict[str, int], at_least: int = SHARED_BY_AT_LEAST
) -> SharedNeed | None:
    """The need on one item, if ``at_least`` groups have it; ``group_keys`` in the workshop's
    group order (``group_order``: each group's place)."""
    if len(needs) < at_least:
        return None
    return SharedNeed(
        item_code=needs[0].item_code,
        area=needs[0].area,
        group_keys=tuple(sorted((n.group_key for n in needs), key=group_order.__getitem__)),
        largest_gap=max(n.gap for n in needs),
        mean_gap=fmean(n.gap for n in needs),
        uncertain_groups=sum(n.uncertain for n in needs),
    )


def ranked_shared(found: Iterable[SharedNeed]) -> tuple[SharedNeed, ...]:
    """Most groups first, then the largest gap, then the mean gap, then the areas taking
    turns (:func:`~coprod_desktop.domain.priority.ranked`), never item order."""
    found = list(found)
    weight: dict[Area, int] = {}
    for shared in found:
        weight[shared.area] = weight.get(shared.area, 0) + len(shared.group_keys)
    return tuple(ranked(found, lambda s: (-len(s.group_keys), -s.largest_gap, -s.mean_gap), weight))


@dataclass(frozen=True, slots=True)
class RoomNote:
    """A note the room asked to keep with a rating (never the facilitator's private note)."""

    group_key: str
    item_code: str
    status: RatingStatus
    text: str


def room_notes(workshop: Workshop, group: Group) -> tuple[RoomNote, ...]:
    """The group's rating notes, in item order; private notes are left out by design."""
    return tuple(
        RoomNote(group.key, r.item_code, r.status, r.note)
        for r in _ratings_in_order(workshop, group)
        if r.note
    )


def _ratings_in_order(workshop: Workshop, group: Group) -> Iterator[Rating]:
    for code in workshop.item_codes:
        rating = group.ratings.get(code)
        if rating is not None:
            yield rating
