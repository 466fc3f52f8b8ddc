"""Distance travelled in training needs: the headline, each group's needs closed, persisting
and new since the baseline, a warning where a group's size changed, and what the baseline left
open (its actions not done; plan entries join them once workshops keep a training plan)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.report.headline import needs_counts, needs_headline
from coprod_desktop.report.kit import Cell, Kit, short_date
from coprod_desktop.report.sections.data import ReportData


def _codes(codes: tuple[str, ...]) -> str:
    return f"{len(codes)}: {', '.join(codes)}" if codes else "0"


def needs_travelled_section(kit: Kit, data: ReportData) -> list[Flowable]:
    """The needs part of the follow-up, and what is carried over from the baseline."""
    f = data.results.follow_up
    if f is None or data.baseline is None:
        return []
    baseline_names = {g.key: g.name for g in data.baseline.groups}
    distance = f.needs
    flow: list[Flowable] = [
        kit.heading(kit.say("Training needs since the baseline")),
        kit.p(
            f"{needs_headline(distance, kit.language)} · {needs_counts(distance, kit.language)}",
            "Lead",
        ),
        kit.p(
            kit.say(
                "A need is closed when the group now assesses the item at or above the level it "
                "needs, persisting when it is still a need, and new when it was not a need at the "
                "baseline. Needs the follow-up could not judge (the item not rated, skipped, "
                "without a needed level or no longer in scope) are counted apart, as not judged."
            ),
            "Small",
        ),
    ]
    for changed in distance.size_changes:
        flow.append(
            kit.p(
                kit.say(
                    "{0} had {1} people at the baseline and {2} now: its ratings speak for other "
                    "people, so compare its change with care."
                ).format(
                    kit.group_name(changed.group_key), changed.size_before, changed.size_after
                ),
                "Body",
            )
        )
    if distance.groups:
        flow.append(
            kit.table(
                [
                    kit.say("Group"),
                    kit.say("Needs then"),
                    kit.say("Closed"),
                    kit.say("Persisting"),
                    kit.say("New"),
                    kit.say("Not judged"),
                ],
                [
                    [
                        kit.group_name(t.group_key),
                        t.needs_before,
                        _codes(t.closed),
                        _codes(t.persisting),
                        _codes(t.new),
                        _codes(t.not_compared),
                    ]
                    for t in distance.groups
                ],
                [20, 10, 18, 18, 18, 16],
                centred=[1],
            )
        )
    flow.append(kit.heading(kit.say("Carried over from the baseline"), 1))

    def groups_of(keys: tuple[str, ...]) -> str:
        return ", ".join(baseline_names.get(k, k) for k in keys) or kit.say("Whole workshop")

    rows: list[list[Cell]] = [
        [
            a.what + (f" ({a.item_code})" if a.item_code else ""),
            a.who or "–",
            short_date(a.due),
            groups_of((a.group_key,) if a.group_key else ()),
        ]
        for a in distance.carried_actions
    ]
    rows += [
        [kit.say("Plan: {0}").format(e.what), e.lead or "–", short_date(e.due),
         groups_of(e.group_keys)]
        for e in distance.carried_plan
    ]  # fmt: skip
    if rows:
        flow.append(
            kit.table(
                [kit.say("What"), kit.say("Who"), kit.say("By"), kit.say("Group")],
                rows,
                [50, 18, 14, 18],
            )
        )
    else:
        flow.append(kit.p(kit.say("The baseline left no action open.")))
    return flow
