"""The barrier log through the live session, on a real store: logged, changed, dealt with,
undone and redone, saved at each change, still there after a restart, through a workshop
file and when a group leaves."""

from __future__ import annotations

import json
from pathlib import Path

from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Stage
from coprod_desktop.formats.workshop_format import FORMAT_VERSION
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import StepKind
from coprod_desktop.storage.database import Store

MONEY = Barrier("No budget line to pay people for their time", BarrierTag.RESOURCES,
                stage=Stage.CO_DELIVERY, owner="Finance lead",
                next_step="Ask the board for a payment policy")  # fmt: skip


def test_log_change_deal_with_undo_redo_and_restart(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    before = live.workshop.barriers
    changes = live.add_barrier(MONEY)
    assert changes.step is not None and changes.step.kind is StepKind.ADD_BARRIER
    index = len(live.workshop.barriers) - 1
    assert LiveSession(store, demo_id).workshop.barriers[index] == MONEY  # saved at once
    live.toggle_barrier_dealt_with(index)
    assert LiveSession(store, demo_id).workshop.barriers[index].status is BarrierStatus.DEALT_WITH
    changed = Barrier("Risk rules stop paid roles", BarrierTag.POLICY, principle="P3",
                      group_key="g2")  # fmt: skip
    live.change_barrier(index, changed)
    assert LiveSession(store, demo_id).workshop.barriers[index] == changed
    live.undo()
    live.undo()
    assert LiveSession(store, demo_id).workshop.barriers[index] == MONEY  # open again
    live.redo()
    restarted = LiveSession(store, demo_id).workshop.barriers[index]
    assert restarted.status is BarrierStatus.DEALT_WITH and restarted.what == MONEY.what
    live.remove_barrier(index)
    assert LiveSession(store, demo_id).workshop.barriers == before


def test_a_barrier_naming_a_missing_principle_is_refused_and_nothing_changes(
    store: Store, demo_id: int
) -> None:
    live = LiveSession(store, demo_id)
    before = live.workshop.barriers
    changes = live.add_barrier(Barrier("Rules", BarrierTag.POLICY, principle="P9"))
    assert isinstance(changes.problem, ValidationError)
    assert changes.problem.code == "barrier.unknown_principle"
    assert changes.step is None and LiveSession(store, demo_id).workshop.barriers == before


def test_the_log_travels_in_the_workshop_file(store: Store, demo_id: int, tmp_path: Path) -> None:
    live = LiveSession(store, demo_id)
    live.add_barrier(MONEY)
    live.add_barrier(Barrier("Us and them", BarrierTag.CULTURE, principle="P1", group_key="g3",
                             status=BarrierStatus.DEALT_WITH))  # fmt: skip
    exchange = WorkshopExchange(store)
    path = tmp_path / "out" / "barriers.coprod"
    path.parent.mkdir()
    exchange.export_file(demo_id, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format_version"] == FORMAT_VERSION == 8
    assert document["workshop"]["barriers"][-1]["group"] == "g3"
    copy = LiveSession(store, exchange.import_file(path)).workshop
    assert copy.barriers == live.workshop.barriers and len(copy.barriers) >= 2


def test_an_older_file_opens_with_no_barriers(store: Store, demo_id: int, tmp_path: Path) -> None:
    exchange = WorkshopExchange(store)
    path = tmp_path / "out" / "old.coprod"
    path.parent.mkdir()
    LiveSession(store, demo_id).add_barrier(MONEY)
    exchange.export_file(demo_id, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["format_version"] = 6
    del document["workshop"]["barriers"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert LiveSession(store, exchange.import_file(path)).workshop.barriers == ()


def test_a_group_leaving_leaves_its_barriers_to_the_partnership(store: Store, demo_id: int) -> None:
    live = LiveSession(store, demo_id)
    ours = Barrier("No transport to the venue", BarrierTag.RESOURCES, group_key="g2")
    live.add_barrier(ours)
    before = live.workshop.barriers
    assert live.remove_group("g2").problem is None
    after = LiveSession(store, demo_id).workshop.barriers
    assert after[-1] == Barrier("No transport to the venue", BarrierTag.RESOURCES)
    live.undo()
    assert LiveSession(store, demo_id).workshop.barriers == before
