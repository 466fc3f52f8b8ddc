"""The dialogs and windows around the console without a mouse: Tab reaches every control in a
sensible order and back round, Esc closes, Enter has a default button, every stop has a name a
screen reader can say and shows that it has the focus; and every menu item has a key letter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.services.restore import describe_problem
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft
from coprod_desktop.storage.backups import take_backup
from coprod_desktop.storage.database import STORE_NAME, Store
from coprod_desktop.storage.errors import DamagedStoreError, NewerSchemaError
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.new_workshop_dialog import NewWorkshopDialog
from coprod_desktop.ui.paper_entry.dialog import PaperEntryDialog
from coprod_desktop.ui.restore_dialog import RestoreChoice, RestoreDialog
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.settings_dialog import SettingsDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow
from tests.storage.damage import folder_with_a_backup
from tests.ui.a11y import (
    check_round,
    cut_off,
    default_button,
    escape_closes,
    focused,
    named,
    shown,
    tab_round,
)
from tests.ui.conftest import MessageBoxes, page


def test_new_workshop_form_tabs_through_fields_groups_and_buttons(
    window: WorkshopListWindow, qtbot: QtBot
) -> None:
    window.workshop_actions.new.trigger()
    dialog = window.findChild(NewWorkshopDialog)
    assert isinstance(dialog, NewWorkshopDialog)
    shown(qtbot, dialog)
    assert focused() is dialog.title_edit  # typing starts with the title
    groups = dialog.groups
    first, last = groups.rows[0], groups.rows[-1]
    fields = [dialog.title_edit, dialog.organisation_edit, dialog.locality_edit,
              dialog.venue_edit, dialog.date_edit, dialog.no_date, dialog.facilitator_edit,
              dialog.purpose_combo, dialog.framework_combo]  # fmt: skip
    group_controls = [first.name_edit, first.people, first.aim, first.remove_button,
                      last.remove_button, groups.add_button]  # fmt: skip
    check_round(
        qtbot, dialog, dialog.tabs.tabBar(), [dialog.tabs.tabBar(), *fields, dialog.ok_button]
    )
    assert named(dialog.date_edit) == "Date"  # its label is its buddy
    assert default_button(dialog) is dialog.ok_button

    dialog.tabs.setCurrentIndex(1)
    stops = check_round(
        qtbot,
        dialog,
        dialog.tabs.tabBar(),
        [dialog.tabs.tabBar(), *group_controls, dialog.ok_button],
    )

    # A group added later takes its place above "Add a group", not after the buttons.
    qtbot.mouseClick(groups.add_button, Qt.MouseButton.LeftButton)
    new = groups.rows[-1]
    qtbot.waitUntil(new.isVisible)  # (Qt shows a row added to a shown list a moment later)
    assert focused() is new.name_edit
    stops = tab_round(qtbot, dialog.tabs.tabBar())
    assert (stops.index(last.remove_button) < stops.index(new.name_edit)
            < stops.index(new.remove_button) < stops.index(groups.add_button)
            < stops.index(dialog.ok_button))  # fmt: skip

    dialog.tabs.setCurrentIndex(2)
    items = dialog.items
    check_round(
        qtbot, dialog, dialog.tabs.tabBar(),
        [dialog.tabs.tabBar(), *items.area_boxes.values(), items.list, items.up, items.down,
         dialog.ok_button],
    )  # fmt: skip
    escape_closes(qtbot, dialog)


def test_settings_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    ok = default_button(dialog)
    store = dialog.organisation
    check_round(qtbot, dialog, dialog.language, [
        dialog.language, store.url, store.password, store.plaintext, store.check, store.forget, ok
    ])  # fmt: skip
    assert named(dialog.language) == "Language"
    assert named(store.url) == "Organisation store address"
    escape_closes(qtbot, dialog)


@pytest.fixture
def paper_workshop(services: AppServices) -> int:
    return services.workshops.create(
        WorkshopDraft(title="Paper day", groups=[GroupDraft("Carers"), GroupDraft("Staff")])
    )


def test_paper_entry_dialog(window: WorkshopListWindow, paper_workshop: int, qtbot: QtBot) -> None:
    assert window.controller is not None
    window.controller.reload(paper_workshop)
    window.workshop_actions.paper_entry.trigger()
    dialog = window.findChild(PaperEntryDialog)
    assert isinstance(dialog, PaperEntryDialog)
    shown(qtbot, dialog)
    check_round(qtbot, dialog, dialog.group_box,
                [dialog.group_box, dialog.table, dialog.save_button, dialog.close_button])  # fmt: skip
    assert not dialog.table.tabKeyNavigation()  # Tab leaves the form's rows
    escape_closes(qtbot, dialog)  # nothing typed: it closes without asking


def test_restore_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder_with_a_backup(folder)
    problem = describe_problem(
        folder, NewerSchemaError(folder / STORE_NAME, "store.newer_schema", revision="9999")
    )
    assert problem is not None
    dialog = RestoreDialog(problem, "Made by a newer CoProd Desktop")
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    assert focused() is dialog.backups
    assert default_button(dialog) is dialog.restore_button
    check_round(
        qtbot, dialog, dialog.backups,
        [dialog.backups, dialog.quit_button, dialog.other_folder_button, dialog.restore_button],
    )  # fmt: skip
    escape_closes(qtbot, dialog)
    assert dialog.choice is RestoreChoice.QUIT  # Esc changes nothing


def test_restore_dialog_with_no_backup(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    problem = describe_problem(
        folder, DamagedStoreError(folder / STORE_NAME, "store.header_cut_short")
    )
    assert problem is not None and not problem.backups
    dialog = RestoreDialog(problem, "Your workshops file is damaged")
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)  # nothing cut off, with the extra words and button
    assert default_button(dialog) is dialog.other_folder_button
    check_round(
        qtbot, dialog, dialog.quit_button,
        [dialog.quit_button, dialog.afresh_button, dialog.other_folder_button],
    )  # fmt: skip
    escape_closes(qtbot, dialog)
    assert dialog.choice is RestoreChoice.QUIT


def test_delete_question(
    window: WorkshopListWindow, services: AppServices, message_boxes: MessageBoxes,
    qtbot: QtBot,
) -> None:  # fmt: skip
    workshop_id = services.workshops.create(WorkshopDraft(title="Old", groups=[GroupDraft("A")]))
    store = services.workshops.store
    take_backup(store.path, store.backups_dir)
    assert window.controller is not None
    window.controller.reload(workshop_id)
    window.workshop_actions.delete.trigger()
    (box,) = message_boxes.boxes
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    shown(qtbot, box)
    tick = box.checkBox()
    assert tick is not None
    stops = tab_round(qtbot, tick)
    for widget in (tick, box.button(QMessageBox.StandardButton.Yes),
                   box.button(QMessageBox.StandardButton.No)):  # fmt: skip
        assert widget in stops and named(widget)
    assert all(named(w) for w in stops)
    escape_closes(qtbot, box)
    assert box.clickedButton() is box.button(QMessageBox.StandardButton.No)  # Esc: No


@pytest.fixture
def controller(store: Store, demo_id: int) -> Iterator[SessionController]:
    yield SessionController(LiveSession(store, demo_id))


def test_results_window(controller: SessionController, qtbot: QtBot) -> None:
    results = ResultsWindow(controller)
    qtbot.addWidget(results)
    shown(qtbot, results)
    check_round(qtbot, results, results.group_box,
                [results.group_box, results.project_button, results.scroller,
                 results.needs_table])  # fmt: skip
    assert named(results.scroller)
    escape_closes(qtbot, results)


def test_saved_results_window(window: WorkshopListWindow, demo_id: int, qtbot: QtBot) -> None:
    """The results opened from the list: no projector button, the same keyboard round."""
    assert window.controller is not None
    window.controller.reload(demo_id)
    results = window.controller.windows.show_results_of_selected()
    assert isinstance(results, ResultsWindow)
    shown(qtbot, results)
    stops = check_round(qtbot, results, results.group_box,
                        [results.group_box, results.scroller, results.needs_table])  # fmt: skip
    assert results.project_button not in stops
    escape_closes(qtbot, results)


def test_overview_window(window: WorkshopListWindow, demo_id: int, qtbot: QtBot) -> None:
    assert window.controller is not None
    window.controller.reload(demo_id)
    window.workshop_actions.ratings.trigger()
    (overview,) = [w for w in window.findChildren(WorkshopOverviewWindow) if w.isVisible()]
    shown(qtbot, overview)
    assert check_round(qtbot, overview, overview.table, [overview.table]) == [overview.table]
    assert not overview.table.tabKeyNavigation()  # Tab is not caught among the cells
    escape_closes(qtbot, overview)


def test_workshop_list_window(window: WorkshopListWindow, demo_id: int, qtbot: QtBot) -> None:
    list_page = page(window)
    empty = list_page.empty_state
    shown(qtbot, window)
    check_round(qtbot, window, empty.demo_button, [empty.demo_button, empty.new_button])
    assert window.controller is not None
    window.controller.reload(demo_id)
    list_page.select_workshop(demo_id)
    details = list_page.details
    qtbot.waitUntil(lambda: any(b.isVisible() for b in details.findChildren(QPushButton)))
    stops = check_round(qtbot, window, list_page.table, [list_page.table, list_page.details])
    assert "Open workshop" in [named(w) for w in stops]


def key_letters(menu: QMenu) -> list[str]:
    """Each item's key letter (the letter after its &), checking it has exactly one."""
    letters = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&&", "")
        assert text.count("&") == 1, f"{text!r} needs one key letter"
        letters.append(text[text.index("&") + 1].lower())
    return letters


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The windows in English, then in Welsh."""
    code = str(request.param)
    switch_language(code, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield code
    install_language("en")


@pytest.fixture
def console(store: Store, demo_id: int, qtbot: QtBot) -> ConsoleWindow:
    window = ConsoleWindow(SessionController(LiveSession(store, demo_id)))
    qtbot.addWidget(window)
    return window


def test_every_menu_item_has_a_key_letter_of_its_own(
    language: str, window: WorkshopListWindow, console: ConsoleWindow
) -> None:
    """Alt and a letter open a menu, a letter picks its item: one letter each, per menu."""
    titles = [a.text() for a in window.menuBar().actions()]
    assert len({t[t.index("&") + 1].lower() for t in titles}) == len(titles), (language, titles)
    menus = [a.menu() for a in window.menuBar().actions()] + [console.export_menu]
    for menu in menus:
        assert isinstance(menu, QMenu)
        letters = key_letters(menu)
        assert len(set(letters)) == len(letters), [a.text() for a in menu.actions()]
    workshop = menus[0]
    assert isinstance(workshop, QMenu)
    assert window.workshop_actions.ratings in workshop.actions()  # reachable by keyboard


@pytest.mark.parametrize("item_by_item", [False, True])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_no_text_is_cut_off_in_the_console(
    language: str, console: ConsoleWindow, qtbot: QtBot, size: tuple[int, int], item_by_item: bool
) -> None:
    console.resize(*size)
    shown(qtbot, console)
    keys = [Qt.Key.Key_S, Qt.Key.Key_Space]  # the tally and the reveal on show
    for key in [Qt.Key.Key_O, *keys] if item_by_item else keys:  # O: the groups × items grid
        qtbot.keyClick(console, key)
    qtbot.wait(50)  # the layout settles on the next turns of the event loop
    assert not cut_off(console), cut_off(console)
