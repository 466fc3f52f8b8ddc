"""Strengths to share: who could help whom, every item where a group strong on it could help a
group that needs it (the rule in ``domain/strengths.py``, its words in ``report/rules.py``)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.strengths import Helper, Learner
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.report.sections.data import ReportData


def _helper(kit: Kit, helper: Helper) -> str:
    name = kit.group_name(helper.group_key)
    if helper.uncertain:
        return kit.say("{0} ({1}, split)").format(name, helper.level).replace(" (", "\u00a0(")
    return f"{name}\u00a0({helper.level})"  # the level never wraps away from the name


def _learner(kit: Kit, learner: Learner) -> str:
    levels = f"({learner.current}\u00a0→\u00a0{learner.required})"
    return f"{kit.group_name(learner.group_key)}\u00a0{levels}"


def strengths_section(kit: Kit, data: ReportData) -> list[Flowable]:
    """A heading, the rule in a sentence, and the table (or why there is none)."""
    results = data.results
    flow: list[Flowable] = [kit.heading(kit.say("Strengths to share: who could help whom"), 1)]
    if not results.strengths:
        flow.append(
            kit.p(
                kit.say(
                    "None yet: no group is at the top two levels on an item another group needs."
                )
            )
        )
        return flow
    flow.append(kit.p(explain(Rule.STRENGTHS, kit.framework.language).summary, "Small"))
    flow.append(
        kit.table(
            [
                kit.say("Item"),
                kit.say("Could help (level now)"),
                kit.say("Could learn (now → needed)"),
            ],
            [
                [
                    kit.item_cell(s.item_code, style="CellSmall"),
                    kit.p(", ".join(_helper(kit, h) for h in s.helpers), "CellSmall"),
                    kit.p(", ".join(_learner(kit, n) for n in s.learners), "CellSmall"),
                ]
                for s in results.strengths
            ],
            [44, 24, 32],
        )
    )
    return flow
