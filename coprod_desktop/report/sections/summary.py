"""The first page, read in five minutes: what the workshop was, each group's stage, the top
training needs with the groups that have them, then the summary parts others add (strengths to
share, the plan, what changed since the baseline)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable

from coprod_desktop.domain.analysis import shared_needs
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP
from coprod_desktop.wording.names import purpose_name

TOP_NEEDS = 5
TOP_NEEDS_PLANNING = 3
#: A need every group has is said "all N groups" from this many groups on.
ALL_GROUPS_FROM = 3
SUBTITLE = QT_TRANSLATE_NOOP("Report", "Co-production readiness: results and training needs")

SummaryPart = Callable[[Kit, ReportData], list[Flowable]]


def summary(
    kit: Kit, data: ReportData, first: Sequence[SummaryPart], parts: Sequence[SummaryPart]
) -> list[Flowable]:
    """The summary page: ``first`` parts come after the stages, ``parts`` after the top needs.
    A workshop for planning lists fewer needs: its page leads with readiness."""
    w = data.workshop
    results = data.results
    about = " · ".join(
        x
        for x in (
            w.organisation,
            w.locality,
            w.venue,
            kit.long_date(w.held_on),
            w.facilitator,
            purpose_name(w.purpose, kit.language),
        )
        if x
    )
    flow: list[Flowable] = [
        kit.p(w.title, "Title"),
        kit.p(kit.say(SUBTITLE), "Subtitle"),
        kit.p(about, "Lead"),
        kit.heading(kit.say("Summary")),
        kit.p(_lead(kit, data), "BodySpaced"),
        kit.heading(kit.say("Where each group is"), 1),
        _stages(kit, data),
        kit.p(
            kit.say(
                "The indicative stage is the highest stage whose required levels the group's "
                "ratings already meet: a prompt for discussion beside the stage the group "
                "chose, not a verdict."
            ),
            "Small",
        ),
    ]
    for part in first:
        flow += part(kit, data)
    flow.append(kit.heading(kit.say("Top training needs"), 1))
    top = TOP_NEEDS_PLANNING if w.purpose is WorkshopPurpose.PLANNING else TOP_NEEDS
    ranked = shared_needs(results.needs, w, at_least=1)[:top]
    if ranked:
        flow.append(
            kit.table(
                ["#", kit.say("Item"), kit.say("Groups with the need"), kit.say("Largest gap")],
                [
                    [
                        i,
                        kit.item_cell(s.item_code),
                        _who(kit, s.group_keys),
                        s.largest_gap,
                    ]
                    for i, s in enumerate(ranked, start=1)
                ],
                [4, 50, 35, 11],
                centred=[0, 3],
            )
        )
    else:
        flow.append(
            kit.p(kit.say("No training needs: every rating is at or above the level needed."))
        )
    for part in parts:
        flow += part(kit, data)
    flow.append(kit.new_page())
    return flow


def _who(kit: Kit, group_keys: Sequence[str]) -> str:
    """The groups with a need: named, or "all 4 groups" when every one of three or more has it
    (the commissioner sees at once that it is everyone's, in a line instead of three)."""
    every = len(kit.workshop.groups)
    if every >= ALL_GROUPS_FROM and len(group_keys) == every:
        return kit.say("All {0} groups").format(every)
    return ", ".join(kit.group_name(k) for k in group_keys)


def _lead(kit: Kit, data: ReportData) -> str:
    w = data.workshop
    results = data.results
    scale = w.framework.scale
    people = sum(g.participant_count or 0 for g in w.groups)
    lead = (
        kit.say("{0} groups").format(len(w.groups))
        + (kit.say(" ({0} people)").format(people) if people else "")
        + kit.say(
            " rated {0} items on a scale from {1} ({2}) to {3} ({4}). {5} of {6} ratings are "
            "recorded ({7:.0%}); {8} training needs were found."
        ).format(
            len(w.item_codes),
            scale.lowest,
            scale.levels[0].label,
            scale.highest,
            scale.levels[-1].label,
            w.ratings_recorded,
            w.rating_slots,
            w.completeness,
            len(results.needs),
        )
    )
    differences = len(results.group_differences)
    if differences:
        lead += " " + kit.say(
            "On {0} items the groups' own ratings are two or more levels apart (see Across groups)."
        ).format(differences)
    missing = sum(r.needed_missing for r in results.groups)
    if missing:
        lead += " " + kit.say(
            "{0} assessed ratings have no needed level, so their training needs are not "
            "counted: set each group's aim stage, or choose the needed levels."
        ).format(missing)
    return lead


def _stages(kit: Kit, data: ReportData) -> Flowable:
    rows: list[list[Cell]] = [
        [
            r.group.name,
            kit.stage(r.stage.placed),
            kit.stage(r.stage.aim, kit.say("not set")),
            (
                kit.stage(r.stage.indicative, kit.say("not yet"))
                if r.stage.enough
                else kit.say("not enough ratings yet")
            )
            + kit.say(" ({0} of {1} items)").format(r.stage.counted, r.stage.in_scope),
            len(r.needs),
        ]
        for r in data.results.groups
    ]
    return kit.table(
        [
            kit.say("Group"),
            kit.say("Placed itself at"),
            kit.say("Aims for"),
            kit.say("Indicative stage"),
            kit.say("Needs"),
        ],
        rows,
        [28, 18, 18, 26, 9],
        centred=[4],
    )
