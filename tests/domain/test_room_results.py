"""The results slide's data: one group's needs, stage and profile, the differences between groups across
groups, the change since a baseline, and never a note."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from coprod_desktop.domain.audience import Presentation, Slide, audience_state
from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.room_results import TOP_NEEDS, group_results_view
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop
from coprod_desktop.resources import resource
from coprod_desktop.services.demo import build_demo


def two_groups(framework: Framework) -> Workshop:
    users = Group(
        key="g1",
        name="Users",
        placement=StagePlacement(current=Stage.CO_DESIGN, aim=Stage.CO_DELIVERY),
        ratings={
            "K1": Rating(
                item_code="K1",
                current_level=1,
                required_level=4,
                note="For the room",
                private_note="SECRET one",
            ),
            "K2": Rating(
                item_code="K2", status=RatingStatus.SPLIT, current_level=2, required_level=3
            ),
            "H1": Rating(item_code="H1", status=RatingStatus.SKIPPED, private_note="SECRET two"),
        },
    )
    staff = Group(
        key="g2",
        name="Staff",
        ratings={
            "K1": Rating(item_code="K1", current_level=4, required_level=5),
            "K2": Rating(item_code="K2", current_level=3, required_level=3),
        },
    )
    return Workshop(uid="w", title="W", framework=framework, item_codes=("K1", "K2", "H1"),
                    groups=(users, staff))  # fmt: skip


def test_a_groups_needs_stage_and_profile(default_framework: Framework) -> None:
    w = two_groups(default_framework)
    view = group_results_view(w, w.group("g1"))
    assert view.group_name == "Users" and (view.lowest, view.highest) == (1, 5)
    assert [(n.code, n.gap, n.shared_by, n.uncertain) for n in view.needs] == [
        ("K1", 3, 2, False),
        ("K2", 1, 1, True),
    ]
    assert view.needs[0].text == default_framework.item("K1").text
    assert view.needs_total == 2
    assert view.stage.placed == "Co-design" and view.stage.aim == "Co-delivery"
    assert (view.stage.counted, view.stage.in_scope) == (2, 3)
    assert view.profile[0].title == "Knowledge"
    assert view.profile[0].mean_current == 1.5
    assert view.change is None


def test_group_differences_list_every_groups_level(default_framework: Framework) -> None:
    w = two_groups(default_framework)
    [gap] = group_results_view(w, w.group("g2")).gaps
    assert (gap.code, gap.levels, gap.split, gap.spread) == ("K1", (1, 4), (False, False), 3)
    assert (gap.lowest, gap.highest) == (1, 4)
    assert group_results_view(w, w.group("g2")).group_names == ("Users", "Staff")


def test_only_the_top_needs_are_kept(default_framework: Framework) -> None:
    codes = tuple(i.code for i in default_framework.items[: TOP_NEEDS + 3])
    group = Group(
        key="g1",
        name="Users",
        ratings={c: Rating(item_code=c, current_level=1, required_level=3) for c in codes},
    )
    w = Workshop(uid="w", title="W", framework=default_framework, item_codes=codes,
                 groups=(group,))  # fmt: skip
    view = group_results_view(w, group)
    assert len(view.needs) == TOP_NEEDS and view.needs_total == TOP_NEEDS + 3


def test_the_change_since_the_baseline(default_framework: Framework) -> None:
    baseline = two_groups(default_framework)
    later = dataclasses.replace(baseline, uid="w2", baseline_uid="w").with_rating(
        "g1", "K1", Rating(item_code="K1", current_level=3, required_level=4)
    )
    change = group_results_view(later, later.group("g1"), baseline).change
    assert change is not None
    assert change.baseline_title == "W"
    assert (change.improved, change.same, change.worse) == (1, 1, 0)
    overall = change.rows[-1]
    assert overall.label == "All items" and overall.compared == 2
    assert overall.change == 1.0
    assert [r.label for r in change.rows[:-1]] == ["Knowledge"]


def test_the_results_slide_carries_no_note(default_framework: Framework) -> None:
    spec = json.loads(resource("demo", "demo-workshop.json").read_text(encoding="utf-8"))
    demo = build_demo(default_framework, spec, dt.date(2026, 11, 12))
    notes = {r.note for g in demo.groups for r in g.ratings.values() if r.note}
    notes |= {r.private_note for g in demo.groups for r in g.ratings.values() if r.private_note}
    assert notes
    for group in demo.groups:
        state = audience_state(
            demo,
            Cursor(group.key, demo.item_codes[0], RunningOrder.GROUP_BY_GROUP),
            Presentation(slide=Slide.RESULTS),
            baseline=demo,
        )
        assert state.group_results is not None and state.group_results.change is not None
        text = repr(state)
        assert not any(note in text for note in notes)
