"""The one-page summary: stages, top training needs across groups, the largest differences
between groups."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from coprod_desktop.domain.analysis import LARGEST_DIFFERENCES, shared_needs
from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.rules import Rule, explain

TOP_NEEDS = 6
TOP_GAPS = LARGEST_DIFFERENCES


def summary(kit: Kit, results: WorkshopResults) -> list[Flowable]:
    w = results.workshop
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
    missing = sum(r.needed_missing for r in results.groups)
    if missing:
        lead += " " + kit.say(
            "{0} assessed ratings have no needed level, so their training needs are not "
            "counted: set each group's aim stage, or choose the needed levels."
        ).format(missing)
    flow: list[Flowable] = [kit.heading(kit.say("Summary")), kit.p(lead, "Lead")]

    flow.append(kit.heading(kit.say("Stages"), 1))
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
        for r in results.groups
    ]
    flow.append(
        kit.table(
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
    )
    flow.append(
        kit.p(
            kit.say(
                "The indicative stage is the highest stage whose required levels the group's "
                "ratings already meet; it is a prompt for discussion beside the stage the group "
                "chose, not a verdict (see the method note)."
            ),
            "Small",
        )
    )

    flow.append(kit.heading(kit.say("Top training needs across groups"), 1))
    ranked = shared_needs(results.needs, w, at_least=1)[:TOP_NEEDS]
    if ranked:
        flow.append(
            kit.table(
                [
                    "#",
                    kit.say("Item"),
                    kit.say("Groups with the need"),
                    kit.say("Largest gap"),
                    kit.say("Split"),
                ],
                [
                    [
                        i,
                        kit.item_cell(s.item_code),
                        ", ".join(kit.group_name(k) for k in s.group_keys),
                        s.largest_gap,
                        s.uncertain_groups or "–",
                    ]
                    for i, s in enumerate(ranked, start=1)
                ],
                [4, 46, 34, 9, 7],
                centred=[0, 3, 4],
            )
        )
    else:
        flow.append(
            kit.p(kit.say("No training needs: every rating is at or above the level needed."))
        )

    flow.append(kit.heading(kit.say("Differences between groups"), 1))
    gaps = results.group_differences
    if gaps:
        flow.append(kit.p(explain(Rule.DIFFERENCES, kit.framework.language).summary, "Small"))
        flow.append(
            kit.table(
                [kit.say("Item"), kit.say("Lowest"), kit.say("Highest"), kit.say("Apart")],
                [
                    [
                        kit.item_cell(g.item_code),
                        f"{g.lowest}: " + ", ".join(kit.group_name(k) for k in g.low_groups),
                        f"{g.highest}: " + ", ".join(kit.group_name(k) for k in g.high_groups),
                        g.spread,
                    ]
                    for g in gaps[:TOP_GAPS]
                ],
                [46, 22, 22, 8],
                centred=[3],
            )
        )
        if len(gaps) > TOP_GAPS:
            flow.append(
                kit.p(
                    kit.say("… and {0} more: see Across groups.").format(len(gaps) - TOP_GAPS),
                    "Small",
                )
            )
    else:
        flow.append(
            kit.p(kit.say("No item's ratings are two or more levels apart between groups."))
        )
    flow.append(PageBreak())
    return flow
