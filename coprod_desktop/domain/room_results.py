"""The results slide's data: one group's results as the room sees them.

Built from the analysis in :mod:`~coprod_desktop.domain.analysis`, the indicative stage and the
follow-up comparison; every field is a number, a level, or a text from the framework or a
group's name, so no note (private or for the room) can reach the projector this way.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.analysis import (
    LARGEST_DIFFERENCES,
    ProfileRow,
    assessed_level,
    group_differences,
    group_profile,
    needed_missing,
    needs_of,
    training_needs,
)
from coprod_desktop.domain.follow_up import baseline_profile, compare, match_groups
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.indicative_stage import StageReading, stage_reading
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.workshop import Group, Workshop

#: How many training needs the slide lists (the report lists them all).
TOP_NEEDS = 5
#: How many differences between groups the slide lists, widest first.
TOP_GAPS = LARGEST_DIFFERENCES


@dataclass(frozen=True, slots=True)
class NeedRow:
    """A training need: the item, where the group is and needs to be, and who shares it."""

    code: str
    text: str
    current: int
    required: int
    shared_by: int
    uncertain: bool
    filled_in: bool = False

    @property
    def gap(self) -> int:
        return self.required - self.current


@dataclass(frozen=True, slots=True)
class StageRow:
    """The stage the group placed itself at beside the one its ratings indicate (titles),
    the credit towards the next stage, and the items holding the group back (codes)."""

    placed: str | None
    aim: str | None
    indicative: str | None
    next_stage: str | None
    to_close: int
    counted: int
    in_scope: int
    coverage: int
    next_met: int
    next_checked: int
    holding_back: tuple[str, ...]
    tolerated: tuple[str, ...]
    principles_short: tuple[str, ...]

    @property
    def enough(self) -> bool:
        """Whether enough items are assessed for any stage to be indicated."""
        return self.counted >= self.coverage


@dataclass(frozen=True, slots=True)
class GapRow:
    """An item the groups rate two or more levels apart: every group's level now, in group
    order (None: not assessed), which of them are split, and how far apart they are."""

    code: str
    text: str
    levels: tuple[int | None, ...]
    split: tuple[bool, ...]
    spread: int

    @property
    def lowest(self) -> int:
        return min(lv for lv in self.levels if lv is not None)

    @property
    def highest(self) -> int:
        return max(lv for lv in self.levels if lv is not None)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """Mean level then and now over the items compared (an area, or all of them)."""

    label: str
    compared: int
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True, slots=True)
class ChangeView:
    """The group's distance travelled since the baseline workshop."""

    baseline_title: str
    improved: int
    same: int
    worse: int
    stage_before: str | None
    stage_after: str | None
    rows: tuple[ChangeRow, ...]
    #: Training needs at the baseline closed and persisting now, and needs new since.
    needs_closed: tuple[str, ...] = ()
    needs_persisting: tuple[str, ...] = ()
    needs_new: tuple[str, ...] = ()
    #: The group's size at the baseline and now (a change makes the comparison uncertain).
    size_before: int | None = None
    size_after: int | None = None

    @property
    def size_changed(self) -> bool:
        return None not in (self.size_before, self.size_after) and (
            self.size_before != self.size_after
        )


@dataclass(frozen=True, slots=True)
class GroupResultsView:
    """What the results slide shows for one group, and the gaps across all groups."""

    group_name: str
    lowest: int
    highest: int
    profile: tuple[ProfileRow, ...]
    needs: tuple[NeedRow, ...]
    needs_total: int
    needed_missing: int
    stage: StageRow
    group_names: tuple[str, ...]
    gaps: tuple[GapRow, ...]
    gaps_total: int
    change: ChangeView | None = None
    #: For a follow-up, the baseline group's profile by area (the radar draws it too).
    baseline_profile: tuple[ProfileRow, ...] | None = None


def _title(workshop: Workshop, stage: Stage | None) -> str | None:
    return None if stage is None else workshop.framework.stage_text(stage).title


def stage_row(workshop: Workshop, reading: StageReading) -> StageRow:
    """A stage reading in the framework's words."""
    nxt = reading.credit(reading.next_stage) if reading.next_stage is not None else None
    return StageRow(
        placed=_title(workshop, reading.placed),
        aim=_title(workshop, reading.aim),
        indicative=_title(workshop, reading.indicative),
        next_stage=_title(workshop, reading.next_stage),
        to_close=len(reading.holding_back),
        counted=reading.counted,
        in_scope=reading.in_scope,
        coverage=reading.coverage,
        next_met=nxt.met if nxt is not None else 0,
        next_checked=nxt.checked if nxt is not None else 0,
        holding_back=tuple(x.item_code for x in reading.holding_back),
        tolerated=tuple(x.item_code for x in reading.tolerated),
        principles_short=tuple(
            workshop.framework.principle(code).title
            for code in (nxt.principles_short if nxt is not None else ())
        ),
    )


def group_results_view(
    workshop: Workshop, group: Group, baseline: Workshop | None = None
) -> GroupResultsView:
    """The results slide for ``group``; with ``baseline``, its change since then."""
    framework = workshop.framework
    needs = needs_of(training_needs(workshop), group.key)
    reading = stage_reading(workshop, group)
    gaps = group_differences(workshop)
    gap_rows = tuple(
        GapRow(
            code=g.item_code,
            text=framework.item(g.item_code).text,
            levels=tuple(assessed_level(x.ratings.get(g.item_code)) for x in workshop.groups),
            split=tuple(_is_split(x, g.item_code) for x in workshop.groups),
            spread=g.spread,
        )
        for g in gaps[:TOP_GAPS]
    )
    return GroupResultsView(
        group_name=group.name,
        lowest=framework.scale.lowest,
        highest=framework.scale.highest,
        profile=group_profile(workshop, group).by_area,
        needs=tuple(
            NeedRow(
                code=n.item_code,
                text=framework.item(n.item_code).text,
                current=n.current,
                required=n.required,
                shared_by=n.shared_by,
                uncertain=n.uncertain,
                filled_in=n.filled_in,
            )
            for n in needs[:TOP_NEEDS]
        ),
        needs_total=len(needs),
        needed_missing=needed_missing(workshop, group),
        stage=stage_row(workshop, reading),
        group_names=tuple(g.name for g in workshop.groups),
        gaps=gap_rows,
        gaps_total=len(gaps),
        change=_change(workshop, group, baseline) if baseline is not None else None,
        baseline_profile=_baseline_by_area(workshop, group, baseline),
    )


def _baseline_by_area(
    workshop: Workshop, group: Group, baseline: Workshop | None
) -> tuple[ProfileRow, ...] | None:
    partner = None
    if baseline is not None:
        partner = next((m.baseline_key for m in match_groups(baseline, workshop)
                        if m.group_key == group.key), None)  # fmt: skip
    then = baseline_profile(baseline, workshop, partner)
    return then.by_area if then is not None else None


def _is_split(group: Group, code: str) -> bool:
    rating = group.ratings.get(code)
    return rating is not None and rating.status is RatingStatus.SPLIT


def _change(workshop: Workshop, group: Group, baseline: Workshop) -> ChangeView | None:
    """The group's change since ``baseline``; None when no baseline group matches it."""
    follow_up = compare(baseline, workshop)
    matched = [c for c in follow_up.groups if c.match.group_key == group.key]
    if not matched:
        return None
    change = matched[0]
    rows = tuple(
        ChangeRow(
            workshop.framework.area_text(a.area).title, a.compared, a.mean_before, a.mean_after
        )
        for a in follow_up.group_areas
        if a.group_key == group.key and a.compared
    )
    overall = ChangeRow("All items", change.compared, change.mean_before, change.mean_after)
    needs = follow_up.needs.of(group.key)
    return ChangeView(
        baseline_title=follow_up.baseline_title,
        improved=change.improved,
        same=change.same,
        worse=change.worse,
        stage_before=_title(baseline, change.stage_before),
        stage_after=_title(workshop, change.stage_after),
        rows=(*rows, overall),
        needs_closed=needs.closed if needs else (),
        needs_persisting=needs.persisting if needs else (),
        needs_new=needs.new if needs else (),
        size_before=needs.size_before if needs else None,
        size_after=needs.size_after if needs else None,
    )
