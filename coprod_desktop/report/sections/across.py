"""Across groups: per area, a heat map of each group's level now beside its training needs
(the gap, needed − now), with the differences between groups marked. A heat map too long for
the rest of a page runs on to the next ("(continued)")."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.charts.heat_map import heat_map
from coprod_desktop.charts.primitives import Chart
from coprod_desktop.domain.analysis import items_in_scope
from coprod_desktop.domain.framework import Area, Item
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.sections.data import ReportData

#: The heat maps are a little narrower than the page, so their rows are shorter.
HEAT_MAP_SHARE = 0.8
#: Room (points) the section's title needs under it: its explanation and a few rows of a map.
ROOM_FOR_A_MAP = 190.0


def across_groups(kit: Kit, data: ReportData) -> list[Flowable]:
    flow: list[Flowable] = [
        kit.heading(kit.say("Across groups"), room_below=ROOM_FOR_A_MAP),
        kit.p(
            kit.say(
                "For each item, the left panel is the level each group said it is at now; the "
                "right panel is its gap, the level needed minus the level now, where it has a "
                "training need. A star and hatching mark a split view; a diamond marks a "
                "difference between groups, where their own ratings of an item are two or more "
                "levels apart, and outlines its lowest and highest cells."
            ),
            "Small",
        ),
    ]
    items = items_in_scope(data.workshop)
    areas = [(a, [i for i in items if i.area is a]) for a in Area]
    areas = [(a, chosen) for a, chosen in areas if chosen]
    for n, (area, chosen) in enumerate(areas, start=1):
        flow += [_heat_map(kit, data, chosen, kit.area(area), last=n == len(areas)), kit.space(2)]
    return flow


def _heat_map(kit: Kit, data: ReportData, items: list[Item], title: str, *,
              last: bool) -> Flowable:  # fmt: skip
    """The heat map of ``items``, running on over pages as far as it needs; the key is drawn
    once, under the last part of the last map."""
    more = kit.say("{0} (continued)").format(title)

    def part(start: int, stop: int) -> Chart:
        return heat_map(
            data.workshop,
            items[start:stop],
            more if start else title,
            data.results.group_differences,
            language=kit.language,
            needs=True,
            legend=last and stop == len(items),
        )

    return kit.paged_chart(part, len(items), HEAT_MAP_SHARE)
