"""Everything the results view and the report show about one workshop, computed once."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from coprod_desktop.domain.analysis import (
    GroupDifference,
    GroupProfile,
    RoomNote,
    SharedNeed,
    TrainingNeed,
    group_profile,
    needed_missing,
    room_notes,
)
from coprod_desktop.domain.by_item import ByItem, by_item
from coprod_desktop.domain.follow_up import (
    FollowUp,
    OtherScale,
    baseline_profile,
    compare,
    other_scale,
)
from coprod_desktop.domain.indicative_stage import StageReading, stage_reading
from coprod_desktop.domain.split import SplitView, split_views
from coprod_desktop.domain.strengths import StrengthToShare
from coprod_desktop.domain.workshop import Group, Workshop


@dataclass(frozen=True, slots=True)
class GroupResults:
    """One group's results: profile, stage reading, needs, split views and room notes."""

    group: Group
    profile: GroupProfile
    stage: StageReading
    needs: tuple[TrainingNeed, ...]
    splits: tuple[SplitView, ...]
    notes: tuple[RoomNote, ...]
    needed_missing: int = 0
    #: For a follow-up, the matched baseline group's profile over the items both workshops
    #: have (drawn under the group's own on the radar); None without a baseline partner.
    baseline_profile: GroupProfile | None = None


@dataclass(frozen=True, slots=True)
class WorkshopResults:
    """The workshop's results, with the follow-up comparison when a baseline is given."""

    workshop: Workshop
    groups: tuple[GroupResults, ...]
    needs: tuple[TrainingNeed, ...]
    group_differences: tuple[GroupDifference, ...]
    shared_needs: tuple[SharedNeed, ...]
    follow_up: FollowUp | None
    #: Who could help whom: items where a strong group could help a group that needs them.
    strengths: tuple[StrengthToShare, ...] = ()
    #: A baseline on another scale: then ``follow_up`` is None, and this says why.
    other_scale: OtherScale | None = None
    #: What each item added, kept for the next state's analysis (:func:`analyse`).
    by_item: ByItem | None = field(default=None, compare=False, repr=False)

    def of(self, group_key: str) -> GroupResults:
        for results in self.groups:
            if results.group.key == group_key:
                return results
        raise KeyError(group_key)


def analyse(workshop: Workshop, baseline: Workshop | None = None,
            previous: WorkshopResults | None = None) -> WorkshopResults:  # fmt: skip
    """Compute every result for ``workshop``; compare with ``baseline`` if there is one.

    ``previous``: the results of an earlier state of the same workshop. A group whose object
    is the very same (a change replaces only the groups it touches) keeps its profile, stage
    reading, split views and notes from there, and only the items whose ratings changed are
    worked out again (:mod:`~coprod_desktop.domain.by_item`), so a change costs one group's
    analysis and one item's."""
    worked = by_item(workshop, previous.by_item if previous is not None else None)
    mismatch = other_scale(baseline, workshop) if baseline is not None else None
    if mismatch is not None:
        baseline = None  # its levels mean something else: no change, no radar underlay
    follow_up = compare(baseline, workshop) if baseline is not None else None
    partners = {m.group_key: m.baseline_key for m in follow_up.matches} if follow_up else {}
    kept: dict[int, GroupResults] = {}
    if previous is not None and (previous.workshop.framework, previous.workshop.item_codes) == (
        workshop.framework,
        workshop.item_codes,
    ):
        kept = {id(r.group): r for r in previous.groups}
    groups = []
    for g in workshop.groups:
        same = kept.get(id(g))
        if same is not None and same.group is g:
            groups.append(dataclasses.replace(same, needs=worked.group_needs[g.key][1]))
            continue
        groups.append(
            GroupResults(
                group=g,
                profile=group_profile(workshop, g),
                stage=stage_reading(workshop, g),
                needs=worked.group_needs[g.key][1],
                splits=split_views(workshop, g),
                notes=room_notes(workshop, g),
                needed_missing=needed_missing(workshop, g),
                baseline_profile=baseline_profile(baseline, workshop, partners.get(g.key)),
            )
        )
    return WorkshopResults(
        workshop=workshop,
        groups=tuple(groups),
        needs=worked.needs,
        group_differences=worked.differences,
        shared_needs=worked.shared,
        follow_up=follow_up,
        strengths=worked.strengths,
        other_scale=mismatch,
        by_item=worked,
    )
