"""Distance travelled: a follow-up workshop compared with its baseline.

Groups are matched by key first (a follow-up made with "Duplicate as follow-up" keeps the
keys, so a renamed group still matches), then any left over by name, ignoring case. An item
is compared for a matched pair of groups when both assessed it (rated, not skipped, with a
current level); change = follow-up level − baseline level, so a positive change is progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from statistics import fmean

from coprod_desktop.domain.analysis import GroupProfile, assessed_level, gap, group_profile
from coprod_desktop.domain.distance import Distance, needs_travelled
from coprod_desktop.domain.framework import Area, Stage
from coprod_desktop.domain.indicative_stage import stage_reading
from coprod_desktop.domain.workshop import Group, Workshop


class MatchedBy(StrEnum):
    KEY = "key"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class GroupMatch:
    """A follow-up group and the baseline group it is compared with."""

    group_key: str
    baseline_key: str
    matched_by: MatchedBy


@dataclass(frozen=True, slots=True)
class ItemChange:
    """One group's change on one item."""

    group_key: str
    item_code: str
    area: Area
    before: int
    after: int
    gap_before: int | None
    gap_after: int | None

    @property
    def change(self) -> int:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class AreaChange:
    """Mean change over the compared items of one area, for one group or (None) all groups."""

    group_key: str | None
    area: Area
    compared: int
    mean_before: float | None
    mean_after: float | None

    @property
    def change(self) -> float | None:
        return _difference(self.mean_before, self.mean_after)


@dataclass(frozen=True, slots=True)
class GroupChange:
    """A matched group's distance travelled over all compared items."""

    match: GroupMatch
    compared: int
    mean_before: float | None
    mean_after: float | None
    improved: int
    same: int
    worse: int
    stage_before: Stage | None
    stage_after: Stage | None

    @property
    def change(self) -> float | None:
        return _difference(self.mean_before, self.mean_after)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """The whole comparison; ``new_groups`` and ``missing_groups`` had no partner."""

    baseline_title: str
    baseline_uid: str
    groups: tuple[GroupChange, ...]
    areas: tuple[AreaChange, ...]
    group_areas: tuple[AreaChange, ...]
    items: tuple[ItemChange, ...]
    new_groups: tuple[str, ...]
    missing_groups: tuple[str, ...]
    #: Needs closed, persisting and new per matched group; what the baseline left open.
    needs: Distance

    @property
    def matches(self) -> tuple[GroupMatch, ...]:
        return tuple(g.match for g in self.groups)

    def items_of(self, group_key: str) -> tuple[ItemChange, ...]:
        return tuple(c for c in self.items if c.group_key == group_key)


@dataclass(frozen=True, slots=True)
class OtherScale:
    """A baseline rated on another scale (1–5 against 0–8, say): a level on one means
    something else on the other, so no change is worked out and the reader is told why."""

    baseline_title: str
    baseline_scale: tuple[int, int]  # lowest, highest
    own_scale: tuple[int, int]


def other_scale(baseline: Workshop, follow_up: Workshop) -> OtherScale | None:
    """Why ``follow_up`` cannot be compared with ``baseline`` level for level, if it cannot."""
    then, now = baseline.framework.scale, follow_up.framework.scale
    if (then.lowest, then.highest) == (now.lowest, now.highest):
        return None
    return OtherScale(baseline.title, (then.lowest, then.highest), (now.lowest, now.highest))


def match_groups(baseline: Workshop, follow_up: Workshop) -> tuple[GroupMatch, ...]:
    """Pair follow-up groups with baseline groups: by key, then by name (case-insensitive)."""
    taken: set[str] = set()
    matches: dict[str, GroupMatch] = {}
    base_keys = {g.key for g in baseline.groups}
    for group in follow_up.groups:
        if group.key in base_keys:
            matches[group.key] = GroupMatch(group.key, group.key, MatchedBy.KEY)
            taken.add(group.key)
    by_name = {g.name.casefold(): g.key for g in baseline.groups}
    for group in follow_up.groups:
        if group.key in matches:
            continue
        key = by_name.get(group.name.casefold())
        if key is not None and key not in taken:
            matches[group.key] = GroupMatch(group.key, key, MatchedBy.NAME)
            taken.add(key)
    return tuple(matches[g.key] for g in follow_up.groups if g.key in matches)


def _item_changes(
    baseline: Workshop, follow_up: Workshop, before: Group, after: Group
) -> list[ItemChange]:
    earlier = set(baseline.item_codes)
    in_both = [c for c in follow_up.item_codes if c in earlier]
    changes = []
    for code in in_both:
        old, new = before.ratings.get(code), after.ratings.get(code)
        was, now = assessed_level(old), assessed_level(new)
        if old is None or new is None or was is None or now is None:
            continue
        area = follow_up.framework.item(code).area
        changes.append(ItemChange(after.key, code, area, was, now, gap(old), gap(new)))
    return changes


def _area_changes(group_key: str | None, changes: list[ItemChange]) -> tuple[AreaChange, ...]:
    rows = []
    for area in Area:
        inside = [c for c in changes if c.area is area]
        rows.append(
            AreaChange(
                group_key,
                area,
                len(inside),
                fmean(c.before for c in inside) if inside else None,
                fmean(c.after for c in inside) if inside else None,
            )
        )
    return tuple(rows)


def compare(baseline: Workshop, follow_up: Workshop) -> FollowUp:
    """The change per item, per area and per group from ``baseline`` to ``follow_up``."""
    matches = match_groups(baseline, follow_up)
    groups: list[GroupChange] = []
    group_areas: list[AreaChange] = []
    all_changes: list[ItemChange] = []
    for m in matches:
        before, after = baseline.group(m.baseline_key), follow_up.group(m.group_key)
        changes = _item_changes(baseline, follow_up, before, after)
        all_changes.extend(changes)
        group_areas.extend(_area_changes(m.group_key, changes))
        groups.append(
            GroupChange(
                match=m,
                compared=len(changes),
                mean_before=fmean(c.before for c in changes) if changes else None,
                mean_after=fmean(c.after for c in changes) if changes else None,
                improved=sum(c.change > 0 for c in changes),
                same=sum(c.change == 0 for c in changes),
                worse=sum(c.change < 0 for c in changes),
                stage_before=stage_reading(baseline, before).indicative,
                stage_after=stage_reading(follow_up, after).indicative,
            )
        )
    matched_new = {m.group_key for m in matches}
    matched_old = {m.baseline_key for m in matches}
    return FollowUp(
        baseline_title=baseline.title,
        baseline_uid=baseline.uid,
        groups=tuple(groups),
        areas=_area_changes(None, all_changes),
        group_areas=tuple(group_areas),
        items=tuple(all_changes),
        new_groups=tuple(g.key for g in follow_up.groups if g.key not in matched_new),
        missing_groups=tuple(g.key for g in baseline.groups if g.key not in matched_old),
        needs=needs_travelled(
            baseline, follow_up, [(m.group_key, m.baseline_key) for m in matches]
        ),
    )


def baseline_profile(
    baseline: Workshop | None, follow_up: Workshop, baseline_key: str | None
) -> GroupProfile | None:
    """The baseline group's profile over the items both workshops have (what the radar draws
    under a follow-up group's own); None without a baseline or a partner."""
    if baseline is None or baseline_key is None:
        return None
    common = set(baseline.item_codes) & set(follow_up.item_codes)
    return group_profile(baseline, baseline.group(baseline_key), common)


def _difference(before: float | None, after: float | None) -> float | None:
    """After minus before, when both are known."""
    return None if before is None or after is None else after - before
