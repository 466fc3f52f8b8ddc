"""The appendix's second part: the scale, stages and principles, and the method note."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.rating import NeededFrom
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

# The method note's own words (said with kit.say where printed); the rules come between.
SPLIT = QT_TRANSLATE_NOOP(
    "Report",
    "Each group agreed, for each item, the level it is at now. Where a group could not agree, "
    "its view is recorded as split, with the dot vote behind it, and needs from split views are "
    "marked as less certain: dissent is information, not noise.",
)
MEANS = QT_TRANSLATE_NOOP("Report", "Means in profiles are over the items that have the value.")
FOLLOW_UP = QT_TRANSLATE_NOOP(
    "Report",
    "This is a follow-up: groups are matched with the baseline by their key, then by name, and "
    "change is compared over the items both workshops assessed.",
)
PRIVATE = QT_TRANSLATE_NOOP(
    "Report",
    "Notes the room asked to keep are printed with the ratings. The facilitator's private "
    "notes are never printed in this report or included in the data exports.",
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
            [22, 78],
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
    # Every rule behind what this report shows, a paragraph each under its name: how others
    # see a group only when groups said, the follow-up's matching only in a follow-up.
    rules = [rule for rule in Rule if rule is not Rule.PERCEPTION or w.cross_ratings]
    explained = [explain(rule, kit.framework.language) for rule in rules]
    flow += [
        kit.p(kit.say(SPLIT) + " " + _needed_counts(kit, w), "Note"),
        *(
            kit.m(f"<b>{esc(e.title)}.</b> {esc(' '.join(e.paragraphs))}", "Note")
            for e in explained
        ),
        kit.p(kit.say(MEANS) + (" " + kit.say(FOLLOW_UP) if data.baseline else ""), "Note"),
        kit.p(kit.say(PRIVATE), "Note"),
    ]
    return flow


def _needed_counts(kit: Kit, w: Workshop) -> str:
    """How many needed levels the groups chose and how many the framework filled in."""
    ratings = [r for g in w.groups for r in g.ratings.values() if r.required_level is not None]
    filled = [r for r in ratings if r.needed_from is NeededFrom.FRAMEWORK]
    text = kit.say(
        "In this workshop {0} needed levels were chosen by the groups and {1} were filled in from "
        "the framework for the group's aim stage (marked †), {2} of them from the levels for the "
        "group's role."
    ).format(
        sum(r.needed_from is NeededFrom.GROUP for r in ratings),
        len(filled),
        sum(r.needed_role is not None for r in filled),
    )
    unknown = sum(r.needed_from is None for r in ratings)
    if unknown:
        text += " " + kit.say("For {0} it was not recorded which.").format(unknown)
    return text
