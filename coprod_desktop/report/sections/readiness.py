"""Readiness per stage, for a workshop whose purpose is planning: on the summary page, a line
per stage (how many groups are ready, the item most in the way, the open barriers holding it
back); before the group pages, the stages across the groups with the items most in the way of
each (the rule in ``domain/readiness.py``)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.barrier import open_holding_back
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.readiness import StageReadiness, readiness
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.sections.data import ReportData

# Items in the way shown for each stage (a plain comment: lupdate reads "#:" as a note).
IN_THE_WAY = 3


def stages_of(data: ReportData) -> tuple[StageReadiness, ...]:
    """Each stage's readiness, or none when the workshop is not for planning."""
    if data.workshop.purpose is not WorkshopPurpose.PLANNING:
        return ()
    return readiness(data.workshop, tuple(r.stage for r in data.results.groups))


def readiness_headline(kit: Kit, data: ReportData) -> list[Flowable]:
    """For the summary page: per stage, how many groups are ready and the item most in the way."""
    stages = stages_of(data)
    if not stages:
        return []
    barriers = data.workshop.barriers
    rows: list[list[Cell]] = [
        [
            kit.stage(s.stage),
            _count(kit, s),
            kit.item_cell(s.in_the_way[0].item_code) if s.in_the_way else "–",
            open_holding_back(barriers, s.stage) or "–",
        ]
        for s in stages
    ]
    header = [kit.say("Stage"), kit.say("Groups ready"), kit.say("Most in the way"),
              kit.say("Open barriers")]  # fmt: skip
    return [
        kit.heading(kit.say("Readiness per stage"), 1),
        kit.table(header, rows, [20, 17, 49, 14], centred=[3]),
    ]


def readiness_section(kit: Kit, data: ReportData) -> list[Flowable]:
    """Each stage across the groups: who is ready, who is not yet, and what is in the way."""
    stages = stages_of(data)
    if not stages:
        return []
    rows: list[list[Cell]] = []
    for s in stages:
        names = ", ".join(kit.group_name(k) for k in s.ready) or "–"
        later = ", ".join(kit.group_name(k) for k in s.not_yet) or "–"
        rows.append([kit.stage(s.stage), names, later, _in_the_way(kit, s)])
    flow: list[Flowable] = [
        kit.heading(kit.say("Readiness per stage")),
        kit.p(
            kit.say(
                "A group is ready for a stage when the stage its ratings indicate is that stage "
                "or a later one. The items in the way are those below the stage's level in the "
                "framework for the groups not yet ready: the most groups first, then the "
                "largest shortfall."
            ),
            "Small",
        ),
        kit.table(
            [
                kit.say("Stage"),
                kit.say("Ready"),
                kit.say("Not yet"),
                kit.say("Items most in the way (groups short)"),
            ],
            rows,
            [15, 17, 20, 48],
        ),
    ]
    too_few = {k for s in stages for k in s.too_few_ratings}
    if too_few:
        names = ", ".join(kit.group_name(g.key) for g in data.workshop.groups if g.key in too_few)
        flow.append(
            kit.p(
                kit.say("Not enough ratings yet to say, so not counted: {0}.").format(names),
                "Small",
            )
        )
    return flow


def _count(kit: Kit, s: StageReadiness) -> str:
    judged = len(s.ready) + len(s.not_yet)
    return kit.say("{0} of {1}").format(len(s.ready), judged)


def _in_the_way(kit: Kit, s: StageReadiness) -> Cell:
    if not s.in_the_way:
        return "–"
    lines = [
        f"<b>{esc(x.item_code)}</b> {esc(kit.item(x.item_code).text)} ({len(x.group_keys)})"
        for x in s.in_the_way[:IN_THE_WAY]
    ]
    return kit.m("<br/>".join(lines), "Cell")
