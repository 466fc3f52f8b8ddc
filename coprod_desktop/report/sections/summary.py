"""The one-page summary: stages, top training needs across groups, perception gaps."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from coprod_desktop.domain.analysis import shared_needs
from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.report.kit import Cell, Kit

TOP_NEEDS = 6
TOP_GAPS = 5


def summary(kit: Kit, results: WorkshopResults) -> list[Flowable]:
    w = results.workshop
    scale = w.framework.scale
    people = sum(g.participant_count or 0 for g in w.groups)
    lead = (
        f"{len(w.groups)} groups"
        + (f" ({people} people)" if people else "")
        + f" rated {len(w.item_codes)} items on a scale from {scale.lowest} "
        f"({scale.levels[0].label}) to {scale.highest} ({scale.levels[-1].label}). "
        f"{w.ratings_recorded} of {w.rating_slots} ratings are recorded "
        f"({w.completeness:.0%}); {len(results.needs)} training needs were found."
    )
    flow: list[Flowable] = [kit.heading("Summary"), kit.p(lead, "Lead")]

    flow.append(kit.heading("Stages", 1))
    rows: list[list[Cell]] = [
        [
            r.group.name,
            kit.stage(r.stage.placed),
            kit.stage(r.stage.aim, "not set"),
            kit.stage(r.stage.indicative, "not yet")
            + f" ({r.stage.counted} of {r.stage.in_scope} items)",
            len(r.needs),
        ]
        for r in results.groups
    ]
    flow.append(
        kit.table(
            ["Group", "Placed itself at", "Aims for", "Indicative stage", "Needs"],
            rows,
            [28, 18, 18, 26, 9],
            centred=[4],
        )
    )
    flow.append(
        kit.p(
            "The indicative stage is the highest stage whose required levels the group's "
            "ratings already meet; it is a prompt for discussion beside the stage the group "
            "chose, not a verdict (see the method note).",
            "Small",
        )
    )

    flow.append(kit.heading("Top training needs across groups", 1))
    ranked = shared_needs(results.needs, w, at_least=1)[:TOP_NEEDS]
    if ranked:
        flow.append(
            kit.table(
                ["#", "Item", "Groups with the need", "Largest gap", "Split"],
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
        flow.append(kit.p("No training needs: every rating is at or above the level needed."))

    flow.append(kit.heading("Perception gaps", 1))
    gaps = results.perception_gaps
    if gaps:
        flow.append(
            kit.table(
                ["Item", "Lowest", "Highest", "Apart"],
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
            flow.append(kit.p(f"… and {len(gaps) - TOP_GAPS} more: see Across groups.", "Small"))
    else:
        flow.append(kit.p("No item was seen two or more levels apart by different groups."))
    flow.append(PageBreak())
    return flow
