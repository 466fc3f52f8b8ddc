"""What the room sees: an immutable snapshot built from the workshop and the facilitator's
choices. It has no field for private notes, so they cannot reach the projector."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from coprod_desktop.domain.barrier import BarrierLine, barrier_lines
from coprod_desktop.domain.framework import Area, Stage
from coprod_desktop.domain.perception_rows import PerceptionRow, perception_rows
from coprod_desktop.domain.plan import PlanLine, plan_lines
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.room_results import GroupResultsView, group_results_view
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.split import SplitFacts, split_facts
from coprod_desktop.domain.strength_rows import TOP_STRENGTHS, StrengthRow, strength_rows
from coprod_desktop.domain.workshop import Workshop


class Slide(StrEnum):
    """The kinds of slide the projector can show."""

    TITLE = "title"
    STAGES = "stages"
    ITEM = "item"
    GROUP_SUMMARY = "group_summary"
    CLOSING = "closing"
    RESULTS = "results"
    STRENGTHS = "strengths"
    PERCEPTION = "perception"
    PLAN = "plan"
    BARRIERS = "barriers"


class Curtain(StrEnum):
    """Open shows the slide; blank shows nothing; frozen keeps the last slide shown."""

    OPEN = "open"
    BLANK = "blank"
    FROZEN = "frozen"


@dataclass(frozen=True, slots=True)
class Presentation:
    """The facilitator's choices about the projector."""

    slide: Slide = Slide.TITLE
    revealed: bool = False
    curtain: Curtain = Curtain.OPEN
    easy_read: bool = False
    timer_text: str | None = None


@dataclass(frozen=True, slots=True)
class ScaleRow:
    """A level as the room reads it; with Easy Read on, the description is the level's Easy
    Read words and ``picture`` names its picture."""

    level: int
    label: str
    description: str
    picture: str | None = None


@dataclass(frozen=True, slots=True)
class ItemView:
    code: str
    area: str
    principle: str
    text: str
    easy_read: str | None
    number: int
    of: int
    #: With Easy Read on, the name of the area's picture.
    picture: str | None = None


@dataclass(frozen=True, slots=True)
class ResultView:
    """One group's agreed result for the item on screen, with its spread when split."""

    group_name: str
    status: RatingStatus
    current: int | None
    required: int | None
    tally: tuple[tuple[int, int], ...]
    median: float | None
    note: str
    #: What the dots of a split view say (None for an agreed or skipped item: a vote taken
    #: before the group agreed is kept, but the room sees the agreement).
    split: SplitFacts | None = None


@dataclass(frozen=True, slots=True)
class StageView:
    title: str
    summary: str
    points: tuple[str, ...]
    groups_here: tuple[str, ...]
    groups_aiming: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SummaryRow:
    code: str
    text: str
    status: RatingStatus | None
    current: int | None
    required: int | None


@dataclass(frozen=True, slots=True)
class AudienceState:
    """Everything the audience view draws, and nothing else."""

    slide: Slide
    curtain: Curtain
    title: str
    subtitle: str
    group_name: str
    item: ItemView | None = None
    scale: tuple[ScaleRow, ...] = ()
    results: tuple[ResultView, ...] = ()
    revealed: bool = False
    progress_done: int = 0
    progress_total: int = 0
    stages: tuple[StageView, ...] = ()
    summary: tuple[SummaryRow, ...] = ()
    timer_text: str | None = None
    group_results: GroupResultsView | None = None
    #: The workshop's language (its framework's): the projector speaks it, whatever the
    #: console speaks. The date and "all groups" are facts the projector words in it.
    language: str = "en"
    held_on: dt.date | None = None
    all_groups: bool = False
    #: Who could help whom (the strengths slide): the first few, and how many in all.
    strengths: tuple[StrengthRow, ...] = ()
    strengths_total: int = 0
    #: How others see the group on screen (the perception slide).
    perception: tuple[PerceptionRow, ...] = ()
    #: The training plan by date, for the plan slide at the close of the day.
    plan: tuple[PlanLine, ...] = ()
    #: The open barriers under what they hold back, for the barriers slide.
    barriers: tuple[BarrierLine, ...] = ()


def audience_state(workshop: Workshop, cursor: Cursor, presentation: Presentation,
                   baseline: Workshop | None = None) -> AudienceState:  # fmt: skip
    """The projector's snapshot for ``cursor`` under ``presentation`` (``baseline``: the
    workshop a follow-up is compared with, for the results slide)."""
    framework = workshop.framework
    group = workshop.group(cursor.group_key)
    subtitle = " · ".join(p for p in (workshop.organisation, workshop.venue) if p)
    item_mode = cursor.order is RunningOrder.ITEM_BY_ITEM
    if item_mode:
        done = sum(1 for g in workshop.groups if cursor.item_code in g.ratings)
        total = len(workshop.groups)
    else:
        done, total = len(group.ratings), len(workshop.item_codes)
    base = AudienceState(
        slide=presentation.slide,
        curtain=presentation.curtain,
        title=workshop.title,
        subtitle=subtitle,
        group_name="" if item_mode else group.name,
        language=framework.language,
        held_on=workshop.held_on,
        all_groups=item_mode,
        progress_done=done,
        progress_total=total,
        timer_text=presentation.timer_text,
    )
    if presentation.slide is Slide.ITEM:
        item = framework.item(cursor.item_code)
        view = ItemView(
            code=item.code,
            area=framework.area_text(item.area).title,
            principle=framework.principle(item.principle).title,
            text=item.text,
            easy_read=item.easy_read if presentation.easy_read else None,
            number=workshop.item_codes.index(item.code) + 1,
            of=len(workshop.item_codes),
            picture=area_picture(item.area) if presentation.easy_read else None,
        )
        groups = workshop.groups if item_mode else (group,)
        results = (
            tuple(_result(g.name, g.ratings[item.code]) for g in groups if item.code in g.ratings)
            if presentation.revealed
            else ()
        )
        scale = tuple(
            ScaleRow(lv.level, lv.label, lv.easy_read or lv.description, level_picture(lv.level))
            if presentation.easy_read
            else ScaleRow(lv.level, lv.label, lv.description)
            for lv in framework.levels_for(item.area)  # knowledge and attitude have their own
        )
        return replace(base, item=view, scale=scale, results=results,
                        revealed=presentation.revealed)  # fmt: skip
    if presentation.slide is Slide.STAGES:
        easy = presentation.easy_read
        stages = tuple(
            StageView(
                title=(text.easy_title if easy else None) or text.title,
                summary=(text.easy_read if easy else None) or text.summary,
                points=text.points,
                groups_here=tuple(g.name for g in workshop.groups if g.placement.current is stage),
                groups_aiming=tuple(g.name for g in workshop.groups if g.placement.aim is stage),
            )
            for stage, text in zip(Stage, framework.stages, strict=True)
        )
        return replace(base, stages=stages)
    if presentation.slide is Slide.GROUP_SUMMARY:
        rows = []
        for code in workshop.item_codes:
            rating = group.ratings.get(code)
            rows.append(
                SummaryRow(
                    code=code,
                    text=framework.item(code).text,
                    status=rating.status if rating else None,
                    current=rating.current_level if rating else None,
                    required=rating.required_level if rating else None,
                )
            )
        return replace(base, summary=tuple(rows), group_name=group.name)
    if presentation.slide is Slide.PLAN:
        return replace(
            base, plan=plan_lines(workshop.plan, {g.key: g.name for g in workshop.groups})
        )
    if presentation.slide is Slide.BARRIERS:
        names = {g.key: g.name for g in workshop.groups}
        return replace(base, barriers=barrier_lines(workshop.barriers, names, framework))
    if presentation.slide is Slide.RESULTS:
        outcome = group_results_view(workshop, group, baseline)
        return replace(base, group_results=outcome, group_name=group.name)
    if presentation.slide is Slide.PERCEPTION:
        seen = perception_rows(workshop, group.key)
        return replace(base, perception=seen, group_name=group.name)
    if presentation.slide is Slide.STRENGTHS:
        strengths = strength_rows(workshop)
        return replace(base, strengths=strengths[:TOP_STRENGTHS], strengths_total=len(strengths),
                       group_name="", all_groups=True)  # fmt: skip
    return base


def area_picture(area: Area) -> str:
    """The name of the picture for ``area`` (a file in resources/pictures)."""
    return area.value


def level_picture(level: int) -> str:
    """The name of the picture for a level of the scale (the default scale's five)."""
    return f"level-{level}"


def _result(group_name: str, rating: Rating) -> ResultView:
    facts = split_facts(rating)
    tally = rating.tally if facts is not None else None
    return ResultView(
        group_name=group_name,
        status=rating.status,
        current=rating.current_level,
        required=rating.required_level,
        tally=tuple(tally.counts.items()) if tally else (),
        median=facts.median if facts else None,
        note=rating.note,
        split=facts,
    )
