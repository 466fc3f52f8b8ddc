"""The workshop list on a real store: demo, delete with undo, duplicate, import, export."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.ui.workshop_list.import_preview import ImportPreviewDialog
from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow
from tests.ui.conftest import ChosenFiles, MessageBoxes, menu, page


def add_demo(window: WorkshopListWindow, qtbot: QtBot) -> int:
    qtbot.mouseClick(page(window).empty_state.demo_button, Qt.MouseButton.LeftButton)
    selected = page(window).selected_workshop()
    assert selected is not None
    return selected.id


def ratings_in(services: AppServices, workshop_id: int) -> int:
    return services.workshops.get(workshop_id).ratings_recorded


def test_first_launch_offers_the_demo_and_opening_it_fills_the_list(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    assert page(window).empty_state.isVisible()
    assert page(window).model.rowCount() == 0
    assert not window.workshop_actions.open.isEnabled()
    assert not window.workshop_actions.delete.isEnabled()

    demo_id = add_demo(window, qtbot)

    assert not page(window).empty_state.isVisible()
    assert page(window).table.isVisible()
    assert page(window).model.rowCount() == 1
    assert [w.id for w in services.workshops.list()] == [demo_id]
    assert window.workshop_actions.open.isEnabled()
    assert window.workshop_actions.undo.isEnabled()


def test_details_panel_shows_the_selected_workshop(
    window: WorkshopListWindow, qtbot: QtBot
) -> None:
    add_demo(window, qtbot)

    details = page(window).details.widget()
    assert details is not None
    shown = {label.text() for label in details.findChildren(QLabel)}
    assert "Wenbury tenancy support: co-production readiness" in shown
    assert "Live self-assessment" in shown
    assert "Service users and carers" in shown
    assert "Active Involvement → Co-delivery" in shown
    assert "40 of 40 items rated" in shown
    assert "9 people" in shown


def test_delete_asks_first_and_undo_brings_back_every_rating(
    window: WorkshopListWindow,
    services: AppServices,
    message_boxes: MessageBoxes,
    qtbot: QtBot,
) -> None:
    demo_id = add_demo(window, qtbot)
    before = services.workshops.get(demo_id)

    message_boxes.answer = QMessageBox.StandardButton.No
    window.workshop_actions.delete.trigger()
    (question,) = message_boxes.of_kind("question")
    assert before.title in question.text
    assert f"{before.ratings_recorded} ratings" in question.text
    assert len(services.workshops.list()) == 1  # "No" keeps it

    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.workshop_actions.delete.trigger()
    assert services.workshops.list() == []
    assert page(window).empty_state.isVisible()

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    (restored,) = services.workshops.list()
    assert restored.uid == before.uid
    assert ratings_in(services, restored.id) == before.ratings_recorded
    assert services.workshops.get(restored.id) == before
    selected = page(window).selected_workshop()
    assert selected is not None and selected.id == restored.id

    window.workshop_actions.redo.trigger()
    assert services.workshops.list() == []


def test_duplicate_makes_an_empty_follow_up_that_undo_removes(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    demo_id = add_demo(window, qtbot)
    original = services.workshops.get(demo_id)

    window.workshop_actions.duplicate.trigger()

    follow_up_summary = page(window).selected_workshop()
    assert follow_up_summary is not None and follow_up_summary.id != demo_id
    follow_up = services.workshops.get(follow_up_summary.id)
    assert follow_up.baseline_uid == original.uid
    assert follow_up.ratings_recorded == 0
    assert follow_up.title.endswith("(follow-up)")

    window.workshop_actions.undo.trigger()
    assert [w.uid for w in services.workshops.list()] == [original.uid]


def test_importing_a_bad_file_warns_and_changes_nothing(
    window: WorkshopListWindow,
    services: AppServices,
    message_boxes: MessageBoxes,
    chosen_files: ChosenFiles,
    qtbot: QtBot,
) -> None:
    add_demo(window, qtbot)
    before = services.workshops.list()
    undo_steps = window.controller.undo_stack.count() if window.controller else -1
    bad = services.data_path.parent / "broken.coprod"
    bad.write_bytes(b'{"format": "coprod-workshop", "workshop": ')
    chosen_files.to_open = bad

    window.workshop_actions.import_file.trigger()

    qtbot.waitUntil(lambda: bool(message_boxes.of_kind("warning")))  # read off the UI thread
    (warning,) = message_boxes.of_kind("warning")
    assert "broken.coprod" in warning.text
    assert services.workshops.list() == before
    assert page(window).model.rowCount() == len(before)
    assert window.controller is not None
    assert window.controller.undo_stack.count() == undo_steps


def test_export_then_import_adds_a_copy_that_undo_removes(
    window: WorkshopListWindow,
    services: AppServices,
    message_boxes: MessageBoxes,
    chosen_files: ChosenFiles,
    qtbot: QtBot,
) -> None:
    add_demo(window, qtbot)
    chosen_files.to_save = services.data_path.parent / "shared"  # the app adds .coprod
    window.workshop_actions.export_file.trigger()
    written = services.data_path.parent / "shared.coprod"
    assert written.is_file()
    (asked,) = message_boxes.shown  # the demo has private notes: asked, kept (No)
    assert asked.title == "Private notes"
    assert "A workshop file carries them to whoever opens it" in asked.text
    assert '"private_note": "' in written.read_text() and private_notes(written) > 0

    chosen_files.to_open = written

    def preview_shown() -> ImportPreviewDialog:  # the file is read off the UI thread
        qtbot.waitUntil(lambda: bool(previews()))
        (shown,) = previews()
        return shown

    def previews() -> list[ImportPreviewDialog]:
        return [d for d in window.findChildren(ImportPreviewDialog) if d.isVisible()]

    window.workshop_actions.import_file.trigger()  # previewed first: Cancel changes nothing
    preview = preview_shown()
    assert preview.path == written and preview.heading.text().startswith("Wenbury")
    preview.reject()
    assert len(services.workshops.list()) == 1
    window.workshop_actions.import_file.trigger()
    preview_shown().import_button.click()
    qtbot.waitUntil(lambda: page(window).model.rowCount() == 2)  # added off the UI thread
    assert len(services.workshops.list()) == 2

    window.workshop_actions.undo.trigger()
    assert len(services.workshops.list()) == 1
    assert len(message_boxes.shown) == 1


def private_notes(path: Path) -> int:
    document = json.loads(path.read_text())
    return sum(
        1 for g in document["workshop"]["groups"] for r in g["ratings"] if r.get("private_note")
    )


def test_a_workshop_file_can_leave_the_private_notes_out(
    window: WorkshopListWindow,
    services: AppServices,
    message_boxes: MessageBoxes,
    chosen_files: ChosenFiles,
    qtbot: QtBot,
) -> None:
    add_demo(window, qtbot)
    chosen_files.to_save = services.data_path.parent / "to-share.coprod"
    message_boxes.answer = QMessageBox.StandardButton.Yes  # leave them out
    window.workshop_actions.export_file.trigger()
    written = services.data_path.parent / "to-share.coprod"
    assert written.is_file()
    assert private_notes(written) == 0
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    chosen_files.to_save = services.data_path.parent / "not-made.coprod"
    window.workshop_actions.export_file.trigger()
    assert not chosen_files.to_save.exists()


def test_undo_follows_a_workshop_whose_id_changed(
    window: WorkshopListWindow,
    services: AppServices,
    message_boxes: MessageBoxes,
    qtbot: QtBot,
) -> None:
    """Demo, delete, undo the delete (new id), then undo the demo: it must still go."""
    add_demo(window, qtbot)
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.workshop_actions.delete.trigger()
    window.workshop_actions.undo.trigger()  # back, under a new id
    assert len(services.workshops.list()) == 1

    window.workshop_actions.undo.trigger()  # undo "Add the demo workshop"

    assert services.workshops.list() == []
    assert page(window).empty_state.isVisible()
    window.workshop_actions.redo.trigger()
    assert len(services.workshops.list()) == 1
    assert message_boxes.of_kind("warning") == []


def test_open_shows_the_overview_with_split_cells(window: WorkshopListWindow, qtbot: QtBot) -> None:
    add_demo(window, qtbot)

    window.workshop_actions.ratings.trigger()

    overviews = [w for w in window.findChildren(WorkshopOverviewWindow) if w.isVisible()]
    assert len(overviews) == 1
    model = overviews[0].model
    texts = [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(1, model.columnCount())
    ]
    assert any(t.startswith("split ") for t in texts)
    assert "skipped" in texts

    window.workshop_actions.ratings.trigger()  # asking again raises the same window
    assert len([w for w in window.findChildren(WorkshopOverviewWindow) if w.isVisible()]) == 1


def test_deleting_a_workshop_closes_its_overview(
    window: WorkshopListWindow, message_boxes: MessageBoxes, qtbot: QtBot
) -> None:
    add_demo(window, qtbot)
    window.workshop_actions.ratings.trigger()
    (overview,) = window.findChildren(WorkshopOverviewWindow)
    message_boxes.answer = QMessageBox.StandardButton.Yes

    window.workshop_actions.delete.trigger()

    assert not overview.isVisible()


def test_return_in_the_list_opens_the_workshop(window: WorkshopListWindow, qtbot: QtBot) -> None:
    add_demo(window, qtbot)
    window.activateWindow()
    page(window).table.setFocus()

    qtbot.keyClick(page(window).table, Qt.Key.Key_Return)

    from PySide6.QtWidgets import QApplication

    from coprod_desktop.ui.console.window import ConsoleWindow

    consoles = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow) and w.isVisible()
    ]
    assert len(consoles) == 1
    assert consoles[0].room is not None  # the projector view came with it
    assert consoles[0].controller.workshop.title.startswith("Wenbury")
    controller = consoles[0].controller
    assert controller.parent() is consoles[0]  # the session goes with its console
    consoles[0].close()
    # Deleted on this thread once closed, session and all: not left to Python's cycle
    # collector, which could free it on an export's worker thread with its timers live here.
    from shiboken6 import isValid

    qtbot.waitUntil(lambda: not isValid(consoles[0]) and not isValid(controller))


def test_results_open_from_the_list_as_saved_without_a_session_or_projector(
    window: WorkshopListWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.ui.console.window import ConsoleWindow
    from coprod_desktop.ui.results.window import ResultsWindow

    add_demo(window, qtbot)
    assert window.controller is not None
    results = window.controller.windows.show_results_of_selected()
    assert isinstance(results, ResultsWindow)
    qtbot.waitExposed(results)
    assert not results.live and not results.project_button.isVisible()
    texts = [label.text() for label in results.findChildren(QLabel)]
    assert any(text.startswith("As saved") for text in texts)
    workshop = results.controller.workshop
    assert [results.group_box.itemData(i) for i in range(results.group_box.count())] == [
        g.key for g in workshop.groups
    ]
    assert results.needs_table.rowCount() > 0  # the demo has training needs to show
    # No live session was opened for it: no console, and the list still says it is not running.
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow) and w.isVisible()
    ]
    results.close()
    from shiboken6 import isValid

    qtbot.waitUntil(lambda: not isValid(results))  # deleted on close, on this thread


def test_the_results_action_is_in_the_workshop_menu_and_needs_a_selection(
    window: WorkshopListWindow, qtbot: QtBot
) -> None:
    actions = window.workshop_actions
    workshop_menu = menu(window, 0)
    assert actions.results in workshop_menu.actions()
    assert not actions.results.isEnabled()  # nothing selected yet
    add_demo(window, qtbot)
    assert actions.results.isEnabled()
