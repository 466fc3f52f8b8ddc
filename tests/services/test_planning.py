"""The training plan through the live session, on a real store: made, changed, undone and
redone, saved at each change, still there after a restart and through a workshop file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coprod_desktop.domain.analysis import training_needs
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import ActivityKind
from coprod_desktop.domain.plan import (
    PlanEntry,
    PlanMethod,
    PlanStatus,
    entry_for_need,
    peer_helpers,
    unplanned,
)
from coprod_desktop.domain.strengths import helpers_for, strengths_to_share
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import StepKind
from coprod_desktop.storage.database import Store


def test_a_need_becomes_an_entry_with_the_frameworks_activity(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    need = training_needs(live.workshop)[0]
    changes = live.plan_need(need.item_code, [need.group_key])
    assert changes.step is not None and changes.step.kind is StepKind.ADD_PLAN_ENTRY
    entry = live.workshop.plan[-1]
    item = live.workshop.framework.item(need.item_code)
    assert entry.item_code == need.item_code and entry.group_keys == (need.group_key,)
    assert entry.what == (item.activities[0].text if item.activities else item.text)
    assert need not in unplanned([need], live.workshop.plan)
    assert LiveSession(store, demo_id).workshop.plan == live.workshop.plan  # saved at once


def test_changes_undo_redo_and_a_restart(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    before = live.workshop.plan
    keys = [g.key for g in live.workshop.groups]
    entry = PlanEntry(
        what="Peer sessions on budgets",
        group_keys=(keys[1], keys[2]),
        method=PlanMethod.PEER_LEARNING,
        learn_from=keys[0],
        lead="Priya",
        due=dt.date(2027, 3, 1),
    )
    live.add_plan_entry(entry)
    index = len(live.workshop.plan) - 1
    live.step_plan_status(index)
    assert live.workshop.plan[index].status is PlanStatus.UNDER_WAY
    live.change_plan_entry(index, PlanEntry(what="Budget buddies", lead="Sam"))
    assert LiveSession(store, demo_id).workshop.plan[index].what == "Budget buddies"
    live.undo()
    live.undo()
    restarted = LiveSession(store, demo_id).workshop.plan
    assert restarted[index] == entry  # planned again, as first made
    live.redo()
    assert LiveSession(store, demo_id).workshop.plan[index].status is PlanStatus.UNDER_WAY
    live.remove_plan_entry(index)
    assert LiveSession(store, demo_id).workshop.plan == before


def test_a_plan_naming_a_missing_group_is_refused_and_nothing_changes(
    store: Store, demo_id: int
) -> None:
    live = LiveSession(store, demo_id)
    before = live.workshop.plan
    changes = live.add_plan_entry(PlanEntry(what="Training", group_keys=("nobody",)))
    assert isinstance(changes.problem, ValidationError)
    assert changes.problem.code == "plan.unknown_group"
    assert changes.step is None and LiveSession(store, demo_id).workshop.plan == before
    with pytest.raises(ValidationError):
        PlanEntry(what="x", group_keys=("a",), method=PlanMethod.PEER_LEARNING, learn_from="a")


def test_the_plan_travels_in_the_workshop_file(store: Store, demo_id: int, tmp_path: Path) -> None:
    live = LiveSession(store, demo_id)
    key = live.workshop.groups[0].key
    live.add_plan_entry(PlanEntry(what="Coaching", group_keys=(key,), lead="Ann",
                                  due=dt.date(2027, 1, 9), status=PlanStatus.DONE))  # fmt: skip
    exchange = WorkshopExchange(store)
    path = tmp_path / "out" / "plan.coprod"
    path.parent.mkdir()
    exchange.export_file(demo_id, path)
    copy_id = exchange.import_file(path)
    copy = LiveSession(store, copy_id).workshop
    assert copy.plan == live.workshop.plan


def test_peer_learning_is_from_a_group_strong_on_it(store: Store, demo_id: int) -> None:
    """The strengths rule names who the others could learn from (domain/strengths.py)."""
    w = LiveSession(store, demo_id).workshop
    strengths = strengths_to_share(w, training_needs(w))
    shared = next(s for s in strengths if s.learners)
    learner = shared.learners[0].group_key
    expected = [h.group_key for h in helpers_for(strengths, learner, shared.item_code)]
    assert peer_helpers(strengths, shared.item_code, [learner]) == expected and expected
    peer_item = next(
        i for i in w.framework.items
        if i.activities and i.activities[0].kind is ActivityKind.PEER_SUPPORT
    )  # fmt: skip
    entry = entry_for_need(w.framework, peer_item.code, [learner], helpers=expected)
    assert entry.method is PlanMethod.PEER_LEARNING and entry.learn_from == expected[0]
    training = entry_for_need(w.framework, "K1", [learner], helpers=expected)
    assert training.learn_from is None  # only peer learning names a group to learn from


def test_a_group_leaving_leaves_the_plan(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    only_g2 = PlanEntry(what="Only for the second group", group_keys=("g2",))
    shared = PlanEntry(what="Learn from the second group", group_keys=("g1", "g3"),
                       method=PlanMethod.PEER_LEARNING, learn_from="g2")  # fmt: skip
    both = PlanEntry(what="For two groups", group_keys=("g2", "g3"))
    for entry in (only_g2, shared, both):
        live.add_plan_entry(entry)
    before = live.workshop.plan
    changes = live.remove_group("g2")
    assert changes.problem is None
    after = LiveSession(store, demo_id).workshop.plan
    assert only_g2 not in after
    assert PlanEntry(what="Learn from the second group", group_keys=("g1", "g3"),
                     method=PlanMethod.PEER_LEARNING) in after  # fmt: skip
    assert PlanEntry(what="For two groups", group_keys=("g3",)) in after
    live.undo()
    assert LiveSession(store, demo_id).workshop.plan == before
