"""The report's order, in one place: the one-page summary, a page or two per group, the
sections after the groups, then the appendix of item-by-item tables and the framework.

To add to the report, write a module under ``report/sections/`` with a function taking
``(kit, data)`` and returning its blocks (an empty list when it has nothing to say), then name
it in one of the lists below. A summary part must stay short: the summary is one page.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from coprod_desktop.report.document import Heading
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.sections.across import across_groups
from coprod_desktop.report.sections.actions import actions_and_parking_lot
from coprod_desktop.report.sections.appendix import appendix
from coprod_desktop.report.sections.barriers import barriers_headline, barriers_section
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.report.sections.distance import needs_travelled_section
from coprod_desktop.report.sections.follow_up import follow_up_headline, follow_up_section
from coprod_desktop.report.sections.group import group_section
from coprod_desktop.report.sections.item_by_item import item_by_item
from coprod_desktop.report.sections.perception import perception_section
from coprod_desktop.report.sections.plan import plan_headline_part, plan_section
from coprod_desktop.report.sections.readiness import readiness_headline, readiness_section
from coprod_desktop.report.sections.strengths import strengths_section
from coprod_desktop.report.sections.strengths_headline import strengths_headline
from coprod_desktop.report.sections.summary import summary

#: Room a heading takes (points), at most: the largest style's leading and space after.
HEADING_HEIGHT = 30.0

Part = Callable[[Kit, ReportData], list[Flowable]]

#: On the summary page, right after each group's stage: what a workshop for planning is built
#: around (each part says nothing for other workshops).
SUMMARY_FIRST: tuple[Part, ...] = (readiness_headline, barriers_headline)
#: Before the group pages: what a workshop for planning is built around (each part says
#: nothing for other workshops).
BEFORE_GROUPS: tuple[Part, ...] = (readiness_section, barriers_section)
#: On the summary page, after the top needs with who has them.
SUMMARY_PARTS: tuple[Part, ...] = (strengths_headline, plan_headline_part, follow_up_headline)
#: After the group pages, before the appendix.
SECTIONS: tuple[Part, ...] = (
    across_groups,
    perception_section,
    actions_and_parking_lot,
    plan_section,
    follow_up_section,
    needs_travelled_section,
)
#: The appendix: item by item (ratings, split views, notes, every strength to share), then the
#: framework and the method.
APPENDIX: tuple[Part, ...] = (item_by_item, strengths_section, appendix)


def story(kit: Kit, data: ReportData) -> list[Flowable]:
    """Every block of the report, in order."""
    blocks = summary(kit, data, SUMMARY_FIRST, SUMMARY_PARTS)
    for part in BEFORE_GROUPS:
        blocks += part(kit, data)
    for group_results in data.results.groups:
        blocks += group_section(kit, data, group_results)
    for part in (*SECTIONS, *APPENDIX):
        blocks += part(kit, data)
    keep_headings_together(blocks)
    return blocks


def keep_headings_together(blocks: list[Flowable]) -> None:
    """A heading straight after another (a section's title, then its first part's) needs the
    room of both, so the first never stays alone at the foot of a page."""
    for first, second in zip(blocks[-2::-1], blocks[::-1], strict=False):
        if isinstance(first, Heading) and isinstance(second, Heading):
            first.room_below = max(first.room_below, HEADING_HEIGHT + second.room_below)
