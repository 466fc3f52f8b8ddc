"""The Qt side of the live session: one signal per change, and Qt's undo stack kept in step
with the session's history (the session itself is tested in tests/services)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import Changes
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.session.words import problem_text
from tests.worded import worded


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
    live.set_placement("g1", StagePlacement(aim=Stage.CO_DELIVERY))
    c = SessionController(live)
    yield c
    c.deleteLater()


def stored(controller: SessionController) -> object:
    workshop, _ = controller.live.load()
    return workshop


def test_each_change_is_one_signal_saying_what_changed(
    controller: SessionController, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(controller.changed) as heard:
        controller.run(controller.live.set_current_level, 2)
    changes = heard.args[0]
    assert isinstance(changes, Changes)
    assert changes.ratings == (("g1", "K1"),) and changes.workshop and changes.saved
    with qtbot.waitSignal(controller.changed) as heard:
        controller.run(controller.live.next_item)
    assert heard.args[0].cursor and not heard.args[0].workshop


def test_the_undo_stack_follows_the_session_history(controller: SessionController) -> None:
    controller.run(controller.live.set_current_level, 3)
    controller.run(controller.live.set_tally, {2: 2, 3: 2, 4: 1})
    controller.run(controller.live.add_action, "Budget session", "Finance lead")
    final = controller.rating()
    stack = controller.undo_stack
    assert stack.count() == 3
    assert stack.undoText() == "add action"
    stack.undo()
    assert stack.undoText() == "Users, K1: done → split, tally 0 → 5 dots"
    stack.undo()
    stack.undo()
    assert controller.rating() is None and len(controller.live.history[1]) == 3
    assert "K1" not in stored(controller).group("g1").ratings  # type: ignore[attr-defined]
    for _ in range(3):
        stack.redo()
    assert stored(controller).group("g1").ratings["K1"] == final  # type: ignore[attr-defined]
    assert len(controller.live.history[0]) == 4  # with the fixture's placement
    controller.run(controller.live.next_item)  # moving is not a step
    assert stack.count() == 3


def test_a_refused_change_takes_no_step_and_says_why(
    controller: SessionController, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(controller.changed) as heard:
        controller.run(controller.live.set_tally, {1: 1, 2: 1})  # the group has 5 participants
    assert "5 participants" in worded(heard.args[0].problem)
    assert controller.rating() is None
    assert controller.undo_stack.count() == 0
    problem = controller.run(controller.live.mark_agreed).problem
    assert problem is not None
    assert problem_text(problem) == "Choose the level the group agrees on first."
