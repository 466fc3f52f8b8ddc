"""Paper entry: typing a filled-in paper form back in by keyboard, from the list and the console.

Every check reads the store back through a second, freshly opened store on the same file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.paper_form import form_items
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import open_store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.paper_entry.dialog import PaperEntryDialog
from coprod_desktop.ui.paper_entry.table import NEEDED, NOW, STORED
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import MessageBoxes

STORED_NOTE = "Said in the room: keep this note."


@pytest.fixture
def workshop_id(services: AppServices) -> int:
    """All 46 default items, two groups; the first has K1 rated (split, with dots and a note)."""
    wid = services.workshops.create(
        WorkshopDraft(title="Paper day", groups=[GroupDraft("Carers", 6), GroupDraft("Staff")])
    )
    live = services.open_session(wid)
    try:
        rating = Rating("K1", RatingStatus.SPLIT, 2, 4, Tally({2: 4, 3: 2}), note=STORED_NOTE)
        live.record("g1", "K1", rating)
    finally:
        live.close()
    return wid


def stored(services: AppServices, workshop_id: int) -> Workshop:
    """The workshop as a second, freshly opened store on the same file reads it."""
    again = open_store(services.data_path)
    try:
        return WorkshopService(again).get(workshop_id)
    finally:
        again.close()


def open_from_list(window: WorkshopListWindow, workshop_id: int) -> PaperEntryDialog:
    assert window.controller is not None
    window.controller.reload(workshop_id)  # the workshop was added after the list was shown
    assert window.workshop_actions.paper_entry.isEnabled()
    window.workshop_actions.paper_entry.trigger()
    dialog = window.findChild(PaperEntryDialog)
    assert isinstance(dialog, PaperEntryDialog)
    return dialog


def cell(dialog: PaperEntryDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def choose_group(dialog: PaperEntryDialog, key: str) -> None:
    dialog.group_box.setCurrentIndex(dialog.group_box.findData(key))


def a_whole_form(dialog: PaperEntryDialog) -> tuple[str, dict[str, Rating]]:
    """Keys for every item of the form, and the ratings they mean: mostly two digits, one
    item skipped (K), one split (S then the digits)."""
    keys, expected = [], {}
    for row, item in enumerate(dialog.items):
        now, needed = 1 + row % 4, 2 + row % 4
        if row == 5:
            keys.append("k")
            expected[item.code] = Rating(item.code, RatingStatus.SKIPPED)
        elif row == 9:
            keys.append(f"s{now}{needed}")
            expected[item.code] = Rating(item.code, RatingStatus.SPLIT, now, needed)
        else:
            keys.append(f"{now}{needed}")
            expected[item.code] = Rating(item.code, RatingStatus.AGREED, now, needed)
    return "".join(keys), expected


def save(qtbot: QtBot, dialog: PaperEntryDialog) -> None:
    qtbot.keyClick(dialog.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_whole_form_typed_by_keyboard_is_stored_exactly_and_undone_in_one_step(
    window: WorkshopListWindow, services: AppServices, workshop_id: int, qtbot: QtBot
) -> None:
    dialog = open_from_list(window, workshop_id)
    choose_group(dialog, "g2")
    keys, expected = a_whole_form(dialog)
    assert len(dialog.items) == 46
    assert dialog.count_label.text() == "0 of 46 entered"

    qtbot.keyClicks(dialog.table, keys[:7])  # three items and a half: now typed, needed next
    assert dialog.count_label.text().startswith("4 of 46 entered")
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (3, NEEDED)
    qtbot.keyClicks(dialog.table, keys[7:])
    assert dialog.count_label.text() == "46 of 46 entered"
    assert sum(len(k) for k in keys) < 2 * 46 + 2  # about two keys an item
    save(qtbot, dialog)

    assert "Saved 46 ratings for Staff" in dialog.message.text()
    after = stored(services, workshop_id)
    assert dict(after.group("g2").ratings) == expected
    assert set(after.group("g1").ratings) == {"K1"}  # the other group is untouched
    assert dialog.count_label.text().startswith("0 of 46 entered · 46 already")

    assert window.workshop_actions.undo.isEnabled()
    window.workshop_actions.undo.trigger()  # one step takes the whole form back
    assert dict(stored(services, workshop_id).group("g2").ratings) == {}
    window.workshop_actions.redo.trigger()
    assert dict(stored(services, workshop_id).group("g2").ratings) == expected


def test_the_dialog_walks_the_items_in_the_printed_forms_order(
    window: WorkshopListWindow, services: AppServices, workshop_id: int
) -> None:
    dialog = open_from_list(window, workshop_id)
    workshop = services.workshops.get(workshop_id)
    assert [i.code for i in dialog.items] == [i.code for i in form_items(workshop)]
    shown = [cell(dialog, row, 1).split()[0] for row in range(46)]
    assert shown == [i.code for i in form_items(workshop)]
    assert cell(dialog, 0, 0) == "1"


def test_overwriting_a_stored_rating_asks_first(
    window: WorkshopListWindow,
    services: AppServices,
    workshop_id: int,
    qtbot: QtBot,
    message_boxes: MessageBoxes,
) -> None:
    dialog = open_from_list(window, workshop_id)
    assert dialog.group_key == "g1"
    row = [i.code for i in dialog.items].index("K1")
    assert cell(dialog, row, STORED) == "2 → 4 split"
    assert dialog.table.currentRow() == row + 1  # starts at the first item not yet rated
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    qtbot.keyClicks(dialog.table, "3545")  # K1, then K2
    assert cell(dialog, row, STORED) == "2 → 4 split · replaced on save"

    message_boxes.answer = message_boxes.answer.Cancel
    save(qtbot, dialog)
    assert [m.title for m in message_boxes.of_kind("question")] == [
        "Replace ratings already in the workshop?"
    ]
    assert "K1" in message_boxes.shown[-1].text
    assert set(stored(services, workshop_id).group("g1").ratings) == {"K1"}  # nothing saved

    message_boxes.answer = message_boxes.answer.No  # keep what is stored, save the rest
    save(qtbot, dialog)
    kept = stored(services, workshop_id).group("g1").ratings
    assert kept["K1"].current_level == 2 and kept["K1"].status is RatingStatus.SPLIT
    assert kept["K2"] == Rating("K2", RatingStatus.AGREED, 4, 5)

    dialog.table.setCurrentCell(row, NOW)  # back to K1, as a click on its "Now" cell does
    qtbot.keyClicks(dialog.table, "s25")  # still split on paper, needing more
    message_boxes.answer = message_boxes.answer.Yes
    save(qtbot, dialog)
    replaced = stored(services, workshop_id).group("g1").ratings["K1"]
    # The levels come from the paper; the split's dots (which agree with it) and the note stay.
    assert (replaced.current_level, replaced.required_level) == (2, 5)
    assert replaced.status is RatingStatus.SPLIT
    assert replaced.note == STORED_NOTE and replaced.tally == Tally({2: 4, 3: 2})


def test_a_level_off_the_scale_is_refused_with_the_range(
    window: WorkshopListWindow, workshop_id: int, qtbot: QtBot
) -> None:
    dialog = open_from_list(window, workshop_id)
    choose_group(dialog, "g2")
    qtbot.keyClicks(dialog.table, "7")
    assert "levels run from 1 to 5" in dialog.message.text()
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (0, NOW)
    assert dialog.entered() == 0


def test_closing_with_a_typed_form_not_saved_asks(
    window: WorkshopListWindow, workshop_id: int, qtbot: QtBot, message_boxes: MessageBoxes
) -> None:
    dialog = open_from_list(window, workshop_id)
    qtbot.keyClicks(dialog.table, "23")
    message_boxes.answer = message_boxes.answer.No
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "Carers" in message_boxes.of_kind("question")[-1].text
    message_boxes.answer = message_boxes.answer.Yes
    dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.fixture
def console(services: AppServices, workshop_id: int, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    window = ConsoleWindow(SessionController(services.open_session(workshop_id)))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_from_the_console_the_entry_is_one_undoable_capture_step(
    console: ConsoleWindow, services: AppServices, workshop_id: int, qtbot: QtBot
) -> None:
    c = console.controller
    c.run(c.live.next_group)
    texts = [a.text().replace("&", "") for a in console.export_menu.actions()]
    assert texts.count("Enter from paper forms…") == 1
    dialog = console.enter_from_paper()
    assert isinstance(dialog, PaperEntryDialog)
    assert dialog.group_key == "g2"  # the group being captured
    qtbot.keyClicks(dialog.table, "12k34")
    save(qtbot, dialog)

    first, second, third = (i.code for i in dialog.items[:3])
    expected = {
        first: Rating(first, RatingStatus.AGREED, 1, 2),
        second: Rating(second, RatingStatus.SKIPPED),
        third: Rating(third, RatingStatus.AGREED, 3, 4),
    }
    assert dict(stored(services, workshop_id).group("g2").ratings) == expected
    assert dict(c.workshop.group("g2").ratings) == expected  # the console sees them at once
    assert "3 of 46 items rated" in console.heading.progress_label.text()
    assert c.undo_stack.count() == 1

    c.undo_stack.undo()
    assert dict(stored(services, workshop_id).group("g2").ratings) == {}
    assert dict(c.workshop.group("g2").ratings) == {}


def test_the_list_hands_the_entry_to_an_open_console(
    window: WorkshopListWindow, services: AppServices, workshop_id: int, qtbot: QtBot
) -> None:
    assert window.controller is not None
    window.controller.windows.open_console(workshop_id)
    window.controller.reload(workshop_id)
    dialog = window.controller.windows.enter_from_paper()
    assert isinstance(dialog, PaperEntryDialog)
    console = dialog.parent()
    assert isinstance(console, ConsoleWindow)
    assert console.controller.workshop.uid == services.workshops.get(workshop_id).uid
    dialog.close_button.click()
    console.close()
    qtbot.waitUntil(lambda: not console.isVisible())
