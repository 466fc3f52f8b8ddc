"""The console updates only what a saved rating changed, and still shows the truth."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.console.window import ConsoleWindow
from tests.ui.conftest import shown_console

ITEMS = ["K1", "K2", "H1"]


@pytest.fixture
def console(store: Store, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    wid = WorkshopService(store).create(
        WorkshopDraft(
            title="Updates",
            groups=[GroupDraft("Users", 4), GroupDraft("Staff", 3)],
            item_codes=ITEMS,
        )
    )
    yield shown_console(qtbot, store, wid)


def _changes(model: QAbstractItemModel) -> list[tuple[int, int, int, int]]:
    seen: list[tuple[int, int, int, int]] = []

    def note(top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        seen.append((top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column()))

    model.dataChanged.connect(note)
    return seen


def test_a_saved_rating_changes_one_row_and_one_cell(console: ConsoleWindow, qtbot: QtBot) -> None:
    c = console.controller
    c.run(c.live.jump, item_code="K2")
    rows, cells = _changes(console.items.model()), _changes(console.grid.model())
    qtbot.keyClick(console, Qt.Key.Key_3)
    assert rows == [(1, 0, 1, 0)]
    assert cells == [(1, 0, 1, 0)]
    assert console.items.model().index(1, 0).data().startswith("✓  K2")
    assert console.grid.model().index(1, 0).data().startswith("✓3")


def test_undo_in_another_group_updates_its_cell_not_the_list(
    console: ConsoleWindow, qtbot: QtBot
) -> None:
    c = console.controller
    qtbot.keyClick(console, Qt.Key.Key_2)  # Users, K1
    c.run(c.live.next_group)
    rows, cells = _changes(console.items.model()), _changes(console.grid.model())
    c.undo_stack.undo()  # takes back the Users rating while Staff is on show
    assert rows == []  # the list shows Staff, whose ratings did not change
    assert cells == [(0, 0, 0, 0)]
    assert console.grid.model().index(0, 0).data() == "○"
    assert console.items.model().index(0, 0).data().startswith("○  K1")


def test_level_buttons_mark_only_the_chosen_level(console: ConsoleWindow, qtbot: QtBot) -> None:
    buttons = console.capture.current._buttons
    for k, level in ((Qt.Key.Key_2, 2), (Qt.Key.Key_4, 4), (Qt.Key.Key_1, 1)):
        qtbot.keyClick(console, k)
        marked = [n for n, b in buttons.items() if b.text().startswith("● ")]
        checked = [n for n, b in buttons.items() if b.isChecked()]
        assert marked == checked == [level]
    qtbot.keyClick(console, Qt.Key.Key_Delete)
    assert not any(b.text().startswith("● ") or b.isChecked() for b in buttons.values())


def test_an_unrelated_save_keeps_the_actions_list(console: ConsoleWindow, qtbot: QtBot) -> None:
    console.controller.run(console.controller.live.add_action, "Book a room", "Sam", "g1")
    entries = console.actions_panel.list
    entries.setCurrentRow(0)
    qtbot.keyClick(console, Qt.Key.Key_3)  # a rating, not an action
    assert entries.count() == 1 and entries.currentRow() == 0
