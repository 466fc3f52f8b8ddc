"""Actions agreed and the parking lot."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.report.kit import Kit, short_date
from coprod_desktop.report.sections.data import ReportData


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
                    kit.say("Status"),
                ],
                [
                    [
                        i,
                        a.what,
                        a.who or "–",
                        short_date(a.due),
                        kit.group_name(a.group_key),
                        kit.say("Done") if a.done else kit.say("Open"),
                    ]
                    for i, a in enumerate(w.actions, start=1)
                ],
                [4, 42, 17, 13, 16, 8],
                centred=[0],
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
