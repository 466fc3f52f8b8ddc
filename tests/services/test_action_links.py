"""Actions say what they are about (an item or a plan entry) and can be changed after they
are made (words, who, by when, for which group or all): through the live session on a real
store, undone and redone, after a restart, through a workshop file and the data export, and
kept right when the plan loses entries or two copies merge."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.merge import merge
from coprod_desktop.domain.plan import PlanEntry
from coprod_desktop.domain.workshop import Action
from coprod_desktop.report.formats import Export
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import StepKind
from coprod_desktop.storage.database import Store


def test_the_demo_has_actions_about_an_item_and_a_plan_entry(store: Store, demo_id: int) -> None:
    w = LiveSession(store, demo_id).workshop
    assert [a.item_code for a in w.actions if a.item_code] == ["K5", "H7"]
    linked = [a for a in w.actions if a.plan_entry is not None]
    assert len(linked) == 1 and w.plan[linked[0].plan_entry or 0].item_code == "K4"


def test_an_action_about_an_item_or_an_entry_is_saved_at_once(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    live.add_action("Book the budget course", "Sam", None, item_code="H1")
    live.add_action("Find a venue for the estate walk", plan_entry=1)
    stored = LiveSession(store, demo_id).workshop.actions
    assert (stored[-2].item_code, stored[-2].plan_entry) == ("H1", None)
    assert (stored[-1].item_code, stored[-1].plan_entry) == (None, 1)


def test_a_link_to_nothing_here_is_refused_and_nothing_changes(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    before = live.workshop.actions
    for link, code in (
        ({"item_code": "Z9"}, "action.unknown_item"),
        ({"plan_entry": 99}, "action.unknown_plan_entry"),
        ({"item_code": "K1", "plan_entry": 0}, "action.two_links"),
    ):
        changes = live.add_action("Something", **link)
        assert isinstance(changes.problem, ValidationError) and changes.problem.code == code
        assert changes.step is None
    changes = live.change_action(0, dataclasses.replace(before[0], group_key="nobody"))
    assert isinstance(changes.problem, ValidationError)
    assert changes.problem.code == "action.unknown_group"
    assert LiveSession(store, demo_id).workshop.actions == before


def test_changing_an_action_is_one_step_undone_redone_and_kept(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    first = live.workshop.actions[0]
    assert first.group_key is not None and first.plan_entry is not None
    changed = dataclasses.replace(
        first, what="Share the directory at the team meeting", who="Priya",
        due=dt.date(2027, 1, 15), group_key=None, plan_entry=None, item_code="K8",
    )  # fmt: skip
    changes = live.change_action(0, changed)
    assert changes.step is not None and changes.step.kind is StepKind.CHANGE_ACTION
    assert changes.step.number == 1
    assert LiveSession(store, demo_id).workshop.actions[0] == changed  # after a restart
    live.undo()
    assert LiveSession(store, demo_id).workshop.actions[0] == first
    live.redo()
    restarted = LiveSession(store, demo_id).workshop.actions[0]
    assert (restarted.group_key, restarted.due, restarted.item_code) == (
        None, dt.date(2027, 1, 15), "K8",
    )  # fmt: skip


def test_removing_a_plan_entry_moves_the_links_and_undo_puts_them_back(
    store: Store, demo_id: int
) -> None:
    live = LiveSession(store, demo_id)
    live.add_action("Ask the tenants' panel to co-host", plan_entry=0)
    live.add_action("Find a mentor for each officer", plan_entry=2)
    before = live.workshop.actions
    assert live.workshop.plan[0].item_code == "K1"
    live.remove_plan_entry(0)
    after = LiveSession(store, demo_id).workshop.actions
    assert (after[-2].plan_entry, after[-2].item_code) == (None, "K1")  # still about the need
    assert after[-1].plan_entry == 1  # the mentor entry moved up one place
    assert after[0].plan_entry == 0  # the estate walk, now first
    live.undo()
    assert LiveSession(store, demo_id).workshop.actions == before


def test_a_group_leaving_with_its_own_plan_entry_moves_the_links(
    store: Store, demo_id: int
) -> None:
    live = LiveSession(store, demo_id)
    w = live.workshop
    only = w.plan[2].group_keys
    assert len(only) == 1  # the mentoring entry is for one group alone
    live.add_action("Find a mentor for each officer", plan_entry=2)
    live.add_action("Print the estate map", plan_entry=1)
    live.remove_group(only[0])
    actions = LiveSession(store, demo_id).workshop.actions
    assert len(LiveSession(store, demo_id).workshop.plan) == 2
    assert (actions[-2].plan_entry, actions[-2].item_code) == (None, None)  # free text entry
    assert actions[-1].plan_entry == 1


def test_links_survive_a_workshop_file_and_show_in_the_data_export(
    store: Store, demo_id: int, tmp_path: Path
) -> None:
    live = LiveSession(store, demo_id)
    path = tmp_path / "demo.coprod"
    WorkshopExchange(store).export_file(demo_id, path)
    copy = WorkshopExchange(store).import_file(path)
    assert LiveSession(store, copy).workshop.actions == live.workshop.actions
    data = ExportService(store).make(Export.DATA, demo_id, ".csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data)))
    header = next(r for r in rows if r[:3] == ["record", "number", "what"] and "done" in r)
    about = {
        r[2]: (r[header.index("item_code")], r[header.index("plan_entry")])
        for r in rows
        if r[:1] == ["actions"]
    }
    assert len(about) == len(live.workshop.actions)
    assert about[live.workshop.actions[0].what] == ("", "2")
    assert about[live.workshop.actions[1].what] == ("K5", "")


def test_a_merge_keeps_a_link_to_an_entry_both_copies_have(store: Store, demo_id: int) -> None:
    ours = LiveSession(store, demo_id).workshop
    extra = PlanEntry(what="Budget buddies", item_code="H1")
    theirs = dataclasses.replace(
        ours,
        plan=(ours.plan[1], extra),
        actions=(
            Action("Walk the estate on Tuesday", plan_entry=0),  # our entry 1
            Action("Pair up for budgets", plan_entry=1),  # an entry only they have
        ),
    )
    merged = merge(ours, theirs).workshop.actions
    assert merged[-2].plan_entry == 1
    assert (merged[-1].plan_entry, merged[-1].item_code) == (None, "H1")
