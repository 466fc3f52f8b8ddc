"""Across groups: the heat map per area, the differences between groups and needs shared by
several groups."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from coprod_desktop.charts.heat_map import heat_map
from coprod_desktop.charts.primitives import Chart
from coprod_desktop.domain.analysis import LARGEST_DIFFERENCES, items_in_scope
from coprod_desktop.domain.framework import Area, Item
from coprod_desktop.domain.results import WorkshopResults
from coprod_desktop.report.chart_flowable import PagedChart
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.markup import level


def across_groups(kit: Kit, results: WorkshopResults) -> list[Flowable]:
    w = results.workshop
    flow: list[Flowable] = [
        kit.heading(kit.say("Across groups")),
        kit.p(
            kit.say(
                "Each cell is the level a group said it is at now. A star and hatching mark a "
                "split view; a diamond marks one of the largest differences between groups, where "
                "their own ratings of an item are two or more levels apart, and outlines its "
                "lowest and highest cells."
            ),
            "Lead",
        ),
    ]
    items = items_in_scope(w)
    for area in Area:
        chosen = [i for i in items if i.area is area]
        if chosen:
            flow += [_heat_map(kit, results, chosen, kit.area(area)), Spacer(1, 4 * mm)]

    flow.append(kit.heading(kit.say("All differences between groups"), 1))
    if results.group_differences:
        flow.append(
            kit.table(
                [kit.say("Item"), kit.say("Level now, by group"), kit.say("Apart")],
                [
                    [
                        kit.item_cell(g.item_code),
                        "\n".join(f"{kit.group_name(k)}: {lv}" for k, lv in g.levels),
                        g.spread,
                    ]
                    for g in results.group_differences
                ],
                [52, 40, 8],
                centred=[2],
            )
        )
    else:
        flow.append(
            kit.p(kit.say("No item's ratings are two or more levels apart between groups."))
        )

    flow.append(kit.heading(kit.say("Needs shared by several groups"), 1))
    if results.shared_needs:
        flow.append(
            kit.table(
                [
                    kit.say("Item"),
                    kit.say("Groups"),
                    kit.say("Largest gap"),
                    kit.say("Mean gap"),
                    kit.say("Split"),
                ],
                [
                    [
                        kit.item_cell(s.item_code),
                        "\n".join(kit.group_name(k) for k in s.group_keys),
                        s.largest_gap,
                        level(s.mean_gap),
                        s.uncertain_groups or "–",
                    ]
                    for s in results.shared_needs
                ],
                [48, 28, 9, 9, 7],
                centred=[2, 3, 4],
            )
        )
    else:
        flow.append(kit.p(kit.say("No training need is shared by two or more groups.")))
    flow.append(PageBreak())
    return flow


def _heat_map(kit: Kit, results: WorkshopResults, items: list[Item], title: str) -> PagedChart:
    """The heat map of ``items``, running on over pages ("(continued)") as far as it needs."""
    gaps = results.group_differences[:LARGEST_DIFFERENCES]
    more = kit.say("{0} (continued)").format(title)

    def part(start: int, stop: int) -> Chart:
        return heat_map(
            results.workshop,
            items[start:stop],
            more if start else title,
            gaps,
            language=kit.language,
        )

    return PagedChart(part, len(items), kit.width)
