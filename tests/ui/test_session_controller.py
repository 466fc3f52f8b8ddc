"""The session controller on a real store: every step committed, undoable, and projected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Curtain, Slide
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.domain.workshop import Action, ParkingLotEntry, StagePlacement
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.session.controller import SessionController


@pytest.fixture
def controller(store: Store, qtbot: QtBot) -> Iterator[SessionController]:
    wid = WorkshopService(store).create(
        WorkshopDraft(
            title="Live",
            groups=[GroupDraft("Users", 5), GroupDraft("Staff", 3)],
            item_codes=["K1", "K2", "S1"],
        )
    )
    live = LiveSession(store, wid)
    live.place("g1", StagePlacement(aim=Stage.CO_DELIVERY))
    c = SessionController(live)
    yield c
    c.deleteLater()


def stored(controller: SessionController) -> object:
    workshop, _ = controller.live.load()
    return workshop


def test_level_keys_record_an_agreed_rating_with_the_default_required_level(
    controller: SessionController,
) -> None:
    controller.set_current_level(2)
    rating = controller.rating()
    assert rating is not None
    assert rating.status is RatingStatus.AGREED
    expected = controller.workshop.framework.item("K1").required_level(Stage.CO_DELIVERY)
    assert (rating.current_level, rating.required_level) == (2, expected)
    controller.set_required_level(5)
    assert stored(controller).group("g1").ratings["K1"].required_level == 5  # type: ignore[attr-defined]


def test_undo_redo_across_ratings_tallies_and_notes(controller: SessionController) -> None:
    controller.set_current_level(3)
    controller.set_tally({2: 2, 3: 2, 4: 1})
    controller.set_note("Two members felt we are not there yet.")
    controller.set_private_note("Ask the manager about this.")
    final = controller.rating()
    assert final is not None and final.status is RatingStatus.SPLIT
    assert final.tally is not None and final.tally.total == 5
    stack = controller.undo_stack
    assert stack.count() == 4
    stack.undo()
    stack.undo()
    on_disk = stored(controller).group("g1").ratings["K1"]  # type: ignore[attr-defined]
    assert on_disk.note == "" and on_disk.tally is not None
    stack.undo()
    stack.undo()
    assert "K1" not in stored(controller).group("g1").ratings  # type: ignore[attr-defined]
    assert controller.rating() is None
    for _ in range(4):
        stack.redo()
    assert stored(controller).group("g1").ratings["K1"] == final  # type: ignore[attr-defined]
    assert controller.rating() == final


def test_actions_parking_lot_and_placement_are_undoable(controller: SessionController) -> None:
    controller.add_action(Action(what="Budget session", who="Finance lead"))
    controller.add_parking_lot_entry(ParkingLotEntry(text="Who pays for travel?"))
    controller.set_placement("g2", StagePlacement(current=Stage.CO_DESIGN, aim=Stage.CO_DELIVERY))
    w = stored(controller)
    assert len(w.actions) == 1 and len(w.parking_lot) == 1  # type: ignore[attr-defined]
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    w = stored(controller)
    assert w.actions == () and w.parking_lot == ()  # type: ignore[attr-defined]
    assert w.group("g2").placement.current is None  # type: ignore[attr-defined]


def test_moving_is_remembered(controller: SessionController) -> None:
    controller.next_item()
    controller.set_running_order(RunningOrder.ITEM_BY_ITEM)
    controller.next_item()
    _, cursor = controller.live.load()
    assert (cursor.group_key, cursor.item_code, cursor.order) == (
        "g2",
        "K2",
        RunningOrder.ITEM_BY_ITEM,
    )


def test_invalid_tally_is_refused_with_a_message(
    controller: SessionController, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(controller.failed) as blocker:
        controller.set_tally({1: 1, 2: 1})  # the group has 5 participants
    assert "5 participants" in blocker.args[0]
    assert controller.rating() is None
    assert controller.undo_stack.count() == 0


def test_curtain_hides_the_item_and_freeze_keeps_the_last_slide(
    controller: SessionController,
) -> None:
    controller.show_slide(Slide.ITEM)
    first = controller.audience
    assert first.item is not None and first.item.code == "K1"
    controller.set_curtain(Curtain.BLANK)
    assert controller.audience.curtain is Curtain.BLANK
    controller.set_curtain(Curtain.FROZEN)
    controller.next_item()
    frozen = controller.audience
    assert frozen.curtain is Curtain.FROZEN
    assert frozen.item is not None and frozen.item.code == "K1"  # the room still sees K1
    controller.set_curtain(Curtain.OPEN)
    assert controller.audience.item is not None and controller.audience.item.code == "K2"


def test_reveal_shows_the_result_and_moving_on_hides_it_again(
    controller: SessionController,
) -> None:
    controller.set_current_level(4)
    assert not controller.audience.results
    controller.set_revealed(True)
    [result] = controller.audience.results
    assert result.current == 4
    controller.next_item()
    assert controller.audience.results == ()
    assert not controller.presentation.revealed


def test_likely_audiences_foresee_exactly_what_a_level_key_puts_on_the_wall(
    controller: SessionController,
) -> None:
    controller.set_revealed(True)
    foreseen = controller.likely_audiences()
    assert foreseen and controller.audience not in foreseen
    assert len(set(foreseen)) == len(foreseen)
    for press in (controller.set_current_level, controller.set_required_level):
        for level in (1, 3, 5):
            expected = controller.likely_audiences()
            press(level)
            assert controller.audience in expected
    controller.set_curtain(Curtain.BLANK)
    assert controller.likely_audiences() == []
    controller.set_curtain(Curtain.OPEN)
    controller.show_slide(Slide.STAGES)
    assert controller.likely_audiences() == []
