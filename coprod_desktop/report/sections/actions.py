"""Actions agreed and the parking lot."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.workshop import Action, Workshop
from coprod_desktop.report.kit import Kit, short_date
from coprod_desktop.report.sections.data import ReportData


def about(kit: Kit, w: Workshop, action: Action) -> str:
    """What ``action`` is about, in a narrow column: an item's code, or "Plan" and the code
    of the item its plan entry meets ("" if nothing in particular)."""
    if action.plan_entry is not None and action.plan_entry < len(w.plan):
        code = w.plan[action.plan_entry].item_code
        return kit.say("Plan") + (f" {code}" if code else "")
    return action.item_code or ""


def actions_and_parking_lot(kit: Kit, data: ReportData) -> list[Flowable]:
    w = data.workshop
    flow: list[Flowable] = [
        kit.heading(kit.say("Actions and parking lot")),
        kit.heading(kit.say("Actions"), 1),
    ]
    if w.actions:
        flow.append(
            kit.table(
                [
                    "#",
                    kit.say("What"),
                    kit.say("Who"),
                    kit.say("By"),
                    kit.say("Group"),
                    kit.say("About"),
                    kit.say("Status"),
                ],
                [
                    [
                        i,
                        a.what,
                        a.who or "–",
                        short_date(a.due),
                        kit.group_name(a.group_key),
                        about(kit, w, a) or "–",
                        kit.say("Done") if a.done else kit.say("Open"),
                    ]
                    for i, a in enumerate(w.actions, start=1)
                ],
                [4, 40, 16, 12, 14, 7, 7],
                centred=[0],
                small=True,  # a column more, and the demo's report keeps its 12 pages
            )
        )
    else:
        flow.append(kit.p(kit.say("No actions were recorded.")))
    flow.append(kit.heading(kit.say("Parking lot"), 1))
    if w.parking_lot:
        flow.append(
            kit.table(
                ["#", kit.say("Question or topic to come back to"), kit.say("Group")],
                [
                    [i, e.text, kit.group_name(e.group_key)]
                    for i, e in enumerate(w.parking_lot, start=1)
                ],
                [4, 74, 22],
                centred=[0],
            )
        )
    else:
        flow.append(kit.p(kit.say("The parking lot is empty.")))
    return flow
