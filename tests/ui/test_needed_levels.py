"""Needed levels in the console and the results window, on a real store: where each came
from in words, and no "none" when they are missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.rating import NeededFrom, Rating
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.conftest import MessageBoxes
from tests.worded import first_bank


@pytest.fixture
def controller(
    store: Store, default_framework: Framework, qtbot: QtBot
) -> Iterator[SessionController]:
    codes = tuple(i.code for i in first_bank(default_framework.items))
    w = Workshop(
        uid="needed-ui",
        title="Needed",
        framework=default_framework,
        item_codes=codes,
        groups=(
            Group(
                key="g1",
                name="No aim",
                ratings={c: Rating(item_code=c, current_level=1) for c in codes},
            ),
            Group(key="g2", name="Aims", placement=StagePlacement(aim=Stage.CO_DESIGN)),
        ),
    )
    controller = SessionController(LiveSession(store, WorkshopService(store).add(w)))
    yield controller
    controller.deleteLater()


def test_missing_needed_levels_are_said_plainly_in_the_results(
    controller: SessionController, qtbot: QtBot, tmp_path: Path
) -> None:
    window = ResultsWindow(controller)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.select_group("g1")
    assert window.needs_heading.text() == "Training needs of No aim: not worked out yet"
    assert window.needs_note.text().startswith(
        "40 assessed items have no needed level, so their training needs cannot be worked out"
    )
    window.grab().save(str(tmp_path / "missing.png"))


def test_the_console_says_where_the_needed_level_came_from(
    controller: SessionController, qtbot: QtBot
) -> None:
    console = ConsoleWindow(controller)
    qtbot.addWidget(console)
    console.show()
    words = console.capture.needed_from
    controller.run(controller.live.jump, group_key="g1", item_code="K1")
    assert words.text().startswith("No needed level: set the group's aim stage")
    controller.run(controller.live.jump, group_key="g2", item_code="K1")
    controller.run(controller.live.set_current_level, 2)
    assert words.text() == (
        "Needed level filled in from the framework for Co-design (the group's aim); "
        "Shift + 1–5 chooses another."
    )
    controller.run(controller.live.set_required_level, 5)
    assert words.text() == "Needed level chosen by the group."
    console.close()


def test_changing_the_aim_offers_to_refill_the_framework_levels_as_one_undo(
    store: Store, demo_id: int, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    controller = SessionController(LiveSession(store, demo_id))
    console = ConsoleWindow(controller)
    qtbot.addWidget(console)
    console.show()
    controller.run(controller.live.jump, group_key="g1")
    group = controller.workshop.group("g1")
    filled = [c for c, r in group.ratings.items() if r.needed_from is NeededFrom.FRAMEWORK]
    own = [c for c, r in group.ratings.items() if r.needed_from is NeededFrom.GROUP]
    assert filled and own
    message_boxes.answer = QMessageBox.StandardButton.Yes
    aim = console.placement.aim
    aim.setCurrentIndex(aim.findData(Stage.FULL_CO_PRODUCTION))
    aim.activated.emit(aim.currentIndex())
    (asked,) = message_boxes.of_kind("question")
    assert asked.title == "Fill in the needed levels again?"
    assert "The levels the group chose itself stay as they are." in asked.text
    after = controller.workshop.group("g1")
    fw = controller.workshop.framework
    assert after.placement.aim is Stage.FULL_CO_PRODUCTION
    assert all(
        after.ratings[c].required_level
        == fw.item(c).required_level(Stage.FULL_CO_PRODUCTION, after.role)  # its role's profile
        for c in filled
    )
    assert all(after.ratings[c] == group.ratings[c] for c in own)
    controller.undo_stack.undo()
    assert controller.workshop.group("g1") == group  # one undo puts all of it back
    # Answering No changes the aim only.
    message_boxes.answer = QMessageBox.StandardButton.No
    aim.setCurrentIndex(aim.findData(Stage.CO_DESIGN))
    aim.activated.emit(aim.currentIndex())
    kept = controller.workshop.group("g1")
    assert kept.placement.aim is Stage.CO_DESIGN and kept.ratings == group.ratings
    console.close()


def test_level_buttons_speak_the_words_of_the_items_area(
    controller: SessionController, qtbot: QtBot
) -> None:
    """Knowledge and attitude are not rated on a skills scale: the buttons, their tooltips and
    what a screen reader hears follow the item's area; the projector's scale does too."""
    window = ConsoleWindow(controller)
    qtbot.addWidget(window)
    buttons = window.capture.current._buttons  # the widgets a person sees

    def words(code: str) -> tuple[str, str, str]:
        controller.run(controller.live.jump, "g1", code)
        five = buttons[5]
        scale = controller.live.audience.scale
        return five.text().replace("\n", " "), five.toolTip(), scale[1].description

    assert words("H1") == ("5 Could teach others",
                           "We do this well and could help other groups learn it too.",
                           "We know a little about this and have tried it once or twice.")  # fmt: skip
    assert words("A1")[:2] == (
        "5 Could inspire others",
        "This belief is part of who we are, and we encourage it in other groups.",
    )
    assert buttons[2].accessibleName() == "Current level 2: Starting"
    assert words("K1")[1:] == (
        "We understand this in depth and could explain it to other groups.",
        "We have heard of this and know a little about it.",
    )
