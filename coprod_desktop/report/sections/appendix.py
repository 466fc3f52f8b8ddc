"""The appendix: items, scale, stages, principles and a short method note."""

from __future__ import annotations

from reportlab.platypus import Flowable, ListFlowable

from coprod_desktop.domain.analysis import items_in_scope
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import NeededFrom
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.fonts import REGULAR
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

METHOD = (  # said with kit.say where printed
    QT_TRANSLATE_NOOP(
        "Report",
        "Each group agreed, for each item, the level it is at now. The level it needs to be at was "
        "either chosen by the group or filled in from the framework for the stage the group aims "
        "at. The gap is the level needed minus the level now; a gap of 1 or more is a training "
        "need. Where a group could not agree, its view is recorded as split, with the dot vote "
        "behind it, and needs from split views are marked as less certain: dissent is "
        "information, not noise.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Means in profiles are over the items that have the value. In a follow-up, groups are "
        "matched with the baseline by their key, then by name, and change is compared over the "
        "items both workshops assessed.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Notes the room asked to keep are printed with the ratings. The facilitator's private "
        "notes are never printed in this report or included in the data exports.",
    ),
)

SHORT_STAGE = {stage: f"S{stage.order + 1}" for stage in Stage}


def appendix(kit: Kit, w: Workshop) -> list[Flowable]:
    fw = w.framework
    flow: list[Flowable] = [kit.heading(kit.say("Appendix")), kit.heading(kit.say("Items"), 1)]
    key = " · ".join(f"{SHORT_STAGE[s]} = {kit.stage(s)}" for s in Stage)
    flow.append(
        kit.p(kit.say("Required level by stage in the framework: {0}.").format(key), "Small")
    )
    flow.append(
        kit.table(
            [
                kit.say("Code"),
                kit.say("Area"),
                kit.say("Principle"),
                kit.say("Statement"),
                *(SHORT_STAGE[s] for s in Stage),
            ],
            [
                [
                    i.code,
                    kit.area(i.area),
                    i.principle,
                    i.text,
                    *(i.required_level(s) for s in Stage),
                ]
                for i in items_in_scope(w)
            ],
            [7, 12, 9, 52, 5, 5, 5, 5],
            centred=[2, 4, 5, 6, 7],
        )
    )
    flow.append(kit.heading(kit.say("Rating scale"), 1))
    flow.append(
        kit.table(
            [kit.say("Level"), kit.say("Label"), kit.say("What it means")],
            [[lv.level, lv.label, lv.description or "–"] for lv in fw.scale.levels],
            [8, 22, 70],
            centred=[0],
        )
    )
    flow.append(kit.heading(kit.say("Stages"), 1))
    for st in fw.stages:
        points = ListFlowable(
            [kit.p(p, "Cell") for p in st.points],
            bulletType="bullet",
            start="•",
            bulletFontName=REGULAR,
            leftIndent=10,
        )
        flow += [kit.heading(st.title, 2), kit.p(st.summary, "BodySpaced"), points]
    flow.append(kit.heading(kit.say("Principles"), 1))
    flow.append(
        kit.table(
            [kit.say("Code"), kit.say("Principle"), kit.say("What it means")],
            [[p.code, p.title, p.description] for p in fw.principles],
            [8, 27, 65],
        )
    )
    flow.append(kit.heading(kit.say("Method note"), 1))
    method = [kit.say(text) for text in METHOD]
    ratings = [r for g in w.groups for r in g.ratings.values() if r.required_level is not None]
    method[0] += " " + kit.say(
        "In this workshop {0} needed levels were chosen by the groups and {1} were filled in from "
        "the framework for the group's aim stage (marked †); for {2} this was not recorded."
    ).format(
        sum(r.needed_from is NeededFrom.GROUP for r in ratings),
        sum(r.needed_from is NeededFrom.FRAMEWORK for r in ratings),
        sum(r.needed_from is None for r in ratings),
    )
    language = kit.framework.language
    method[1:1] = [p for rule in Rule for p in explain(rule, language).paragraphs]
    flow += [kit.p(text, "BodySpaced") for text in method]
    return flow
