"""Strengths to share (who could help whom) in short: the first few on the summary page, a line
on each group's page and the helpers beside each of its needs. The full list is
``strengths.py``'s section."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.strengths import helpers_for, shared_by
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.sections.data import ReportData

TOP_STRENGTHS = 3
# A workshop for planning leads its summary with readiness, so it lists fewer.
TOP_STRENGTHS_PLANNING = 1


def strengths_headline(kit: Kit, data: ReportData) -> list[Flowable]:
    """The strengths most groups could learn from: the item, who could help, who could learn."""
    strengths = data.results.strengths
    if not strengths:
        return []
    planning = data.workshop.purpose is WorkshopPurpose.PLANNING
    top = TOP_STRENGTHS_PLANNING if planning else TOP_STRENGTHS
    rows: list[list[Cell]] = [
        [
            kit.item_cell(s.item_code),
            ", ".join(kit.group_name(h.group_key) for h in s.helpers),
            ", ".join(kit.group_name(n.group_key) for n in s.learners),
        ]
        for s in strengths[:top]
    ]
    flow: list[Flowable] = [
        kit.heading(kit.say("Strengths to share"), 1),
        kit.table(
            [kit.say("Item"), kit.say("Could help"), kit.say("Could learn")],
            rows,
            [44, 22, 34],
        ),
    ]
    if len(strengths) > top:
        flow.append(
            kit.p(
                kit.say("… and {0} more items where one group could help another.").format(
                    len(strengths) - top
                ),
                "Small",
            )
        )
    return flow


def group_strengths(kit: Kit, data: ReportData, group_key: str) -> list[Flowable]:
    """One line: the items on which the group could help other groups (its learning from
    others is beside each need)."""
    shares = shared_by(data.results.strengths, group_key)
    if not shares:
        return []
    first = shares[0]
    text = kit.say("Strengths to share: it could help {0} with {1} “{2}”").format(
        ", ".join(kit.group_name(n.group_key) for n in first.learners_from(group_key)),
        first.item_code,
        kit.item(first.item_code).text,
    )
    if len(shares) > 1:
        text += kit.say(", and others with {0} more items: {1}").format(
            len(shares) - 1, ", ".join(s.item_code for s in shares[1:])
        )
    return [kit.p(text + ".", "BodySpaced")]


def learn_from(kit: Kit, data: ReportData, group_key: str, item_code: str) -> str:
    """Markup naming the groups that could help ``group_key`` with ``item_code``; empty if none."""
    helpers = helpers_for(data.results.strengths, group_key, item_code)
    if not helpers:
        return ""
    names = ", ".join(kit.group_name(h.group_key) for h in helpers)
    return f"{esc(kit.say('Could learn from'))}: <b>{esc(names)}</b>"
