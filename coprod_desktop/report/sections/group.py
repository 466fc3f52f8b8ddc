"""A page or two per group: its stage and why, its profile, its top training needs with what
could meet them, and its strengths to share. Every rating, split view and note is in the
appendix."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.charts.radar import profile_radar
from coprod_desktop.domain.indicative_stage import StageReading
from coprod_desktop.domain.results import GroupResults
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.report.sections.strengths_headline import group_strengths, learn_from

#: Marks a needed level filled in from the framework (as on screen and on the projector).
FILLED_MARK = "†"
#: The needs shown on a group's page (all are in the appendix), and activities shown for each.
TOP_NEEDS = 3
ACTIVITIES = 1
#: A group starts a new page unless this much room (points) is left under its heading.
GROUP_START = 200.0
#: Items holding a group back shown on its page.
HOLDING_BACK = 2


def group_section(kit: Kit, data: ReportData, r: GroupResults) -> list[Flowable]:
    g = r.group
    area_rows = r.profile.by_area
    assessed = sum(row.assessed for row in area_rows)
    split = sum(row.split for row in area_rows)
    skipped = sum(row.skipped for row in area_rows)
    facts = [
        kit.say("{0} participants").format(g.participant_count) if g.participant_count else None,
        kit.say("{0} of {1} items assessed").format(assessed, len(kit.workshop.item_codes)),
        kit.say("{0} split").format(split) if split else None,
        kit.say("{0} skipped").format(skipped) if skipped else None,
        kit.say("{0} training needs").format(len(r.needs)),
        kit.say("{0} without a needed level").format(r.needed_missing)
        if r.needed_missing
        else None,
    ]
    flow: list[Flowable] = [
        kit.heading(kit.say("Group: {0}").format(g.name), room_below=GROUP_START),
        kit.p(" · ".join(f for f in facts if f), "Lead"),
    ]
    flow += _stage(kit, r)
    # The group's strengths to share stand beside its profile, which shows where it is strong
    # (and the space there is free: the two charts take under two thirds of the width).
    flow += _profile(kit, r, group_strengths(kit, data, g.key))
    flow += _needs(kit, data, r)
    return flow


def _stage(kit: Kit, r: GroupResults) -> list[Flowable]:
    s = r.stage
    flow: list[Flowable] = [
        kit.heading(kit.say("Stage"), 1),
        kit.table(
            [
                kit.say("Placed itself at"),
                kit.say("Aims for"),
                kit.say("Indicative stage from the ratings"),
            ],
            [
                [
                    kit.stage(s.placed),
                    kit.stage(s.aim, kit.say("not set")),
                    indicative_cell(kit, s)
                    + kit.say(" (from {0} of {1} items)").format(s.counted, s.in_scope),
                ]
            ],
            [1, 1, 1.6],
            zebra=False,
        ),
    ]
    if r.group.placement.note:
        flow.append(kit.space(2))
        flow.append(kit.p(r.group.placement.note, "Quote"))
    flow += _stage_reasons(kit, s)
    return flow


def indicative_cell(kit: Kit, s: StageReading) -> str:
    """The indicative stage, or why there is none, in the workshop's language."""
    if s.counted == 0:
        return kit.say("no items assessed yet")
    if not s.enough:
        return kit.say("not enough ratings yet")
    return kit.stage(s.indicative, kit.say("not yet at the first stage"))


def _stage_reasons(kit: Kit, s: StageReading) -> list[Flowable]:
    """Why the stage is what it is: coverage, the credit towards the next stage, the items
    within the tolerance and those holding the group back."""
    if s.counted == 0:
        return [kit.p(kit.say("No item is assessed yet, so there is no indicative stage."))]
    if not s.enough:
        return [
            kit.p(
                kit.say(
                    "A stage is shown once {0} of the {1} items are assessed; {2} are so far."
                ).format(s.coverage, s.in_scope, s.counted)
            )
        ]
    flow: list[Flowable] = []
    if s.tolerated and s.indicative is not None:
        codes = ", ".join(x.item_code for x in s.tolerated)
        flow.append(
            kit.p(
                kit.say("Below the level for {0} but within the tolerance: {1}.").format(
                    kit.stage(s.indicative), codes
                )
            )
        )
    if s.next_stage is None:
        flow.append(kit.p(kit.say("The ratings meet the required levels of every stage.")))
        return flow
    nxt = kit.stage(s.next_stage)
    credit = s.credit(s.next_stage)
    flow.append(
        kit.p(
            kit.say("Meets {0} of the {1} items needed for {2}.").format(
                credit.met, credit.checked, nxt
            )
        )
    )
    if credit.principles_short:
        titles = ", ".join(kit.framework.principle(c).title for c in credit.principles_short)
        flow.append(
            kit.p(
                kit.say("{0} needs every principle to meet it; not yet: {1}.").format(nxt, titles)
            )
        )
    if s.holding_back:
        flow.append(
            kit.p(
                kit.say("Holding the group back from {0}, these {1} items need to rise:").format(
                    nxt, len(s.holding_back)
                ),
                "BodySpaced",
            )
        )
        flow.append(
            kit.table(
                [
                    kit.say("Item"),
                    kit.say("Now"),
                    kit.say("Needed for {0}").format(nxt),
                    kit.say("Gap"),
                ],
                [
                    [kit.item_cell(x.item_code), x.current, x.required, x.gap]
                    for x in s.holding_back[:HOLDING_BACK]
                ],
                [64, 9, 17, 9],
                centred=[1, 2, 3],
            )
        )
        if len(s.holding_back) > HOLDING_BACK:
            flow.append(
                kit.p(
                    kit.say("… and {0} more: see the appendix, item by item.").format(
                        len(s.holding_back) - HOLDING_BACK
                    ),
                    "Small",
                )
            )
    return flow


def _profile(kit: Kit, r: GroupResults, beside: list[Flowable]) -> list[Flowable]:
    scale = kit.framework.scale
    return [
        kit.together(
            [
                kit.heading(kit.say("Profile"), 1),
                kit.charts(
                    profile_radar(
                        kit.say("By area"),
                        r.profile.by_area,
                        scale.lowest,
                        scale.highest,
                        language=kit.language,
                        baseline=r.baseline_profile.by_area if r.baseline_profile else None,
                    ),
                    profile_radar(
                        kit.say("By principle"),
                        r.profile.by_principle,
                        scale.lowest,
                        scale.highest,
                        language=kit.language,
                        baseline=r.baseline_profile.by_principle if r.baseline_profile else None,
                    ),
                    share=0.62,
                    beside=beside,
                ),
            ]
        )
    ]


def _needs(kit: Kit, data: ReportData, r: GroupResults) -> list[Flowable]:
    flow: list[Flowable] = [kit.heading(kit.say("Top training needs"), 1)]
    if r.needed_missing:
        flow.append(
            kit.p(
                kit.say(
                    "{0} assessed items have no needed level, so their training needs cannot be "
                    "worked out. Set the group's aim stage, or choose the needed levels."
                ).format(r.needed_missing),
                "BodySpaced",
            )
        )
    if not r.needs:
        if not r.needed_missing:
            flow.append(
                kit.p(kit.say("No training needs: every rating is at or above the level needed."))
            )
        return flow
    rows: list[list[Cell]] = []
    for rank, n in enumerate(r.needs[:TOP_NEEDS], start=1):
        extra = [kit.say("<i>Split view: less certain</i>")] if n.uncertain else []
        extra += [
            f"{esc(kit.say('Suggested'))}: <b>{esc(kit.activity(a.kind))}:</b> {esc(a.text)}"
            for a in kit.item(n.item_code).activities[:ACTIVITIES]
        ]
        helpers = learn_from(kit, data, r.group.key, n.item_code)
        if helpers:
            extra.append(helpers)
        rows.append(
            [
                rank,
                kit.item_cell(n.item_code, "<br/>".join(extra)),
                n.current,
                f"{n.required}{FILLED_MARK}" if n.filled_in else n.required,
                n.gap,
                n.shared_by,
            ]
        )
    flow.append(
        kit.table(
            [
                "#",
                kit.say("Item, a suggested development activity, who could help"),
                kit.say("Now"),
                kit.say("Needed"),
                kit.say("Gap"),
                kit.say("Groups"),
            ],
            rows,
            [4, 64, 7, 9, 6, 10],
            centred=[0, 2, 3, 4, 5],
        )
    )
    if len(r.needs) > TOP_NEEDS:
        flow.append(
            kit.p(
                kit.say(
                    "… and {0} more training needs: every rating is in the appendix, item by item."
                ).format(len(r.needs) - TOP_NEEDS),
                "Small",
            )
        )
    if any(n.filled_in for n in r.needs[:TOP_NEEDS]):
        flow.append(
            kit.p(
                FILLED_MARK
                + " "
                + kit.say(
                    "needed level filled in from the framework for the group's aim stage, not "
                    "chosen by the group"
                ),
                "Small",
            )
        )
    return flow
