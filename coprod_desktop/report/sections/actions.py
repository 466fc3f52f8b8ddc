"""Actions agreed and the parking lot."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.kit import Kit, short_date


def actions_and_parking_lot(kit: Kit, w: Workshop) -> list[Flowable]:
    flow: list[Flowable] = [kit.heading("Actions and parking lot"), kit.heading("Actions", 1)]
    if w.actions:
        flow.append(
            kit.table(
                ["#", "What", "Who", "By", "Group", "Status"],
                [
                    [
                        i,
                        a.what,
                        a.who or "–",
                        short_date(a.due),
                        kit.group_name(a.group_key),
                        "Done" if a.done else "Open",
                    ]
                    for i, a in enumerate(w.actions, start=1)
                ],
                [4, 42, 17, 13, 16, 8],
                centred=[0],
            )
        )
    else:
        flow.append(kit.p("No actions were recorded."))
    flow.append(kit.heading("Parking lot", 1))
    if w.parking_lot:
        flow.append(
            kit.table(
                ["#", "Question or topic to come back to", "Group"],
                [
                    [i, e.text, kit.group_name(e.group_key)]
                    for i, e in enumerate(w.parking_lot, start=1)
                ],
                [4, 74, 22],
                centred=[0],
            )
        )
    else:
        flow.append(kit.p("The parking lot is empty."))
    flow.append(PageBreak())
    return flow
