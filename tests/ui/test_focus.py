"""Focus never traps the facilitator: after any click the keys do what the key sheet says, a
value changes only by a deliberate action, and the note being typed is always in view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Focus", groups=[GroupDraft("Users", 6)], item_codes=["K1", "K2", "K3"])
    )
    window = ConsoleWindow(SessionController(LiveSession(store, wid)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    yield window


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key)


def test_clicking_a_level_leaves_space_and_enter_to_reveal_and_move_on(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    three = console.capture.current._buttons[3]
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    rating = console.controller.rating()
    assert rating is not None and rating.current_level == 3
    assert not three.hasFocus()
    press(qtbot, Qt.Key.Key_4)  # then a digit, then Enter: the level stays 4
    press(qtbot, Qt.Key.Key_Space)
    assert console.controller.presentation.revealed
    press(qtbot, Qt.Key.Key_Return)
    assert console.controller.cursor.item_code == "K2"
    stored, _ = console.controller.live.load()
    assert stored.group("g1").ratings["K1"].current_level == 4


def test_esc_gives_the_keys_back_from_any_control(console: ConsoleWindow, qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_S)
    box = console.capture.tally.first_box()
    box.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is console
    press(qtbot, Qt.Key.Key_2)
    rating = console.controller.rating()
    assert rating is not None and rating.current_level == 2


def test_a_click_elsewhere_ends_typing_a_note(console: ConsoleWindow, qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(console.capture.note, "Mixed views")
    qtbot.mouseClick(console.capture.current._buttons[2], Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is console
    rating = console.controller.rating()
    assert rating is not None and rating.note == "Mixed views" and rating.current_level == 2
    press(qtbot, Qt.Key.Key_B)  # letters are keys again
    assert console.controller.presentation.curtain.name == "BLANK"


def wheel(widget: QWidget, steps: int) -> bool:
    """Turn the wheel over ``widget``; whether the widget kept the turn (accepted it). Qt
    hands a real turn that is not kept to the scroll area around (the real-X suite sees the
    panel scroll); a synthetic one stops here."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
                        QPoint(0, -120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_a_tally_box_leaves_the_count(console: ConsoleWindow, qtbot: QtBot) -> None:
    console.resize(1024, 600)
    press(qtbot, Qt.Key.Key_S)
    tally = console.capture.tally
    tally.show_tally(None)
    qtbot.waitUntil(tally.isVisible)
    for box in tally._boxes.values():
        box.setFocus()  # even a box being typed in keeps its count
        assert not wheel(box, -2)
        assert box.value() == 0
    combo = console.placement.current
    assert not wheel(combo, -1)
    assert combo.currentIndex() == 0


@pytest.mark.parametrize("key", [Qt.Key.Key_N, Qt.Key.Key_P], ids=["N", "P"])
def test_the_note_being_typed_is_in_view(console: ConsoleWindow, qtbot: QtBot, key: Qt.Key) -> None:
    """With the tally open the notes are below the fold; N or P brings its field into view."""
    console.resize(1366, 600)
    press(qtbot, Qt.Key.Key_S)
    field = console.capture.note if key == Qt.Key.Key_N else console.capture.private_note
    viewport = console.capture_scroll.viewport()

    def in_view() -> bool:
        top = field.mapTo(viewport, QPoint(0, 0))
        bottom = field.mapTo(viewport, field.rect().bottomRight())
        return viewport.rect().contains(top) and viewport.rect().contains(bottom)

    bar = console.capture_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    assert not in_view()
    press(qtbot, key)
    assert field.hasFocus()
    qtbot.waitUntil(in_view)
