"""Results of a workshop: training needs, profiles, differences between groups, shared needs,
split views.

Pure functions over a :class:`Workshop`; every result is a frozen dataclass. Words:

- **gap** = required level − current level, for a rating that has both;
- **training need** = a rating whose gap is 1 or more;
- a rating is **assessed** when it is not skipped and has a current level.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from statistics import fmean

from coprod_desktop.domain.framework import Area, Item
from coprod_desktop.domain.priority import by_priority, ranked
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.split import SplitFacts, tally_facts
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


def training_needs(workshop: Workshop) -> tuple[TrainingNeed, ...]:
    """Every need in the workshop: group by group, each group's needs ranked by
    :func:`~coprod_desktop.domain.priority.by_priority` (gap, groups sharing it, then the
    areas taking turns; never item order). ``uncertain`` marks a need from a split rating:
    the group did not agree on it.
    """
    raw: list[tuple[Group, Item, Rating, int]] = []
    items = items_in_scope(workshop)
    for group in workshop.groups:
        for item in items:
            rating = group.ratings.get(item.code)
            g = gap(rating) if rating is not None else None
            if rating is not None and g is not None and g >= 1:
                raw.append((group, item, rating, g))
    sharing: dict[str, int] = {}
    for _, item, _, _ in raw:
        sharing[item.code] = sharing.get(item.code, 0) + 1
    needs = [
        TrainingNeed(
            group_key=group.key,
            group_name=group.name,
            item_code=item.code,
            area=item.area,
            principle=item.principle,
            current=rating.current_level,  # type: ignore[arg-type]  # gap implies a level
            required=rating.required_level,  # type: ignore[arg-type]
            shared_by=sharing[item.code],
            uncertain=rating.status is RatingStatus.SPLIT,
            needed_from=rating.needed_from,
        )
        for group, item, rating, _ in raw
    ]
    by_group: dict[str, list[TrainingNeed]] = {g.key: [] for g in workshop.groups}
    for need in needs:
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


def group_differences(
    workshop: Workshop, threshold: int = DIFFERENCE_LEVELS
) -> tuple[GroupDifference, ...]:
    """Items where assessed current levels across groups differ by ``threshold`` or more.

    Widest spread first, then the areas taking turns (the area with more differences first,
    see :func:`~coprod_desktop.domain.priority.ranked`), never item order. ``levels`` lists
    (group key, level) in group order, for the groups that assessed the item.
    """
    found: list[GroupDifference] = []
    for code in workshop.item_codes:
        levels = tuple(
            (g.key, lv)
            for g in workshop.groups
            if (lv := assessed_level(g.ratings.get(code))) is not None
        )
        if len(levels) >= 2:
            candidate = GroupDifference(code, levels, workshop.framework.item(code).area)
            if candidate.spread >= threshold:
                found.append(candidate)
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
    """Items needed by ``at_least`` groups: most groups first, then the largest gap, then the
    mean gap, then the areas taking turns (:func:`~coprod_desktop.domain.priority.ranked`),
    never item order. ``group_keys`` follow the workshop's group order.
    """
    by_item: dict[str, list[TrainingNeed]] = {}
    for need in needs:
        by_item.setdefault(need.item_code, []).append(need)
    group_order = {g.key: i for i, g in enumerate(workshop.groups)}
    result = [
        SharedNeed(
            item_code=code,
            area=ns[0].area,
            group_keys=tuple(sorted((n.group_key for n in ns), key=group_order.__getitem__)),
            largest_gap=max(n.gap for n in ns),
            mean_gap=fmean(n.gap for n in ns),
            uncertain_groups=sum(n.uncertain for n in ns),
        )
        for code, ns in by_item.items()
        if len(ns) >= at_least
    ]
    weight: dict[Area, int] = {}
    for shared in result:
        weight[shared.area] = weight.get(shared.area, 0) + len(shared.group_keys)
    return tuple(
        ranked(result, lambda s: (-len(s.group_keys), -s.largest_gap, -s.mean_gap), weight)
    )


@dataclass(frozen=True, slots=True)
class SplitView:
    """A rating the group could not agree on, with the spread of its dot vote."""

    group_key: str
    item_code: str
    current: int | None
    required: int | None
    tally: Tally | None
    note: str

    @property
    def median(self) -> float | None:
        return self.tally.median if self.tally else None

    @property
    def lowest(self) -> int | None:
        return self.tally.lowest if self.tally else None

    @property
    def highest(self) -> int | None:
        return self.tally.highest if self.tally else None

    @property
    def range(self) -> int | None:
        """Highest minus lowest vote: 0 means everyone voted the same level."""
        if self.tally is None or not self.tally.counts:
            return None
        return self.tally.highest - self.tally.lowest  # type: ignore[operator]

    @property
    def facts(self) -> SplitFacts | None:
        """What the dots say (the level they put the group at, the spread), if any."""
        return tally_facts(self.tally)

    @property
    def votes_elsewhere(self) -> int | None:
        """Dots placed on another level than the one recorded: the size of the minority."""
        facts = self.facts
        return facts.elsewhere if facts is not None else None


def split_views(workshop: Workshop, group: Group) -> tuple[SplitView, ...]:
    """The group's split ratings, in item order."""
    return tuple(
        SplitView(group.key, r.item_code, r.current_level, r.required_level, r.tally, r.note)
        for r in _ratings_in_order(workshop, group)
        if r.status is RatingStatus.SPLIT
    )


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
