"""The console driven by the keyboard, on a real store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Curtain, Slide
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController

ITEMS = ["K1", "K2", "H1", "S1", "A1"]


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(
            title="Keyboard",
            groups=[GroupDraft("Users", 4), GroupDraft("Staff", 3)],
            item_codes=ITEMS,
        )
    )
    live = LiveSession(store, wid)
    live.set_placement("g1", StagePlacement(aim=Stage.CO_DESIGN))
    window = ConsoleWindow(SessionController(live))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    yield window


def key(
    qtbot: QtBot,
    window: ConsoleWindow,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window, k, mod)


def test_a_whole_group_captured_by_keyboard(console: ConsoleWindow, qtbot: QtBot) -> None:
    """Level, (required), Enter — per item; the store holds exactly what was typed."""
    plan = {
        "K1": ("2", None),  # required comes from the group's aim (Co-design)
        "K2": ("3", "4"),
        "H1": ("1", "3"),
        "S1": ("skip", None),
        "A1": ("4", "5"),
    }
    for code in ITEMS:
        assert console.controller.cursor.item_code == code
        current, required = plan[code]
        if current == "skip":
            key(qtbot, console, Qt.Key.Key_K)
        else:
            key(qtbot, console, Qt.Key(Qt.Key.Key_0 + int(current)))
            if required:
                key(
                    qtbot,
                    console,
                    Qt.Key(Qt.Key.Key_0 + int(required)),
                    Qt.KeyboardModifier.ShiftModifier,
                )
        key(qtbot, console, Qt.Key.Key_Return)
    stored, _ = console.controller.live.load()
    ratings = stored.group("g1").ratings
    framework = stored.framework
    assert set(ratings) == set(ITEMS)
    assert (ratings["K1"].current_level, ratings["K1"].required_level) == (
        2,
        framework.item("K1").required_level(Stage.CO_DESIGN),
    )
    assert (ratings["K2"].current_level, ratings["K2"].required_level) == (3, 4)
    assert (ratings["H1"].current_level, ratings["H1"].required_level) == (1, 3)
    assert ratings["S1"].status is RatingStatus.SKIPPED
    assert (ratings["A1"].current_level, ratings["A1"].required_level) == (4, 5)
    assert all(r.status is RatingStatus.AGREED for c, r in ratings.items() if c != "S1")
    assert stored.group("g2").ratings == {}


def test_shifted_digit_symbols_set_the_required_level(console: ConsoleWindow, qtbot: QtBot) -> None:
    key(qtbot, console, Qt.Key.Key_2)
    key(qtbot, console, Qt.Key.Key_Dollar, Qt.KeyboardModifier.ShiftModifier)  # US Shift+4
    rating = console.controller.rating()
    assert rating is not None and rating.required_level == 4


def test_split_with_tally_and_undo_by_keyboard(console: ConsoleWindow, qtbot: QtBot) -> None:
    key(qtbot, console, Qt.Key.Key_S)
    assert console.capture.tally.isVisible()
    console.capture.tally.show_tally(None)
    for level, count in ((1, 1), (2, 2), (3, 1)):
        console.capture.tally._boxes[level].setValue(count)
    qtbot.mouseClick(console.capture.tally._record, Qt.MouseButton.LeftButton)
    rating = console.controller.rating()
    assert rating is not None and rating.tally is not None and rating.tally.total == 4
    assert rating.current_level == 2  # the median's level, to be confirmed
    key(qtbot, console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert console.controller.rating() is not None and console.controller.rating().tally is None  # type: ignore[union-attr]
    key(
        qtbot,
        console,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    stored, _ = console.controller.live.load()
    assert stored.group("g1").ratings["K1"].tally == rating.tally


def test_note_enter_saves_first_then_moves_on(console: ConsoleWindow, qtbot: QtBot) -> None:
    key(qtbot, console, Qt.Key.Key_3)
    key(qtbot, console, Qt.Key.Key_N)
    assert console.capture.note.hasFocus()
    qtbot.keyClicks(console.capture.note, "Two felt <b>R&D</b> matters")
    qtbot.keyClick(console.capture.note, Qt.Key.Key_Return)
    assert console.controller.cursor.item_code == "K1"  # Enter saved, did not move
    stored, _ = console.controller.live.load()
    assert stored.group("g1").ratings["K1"].note == "Two felt <b>R&D</b> matters"
    key(qtbot, console, Qt.Key.Key_Return)
    assert console.controller.cursor.item_code == "K2"


def test_projector_keys(console: ConsoleWindow, qtbot: QtBot) -> None:
    c = console.controller
    key(qtbot, console, Qt.Key.Key_3)
    key(qtbot, console, Qt.Key.Key_Space)
    assert c.presentation.revealed and c.audience.results
    key(qtbot, console, Qt.Key.Key_B)
    assert c.audience.curtain is Curtain.BLANK
    key(qtbot, console, Qt.Key.Key_B)
    assert c.audience.curtain is Curtain.OPEN  # type: ignore[comparison-overlap]  # B changed it
    key(qtbot, console, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert c.presentation.slide is Slide.STAGES
    key(qtbot, console, Qt.Key.Key_O)
    assert c.cursor.order is RunningOrder.ITEM_BY_ITEM
    assert console.left.currentWidget() is console.grid
    key(qtbot, console, Qt.Key.Key_G)
    assert c.cursor.group_key == "g2"


def test_item_by_item_fills_a_row_across_groups(console: ConsoleWindow, qtbot: QtBot) -> None:
    key(qtbot, console, Qt.Key.Key_O)
    for level in (Qt.Key.Key_2, Qt.Key.Key_4):
        key(qtbot, console, level)
        key(qtbot, console, Qt.Key.Key_Return)
    stored, _ = console.controller.live.load()
    assert stored.group("g1").ratings["K1"].current_level == 2
    assert stored.group("g2").ratings["K1"].current_level == 4
    assert console.controller.cursor.item_code == "K2"
    assert console.grid.model().index(0, 1).data() == "✓4"


def test_actions_and_parking_lot_without_leaving_the_item(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    key(qtbot, console, Qt.Key.Key_A)
    qtbot.keyClicks(
        console.actions_panel.line, "Budget session - Finance lead"
    )  # QTest types ASCII only
    qtbot.keyClick(console.actions_panel.line, Qt.Key.Key_Return)
    key(qtbot, console, Qt.Key.Key_L)
    qtbot.keyClicks(console.parking_lot.line, "Who pays for travel?")
    qtbot.keyClick(console.parking_lot.line, Qt.Key.Key_Return)
    stored, _ = console.controller.live.load()
    assert [(a.what, a.who) for a in stored.actions] == [("Budget session", "Finance lead")]
    assert [e.text for e in stored.parking_lot] == ["Who pays for travel?"]
    assert console.controller.cursor.item_code == "K1"


def test_restart_resumes_the_running_workshop_at_the_same_place(tmp_path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.ui.app_services import AppServices
    from coprod_desktop.ui.workshop_list.window import WorkshopListWindow

    folder = open_data_folder(tmp_path / "data")
    services = AppServices.for_folder(folder)
    wid = services.workshops.create(
        WorkshopDraft(title="Resumed", groups=[GroupDraft("Users"), GroupDraft("Staff")])
    )
    first = ConsoleWindow(SessionController(services.open_session(wid)))
    qtbot.addWidget(first)
    first.controller.run(first.controller.live.jump, group_key="g2", item_code="S2")
    first.controller.run(first.controller.live.set_current_level, 4)
    del first  # the app dies here: no close, no goodbye
    folder.close()

    again = open_data_folder(tmp_path / "data")
    try:
        window = WorkshopListWindow()
        qtbot.addWidget(window)
        window.attach(AppServices.for_folder(again))
        consoles = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConsoleWindow) and w.isVisible()
        ]
        resumed = [c for c in consoles if c.controller.workshop.title == "Resumed"]
        assert len(resumed) == 1
        c = resumed[0].controller
        assert (c.cursor.group_key, c.cursor.item_code) == ("g2", "S2")
        assert c.rating() is not None and c.rating().current_level == 4  # type: ignore[union-attr]
        resumed[0].close()
    finally:
        again.close()


def test_stage_placement_from_the_console(console: ConsoleWindow, qtbot: QtBot) -> None:
    panel = console.placement
    panel.current.setCurrentIndex(2)  # Co-design
    panel.current.activated.emit(2)
    panel.aim.setCurrentIndex(4)  # Full Co-production
    panel.aim.activated.emit(4)
    stored, _ = console.controller.live.load()
    placement = stored.group("g1").placement
    assert (placement.current, placement.aim) == (Stage.CO_DESIGN, Stage.FULL_CO_PRODUCTION)
    console.controller.undo_stack.undo()
    stored, _ = console.controller.live.load()
    assert stored.group("g1").placement.aim is Stage.CO_DESIGN  # the aim set at creation


@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_every_level_button_is_in_full_view_on_a_laptop_screen(
    console: ConsoleWindow, qtbot: QtBot, width: int
) -> None:
    console.resize(width, 768 if width < 1920 else 1080)
    console.show()
    qtbot.waitExposed(console)
    viewport = console.capture.parentWidget()
    assert viewport is not None

    def out_of_view() -> list[str]:
        return [
            button.text()
            for buttons in (console.capture.current, console.capture.required)
            for button in buttons.findChildren(QPushButton)
            if not viewport.rect().contains(button.mapTo(viewport, button.rect().bottomRight()))
        ]

    for _order in ("group", "item"):
        qtbot.waitUntil(lambda: out_of_view() == [], timeout=2000)  # once laid out anew
        key(qtbot, console, Qt.Key.Key_O)  # the grid takes more room for its columns


def test_space_reveals_as_soon_as_the_console_opens(store: Store, qtbot: QtBot) -> None:
    """Qt gives a new window's keyboard to its first control; a button there would take Space
    (and switch the running order) instead of revealing the result."""
    from PySide6.QtWidgets import QAbstractButton, QApplication

    wid = WorkshopService(store).create(
        WorkshopDraft(title="Opening", groups=[GroupDraft("Users", 4)], item_codes=ITEMS)
    )
    window = ConsoleWindow(SessionController(LiveSession(store, wid)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not isinstance(QApplication.focusWidget(), QAbstractButton)
    order = window.controller.cursor.order
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.controller.presentation.revealed
    assert window.controller.cursor.order is order


def test_enter_in_the_tally_records_it_and_returns_to_capture(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QApplication

    key(qtbot, console, Qt.Key.Key_S)
    key(qtbot, console, Qt.Key.Key_T)
    first = QApplication.focusWidget()
    assert first is console.capture.tally.first_box()
    qtbot.keyClicks(first, "1")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = QApplication.focusWidget()
    assert second is not None and second is not first
    assert console.capture.tally.isAncestorOf(second)
    qtbot.keyClicks(second, "3")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    rating = console.controller.rating()
    assert rating is not None and rating.tally is not None
    assert dict(rating.tally.counts) == {1: 1, 2: 3}
    assert QApplication.focusWidget() is console  # the capture keys work again
    assert console.controller.cursor.item_code == ITEMS[0]  # Enter did not move on


def test_the_console_owns_the_session_it_runs(store: Store, qtbot: QtBot) -> None:
    """A session left to Python could be collected on an export's worker thread, its
    once-a-second timer still registered on this one: the console takes it over."""
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Owned", groups=[GroupDraft("Users", 4)], item_codes=ITEMS)
    )
    controller = SessionController(LiveSession(store, wid))
    window = ConsoleWindow(controller)
    qtbot.addWidget(window)
    assert controller.parent() is window
