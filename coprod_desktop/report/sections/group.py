"""A section per group: stage, profile, needs by priority, notes for the room, split views."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from coprod_desktop.charts.radar import profile_radar
from coprod_desktop.domain.analysis import ProfileRow, SplitView
from coprod_desktop.domain.indicative_stage import StageReading
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.results import GroupResults
from coprod_desktop.report.chart_flowable import ChartFlowable
from coprod_desktop.report.fonts import REGULAR
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc, level
from coprod_desktop.report.rules import Rule, explain

#: Marks a needed level filled in from the framework (as on screen and on the projector).
FILLED_MARK = "†"


def group_section(kit: Kit, r: GroupResults) -> list[Flowable]:
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
        kit.heading(kit.say("Group: {0}").format(g.name)),
        kit.p(" · ".join(f for f in facts if f), "Lead"),
    ]
    flow += _stage(kit, r)
    flow += _profile(kit, r)
    flow += _needs(kit, r)
    flow += _notes(kit, r)
    flow += _splits(kit, r.splits)
    flow.append(PageBreak())
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
        flow.append(Spacer(1, 2 * mm))
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
                    for x in s.holding_back
                ],
                [64, 9, 17, 9],
                centred=[1, 2, 3],
            )
        )
    return flow


def _profile(kit: Kit, r: GroupResults) -> list[Flowable]:
    scale = kit.framework.scale
    half = (kit.width - 6 * mm) / 2
    charts = Table(
        [
            [
                ChartFlowable(
                    profile_radar(
                        kit.say("By area"),
                        r.profile.by_area,
                        scale.lowest,
                        scale.highest,
                        language=kit.language,
                        baseline=r.baseline_profile.by_area if r.baseline_profile else None,
                    ),
                    half,
                ),
                ChartFlowable(
                    profile_radar(
                        kit.say("By principle"),
                        r.profile.by_principle,
                        scale.lowest,
                        scale.highest,
                        language=kit.language,
                        baseline=r.baseline_profile.by_principle if r.baseline_profile else None,
                    ),
                    half,
                ),
            ]
        ],
        colWidths=[half + 3 * mm, half + 3 * mm],
        hAlign="LEFT",
    )
    charts.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [
        kit.heading(kit.say("Profile"), 1),
        charts,
        KeepTogether(_profile_table(kit, kit.say("Area"), r.profile.by_area)),
        Spacer(1, 3 * mm),
        KeepTogether(_profile_table(kit, kit.say("Principle"), r.profile.by_principle)),
    ]


def _profile_table(kit: Kit, first: str, rows: tuple[ProfileRow, ...]) -> Table:
    return kit.table(
        [
            first,
            kit.say("Items"),
            kit.say("Assessed"),
            kit.say("Mean now"),
            kit.say("Mean needed"),
            kit.say("Mean gap"),
            kit.say("Needs"),
            kit.say("Split"),
        ],
        [
            [
                row.title,
                row.items,
                row.assessed,
                level(row.mean_current),
                level(row.mean_required),
                level(row.mean_gap),
                row.needs,
                row.split,
            ]
            for row in rows
        ],
        [30, 8, 10, 10, 11, 10, 8, 8],
        centred=[1, 2, 3, 4, 5, 6, 7],
    )


def _needs(kit: Kit, r: GroupResults) -> list[Flowable]:
    flow: list[Flowable] = [kit.heading(kit.say("Training needs by priority"), 1)]
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
    priority = explain(Rule.PRIORITY, kit.framework.language)
    flow.append(
        kit.p(
            priority.summary
            + " "
            + kit.say("A need from a split view is less certain: the group did not agree on it."),
            "Small",
        )
    )
    rows: list[list[Cell]] = []
    for rank, n in enumerate(r.needs, start=1):
        extra = kit.say("<i>Split view: less certain</i>") if n.uncertain else ""
        activities: list[Flowable] = [
            kit.m(
                f"<b>{esc(kit.activity(a.kind))}:</b> {esc(a.text)}",
                "Cell",
            )
            for a in kit.item(n.item_code).activities
        ]
        rows.append(
            [
                rank,
                kit.item_cell(n.item_code, extra),
                kit.area(n.area),
                n.current,
                f"{n.required}{FILLED_MARK}" if n.filled_in else n.required,
                n.gap,
                n.shared_by,
                activities or "–",
            ]
        )
    flow.append(
        kit.table(
            [
                "#",
                kit.say("Item"),
                kit.say("Area"),
                kit.say("Now"),
                kit.say("Needed"),
                kit.say("Gap"),
                kit.say("Groups"),
                kit.say("Suggested development activities"),
            ],
            rows,
            [4, 26, 14, 7, 10, 6, 10, 23],
            centred=[0, 3, 4, 5, 6],
        )
    )
    if any(n.filled_in for n in r.needs):
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


def _notes(kit: Kit, r: GroupResults) -> list[Flowable]:
    notes = [n for n in r.notes if n.status is not RatingStatus.SPLIT]
    if not notes:
        return []
    return [
        kit.heading(kit.say("Notes for the room"), 1),
        kit.table(
            [kit.say("Item"), kit.say("Note")],
            [[kit.item_cell(n.item_code), n.text] for n in notes],
            [45, 55],
        ),
    ]


def _tally(view: SplitView) -> str:
    if view.tally is None or not view.tally.counts:
        return "not recorded"
    return " · ".join(f"{lv}: {n}" for lv, n in view.tally.counts.items())


def _median(kit: Kit, view: SplitView) -> str:
    """The median, and the level it puts the group at when it falls half-way."""
    facts = view.facts
    if facts is None:
        return "–"
    if facts.rounded_up:
        return kit.say("{0} (so {1})").format(f"{facts.median:g}", facts.level)
    return str(facts.level)


def _dots(kit: Kit, count: int | None) -> str:
    return kit.say("{0} dots").format(count) if count is not None else "–"


def _splits(kit: Kit, splits: tuple[SplitView, ...]) -> list[Flowable]:
    if not splits:
        return []
    rows: list[list[Cell]] = [
        [
            kit.item_cell(v.item_code),
            level(v.current),
            _tally(v),
            _median(kit, v),
            _dots(kit, v.facts.at_level if v.facts else None),
            _dots(kit, v.votes_elsewhere),
            v.note or "–",
        ]
        for v in splits
    ]
    return [
        kit.heading(kit.say("Split views"), 1),
        kit.p(
            kit.say(
                "Items the group could not agree on. Votes are dots per level. Now is the "
                "median of the dots: the middle dot when all are lined up from the lowest level "
                "to the highest (half-way between two levels counts as the higher). Dots on Now "
                "agree with it; dots elsewhere are on other levels: the minority, whose view "
                "the note keeps. With no dots, Now is the group's working view."
            ),
            "Small",
        ),
        kit.table(
            [
                kit.say("Item"),
                kit.say("Now"),
                kit.say("Votes (level: dots)"),
                kit.say("Median"),
                kit.say("Dots on Now"),
                kit.say("Dots elsewhere"),
                kit.say("Minority view"),
            ],
            rows,
            [21, 6, 17, 10, 10, 11, 25],
            centred=[1, 3, 4, 5],
        ),
    ]
