"""Everything the results view and the report show about one workshop, computed once."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.analysis import (
    GroupDifference,
    GroupProfile,
    RoomNote,
    SharedNeed,
    SplitView,
    TrainingNeed,
    group_differences,
    group_profile,
    needed_missing,
    needs_of,
    room_notes,
    shared_needs,
    split_views,
    training_needs,
)
from coprod_desktop.domain.follow_up import FollowUp, compare
from coprod_desktop.domain.indicative_stage import StageReading, stage_reading
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


@dataclass(frozen=True, slots=True)
class WorkshopResults:
    """The workshop's results, with the follow-up comparison when a baseline is given."""

    workshop: Workshop
    groups: tuple[GroupResults, ...]
    needs: tuple[TrainingNeed, ...]
    group_differences: tuple[GroupDifference, ...]
    shared_needs: tuple[SharedNeed, ...]
    follow_up: FollowUp | None

    def of(self, group_key: str) -> GroupResults:
        for results in self.groups:
            if results.group.key == group_key:
                return results
        raise KeyError(group_key)


def analyse(workshop: Workshop, baseline: Workshop | None = None) -> WorkshopResults:
    """Compute every result for ``workshop``; compare with ``baseline`` if there is one."""
    needs = training_needs(workshop)
    groups = tuple(
        GroupResults(
            group=g,
            profile=group_profile(workshop, g),
            stage=stage_reading(workshop, g),
            needs=needs_of(needs, g.key),
            splits=split_views(workshop, g),
            notes=room_notes(workshop, g),
            needed_missing=needed_missing(workshop, g),
        )
        for g in workshop.groups
    )
    return WorkshopResults(
        workshop=workshop,
        groups=groups,
        needs=needs,
        group_differences=group_differences(workshop),
        shared_needs=shared_needs(needs, workshop),
        follow_up=compare(baseline, workshop) if baseline is not None else None,
    )
