"""The appendix's second part: the scale, stages and principles, and the method note."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.rating import NeededFrom
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.report.sections.data import ReportData
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


def appendix(kit: Kit, data: ReportData) -> list[Flowable]:
    """The framework the workshop used (scale, stages, principles) and the method note."""
    w = data.workshop
    fw = w.framework
    flow: list[Flowable] = []
    flow.append(kit.heading(kit.say("Rating scale"), 1))
    flow.append(
        kit.table(
            [kit.say("Level"), kit.say("Label"), kit.say("What it means")],
            [[lv.level, lv.label, lv.description or "–"] for lv in fw.scale.levels],
            [8, 22, 70],
            centred=[0],
            small=True,
        )
    )
    flow.append(kit.heading(kit.say("Stages"), 1))
    flow.append(
        kit.table(
            [kit.say("Stage"), kit.say("What it means")],
            [[st.title, st.summary] for st in fw.stages],
            [30, 70],
            small=True,
        )
    )
    flow.append(kit.heading(kit.say("Principles"), 1))
    flow.append(
        kit.table(
            [kit.say("Code"), kit.say("Principle"), kit.say("What it means")],
            [[p.code, p.title, p.description] for p in fw.principles],
            [8, 27, 65],
            small=True,
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
    flow += [kit.p(text, "Note") for text in method]
    return flow
