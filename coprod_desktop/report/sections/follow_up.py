"""Distance travelled since the baseline workshop."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coprod_desktop.domain.follow_up import MatchedBy
from coprod_desktop.report.kit import Kit
from coprod_desktop.report.markup import level, signed
from coprod_desktop.report.sections.data import ReportData


def _other_scale(kit: Kit, data: ReportData, heading: Flowable) -> list[Flowable]:
    """A baseline on another scale: said plainly, instead of a change that means nothing."""
    o = data.results.other_scale
    if o is None:
        return []
    text = kit.say(
        "The baseline workshop “{0}” was rated on another scale ({1}–{2}; this workshop "
        "{3}–{4}), so its levels cannot be compared with these: no change is shown."
    ).format(o.baseline_title, *o.baseline_scale, *o.own_scale)
    return [heading, kit.p(text)]


def follow_up_headline(kit: Kit, data: ReportData) -> list[Flowable]:
    """What changed since the baseline, for the summary page: each group's mean change."""
    if data.results.other_scale is not None:
        return _other_scale(kit, data, kit.heading(kit.say("What changed since the baseline"), 1))
    f = data.results.follow_up
    if f is None or data.baseline is None:
        return []
    changes = [f"{kit.group_name(c.match.group_key)} {signed(c.change)}" for c in f.groups]
    text = kit.say("Compared with “{0}”, the mean level now changed by group: {1}.").format(
        f.baseline_title, "; ".join(changes) or "–"
    )
    return [kit.heading(kit.say("What changed since the baseline"), 1), kit.p(text)]


def follow_up_section(kit: Kit, data: ReportData) -> list[Flowable]:
    if data.results.other_scale is not None:
        return _other_scale(kit, data, kit.heading(kit.say("Follow-up: distance travelled")))
    f = data.results.follow_up
    if f is None or data.baseline is None:
        return []
    baseline_names = {g.key: g.name for g in data.baseline.groups}
    flow: list[Flowable] = [
        kit.heading(kit.say("Follow-up: distance travelled")),
        kit.p(
            kit.say(
                "Compared with the baseline workshop “{0}”. Change is the level now minus the "
                "level at the baseline, over the items both workshops assessed: a plus sign is "
                "progress."
            ).format(f.baseline_title),
            "Lead",
        ),
        kit.heading(kit.say("By group"), 1),
    ]
    if f.groups:
        flow.append(
            kit.table(
                [
                    kit.say("Group"),
                    kit.say("Baseline group"),
                    kit.say("Items"),
                    kit.say("Then"),
                    kit.say("Now"),
                    kit.say("Change"),
                    kit.say("Up · same · down"),
                    kit.say("Indicative stage then → now"),
                ],
                [
                    [
                        kit.group_name(c.match.group_key),
                        baseline_names[c.match.baseline_key]
                        + (kit.say(" (by name)") if c.match.matched_by is MatchedBy.NAME else ""),
                        c.compared,
                        level(c.mean_before),
                        level(c.mean_after),
                        signed(c.change),
                        f"{c.improved} · {c.same} · {c.worse}",
                        f"{kit.stage(c.stage_before, kit.say('not yet'))} → "
                        f"{kit.stage(c.stage_after, kit.say('not yet'))}",
                    ]
                    for c in f.groups
                ],
                [18, 18, 7, 7, 7, 8, 12, 23],
                centred=[2, 3, 4, 5, 6],
            )
        )
    else:
        flow.append(kit.p(kit.say("No group could be matched with a group of the baseline.")))
    if f.new_groups:
        names = ", ".join(kit.group_name(k) for k in f.new_groups)
        flow.append(
            kit.p(kit.say("New since the baseline, so not compared: {0}.").format(names), "Small")
        )
    if f.missing_groups:
        names = ", ".join(baseline_names[k] for k in f.missing_groups)
        flow.append(kit.p(kit.say("In the baseline but not here: {0}.").format(names), "Small"))

    flow.append(kit.heading(kit.say("By area, all groups"), 1))
    flow.append(
        kit.table(
            [
                kit.say("Area"),
                kit.say("Items compared"),
                kit.say("Mean then"),
                kit.say("Mean now"),
                kit.say("Change"),
            ],
            [
                [
                    kit.area(a.area),
                    a.compared,
                    level(a.mean_before),
                    level(a.mean_after),
                    signed(a.change),
                ]
                for a in f.areas
            ],
            [40, 15, 15, 15, 15],
            centred=[1, 2, 3, 4],
        )
    )
    flow.append(kit.heading(kit.say("Items that changed"), 1))
    for c in f.groups:
        changed = [x for x in f.items_of(c.match.group_key) if x.change != 0]
        if not changed:
            continue
        unchanged = c.compared - len(changed)
        flow.append(kit.heading(kit.group_name(c.match.group_key), 2))
        flow.append(
            kit.table(
                [
                    kit.say("Item"),
                    kit.say("Then"),
                    kit.say("Now"),
                    kit.say("Change"),
                    kit.say("Gap then"),
                    kit.say("Gap now"),
                ],
                [
                    [
                        kit.item_cell(x.item_code),
                        x.before,
                        x.after,
                        signed(x.change),
                        level(x.gap_before),
                        level(x.gap_after),
                    ]
                    for x in changed
                ],
                [56, 8, 8, 9, 9, 9],
                centred=[1, 2, 3, 4, 5],
            )
        )
        if unchanged:
            flow.append(
                kit.p(
                    kit.say("{0} other items compared did not change.").format(unchanged), "Small"
                )
            )
    return flow
