"""How others see each group: where groups gave their view of how ready another group, or the
partnership, is, each group's own level beside the others' views (others minus own). Says
nothing when no group gave a view, so the demo's report keeps its length."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.cross_rating import OthersView, how_others_see
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import level, signed
from coprod_desktop.report.sections.data import ReportData


def _row(kit: Kit, view: OthersView) -> list[Cell]:
    subject = (
        kit.group_name(view.subject_key)
        if view.subject_key is not None
        else kit.say("The partnership")
    )
    difference = signed(view.gap)
    if view.worth_talking_about:
        difference += " ≠"
    return [
        subject,
        kit.item_cell(view.item_code),
        level(view.own),
        # A paragraph per view: one paragraph of many lines costs far more to break and split.
        [kit.p(f"{kit.group_name(rater)}: {lv}", "Cell") for rater, lv in view.others],
        difference,
    ]


def perception_section(kit: Kit, data: ReportData) -> list[Flowable]:
    """One table: each group (then the partnership) and item others gave a view of."""
    views = how_others_see(data.workshop)
    if not views:
        return []
    return [
        kit.heading(kit.say("How others see each group")),
        kit.p(
            kit.say(
                "Each group rated itself. Groups also said how ready they think another group, or "
                "the partnership as a whole, is on chosen items. Others minus own: above 0, "
                "others think the group readier than it thinks itself; below 0, less ready. "
                "≠ marks a level or more either way: worth talking about. For the partnership, "
                "own is the mean of the groups' own levels."
            ),
            "Small",
        ),
        kit.table(
            [
                kit.say("Seen"),
                kit.say("Item"),
                kit.say("Own"),
                kit.say("Others' views"),
                kit.say("Others − own"),
            ],
            [_row(kit, v) for v in views],
            [17, 41, 8, 22, 12],
            centred=[2, 4],
        ),
    ]
