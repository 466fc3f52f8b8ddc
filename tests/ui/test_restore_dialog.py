"""A store that cannot be opened: the restore dialog names the problem, lists the good backups
with their dates and workshop counts, and restores, opens another folder, or quits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.services.restore import describe_problem
from coprod_desktop.storage.database import STORE_NAME
from coprod_desktop.storage.errors import NewerSchemaError
from coprod_desktop.ui.application import open_workshops
from coprod_desktop.ui.restore_dialog import RestoreDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.storage.damage import damage, folder_with_a_backup
from tests.ui.conftest import MessageBoxes, page, status_text


@pytest.fixture
def exit_codes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    return codes


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    folder_with_a_backup(data)
    return data


def start_gui(data: Path) -> tuple[QApplication, WorkshopListWindow]:
    """What the app does at start-up, on the test's themed QApplication (re-theming the app
    per test restyles every widget earlier tests left behind)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = WorkshopListWindow()
    window.show()
    open_workshops(app, window, data)
    return app, window


def shown_dialog(qtbot: QtBot, window: WorkshopListWindow) -> RestoreDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RestoreDialog)))
    (dialog,) = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    return dialog


def texts(dialog: RestoreDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_damaged_store_restores_the_latest_backup(
    qtbot: QtBot, folder: Path, message_boxes: MessageBoxes, exit_codes: list[int]
) -> None:
    original = damage(folder, "damaged page")
    app, window = start_gui(folder)
    qtbot.addWidget(window)
    try:
        dialog = shown_dialog(qtbot, window)
        assert dialog.windowTitle() == "Your workshops file is damaged"
        assert f"{folder / STORE_NAME} is damaged" in texts(dialog)
        assert dialog.backups.count() == 1
        assert "1 workshop" in dialog.backups.item(0).text()
        assert dialog.restore_button.text() == "Restore latest"
        assert dialog.restore_button.isEnabled()

        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.controller is not None)

        assert page(window).model.rowCount() == 1  # the backup's one workshop
        (aside,) = [p for p in folder.glob(f"{STORE_NAME}.damaged-*") if p.name[-4:] != "-shm"
                    and p.name[-4:] != "-wal"]  # fmt: skip
        assert aside.read_bytes() == original
        (info,) = message_boxes.of_kind("information")
        assert info.title == "Backup restored"
        assert str(aside) in info.text
        assert exit_codes == []
    finally:
        app.aboutToQuit.emit()


def test_quit_leaves_the_file_as_it_is(qtbot: QtBot, folder: Path, exit_codes: list[int]) -> None:
    original = damage(folder, "text")
    _app, window = start_gui(folder)
    qtbot.addWidget(window)
    dialog = shown_dialog(qtbot, window)
    assert dialog.windowTitle() == "This is not a CoProd Desktop file"
    assert "It is not damaged, and it will not be changed" in texts(dialog)

    dialog.quit_button.click()

    assert exit_codes == [1]
    assert (folder / STORE_NAME).read_bytes() == original
    assert not list(folder.glob(f"{STORE_NAME}.*-*"))
    assert window.controller is None


def test_another_data_folder_can_be_chosen(
    qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    exit_codes: list[int],
) -> None:  # fmt: skip
    original = damage(folder, "newer")
    elsewhere = tmp_path / "usb-stick"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(elsewhere))
    )
    app, window = start_gui(folder)
    qtbot.addWidget(window)
    try:
        dialog = shown_dialog(qtbot, window)
        assert "newer CoProd Desktop (schema 9999)" in texts(dialog)
        assert "It is not damaged: installing that version opens it" in texts(dialog)

        dialog.other_folder_button.click()
        qtbot.waitUntil(lambda: window.controller is not None)

        assert (elsewhere / STORE_NAME).exists()
        assert str(elsewhere) in status_text(window)
        assert (folder / STORE_NAME).read_bytes() == original
        assert exit_codes == []
    finally:
        app.aboutToQuit.emit()


def test_no_good_backup_offers_another_folder_or_quit(
    qtbot: QtBot, tmp_path: Path, exit_codes: list[int]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / STORE_NAME).write_bytes(b"")
    _app, window = start_gui(data)
    qtbot.addWidget(window)
    dialog = shown_dialog(qtbot, window)
    assert "No good automatic backup was found" in texts(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.other_folder_button.isDefault()
    assert dialog.afresh_button.isVisible()
    dialog.reject()  # closing the window is quitting
    assert exit_codes == [1]
    assert (data / STORE_NAME).read_bytes() == b""


def test_with_no_good_backup_the_app_can_start_with_an_empty_file(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes, exit_codes: list[int]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / STORE_NAME).write_bytes(b"half a file")
    app, window = start_gui(data)
    qtbot.addWidget(window)
    try:
        dialog = shown_dialog(qtbot, window)
        assert "Starting with an empty file sets this one aside" in texts(dialog)
        qtbot.mouseClick(dialog.afresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.controller is not None)

        assert page(window).model.rowCount() == 0  # an empty store, open for new work
        (aside,) = [p for p in data.glob(f"{STORE_NAME}.*-*") if p.suffix not in ("-wal", "-shm")]
        assert aside.read_bytes() == b"half a file"
        (info,) = message_boxes.of_kind("information")
        assert info.title == "Started afresh" and str(aside) in info.text
        assert exit_codes == []
    finally:
        app.aboutToQuit.emit()


def test_a_good_backup_is_offered_instead_of_an_empty_file(
    qtbot: QtBot, folder: Path, exit_codes: list[int]
) -> None:
    damage(folder, "truncated")
    _app, window = start_gui(folder)
    qtbot.addWidget(window)
    dialog = shown_dialog(qtbot, window)
    assert dialog.restore_button.isEnabled() and not dialog.afresh_button.isVisible()
    dialog.reject()  # quitting
    assert exit_codes == [1]


def test_picking_an_older_backup(qtbot: QtBot, folder: Path) -> None:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    with open_data_folder(folder) as data:  # a third workshop, backed up on the next open
        create_demo(data.store)
    open_data_folder(folder).close()
    damage(folder, "truncated")
    problem = describe_problem(
        folder, NewerSchemaError(folder / STORE_NAME, "store.newer_schema", revision="9999")
    )
    assert problem is not None
    dialog = RestoreDialog(problem, "Made by a newer CoProd Desktop")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.backups.item(i).text().split("·")[1].strip() for i in range(2)] == [
        "3 workshops",
        "2 workshops",
    ]
    dialog.backups.setCurrentRow(1)
    assert dialog.restore_button.text() == "Restore this backup"
    assert dialog.selected_backup() == problem.backups[1].path


def damaged_store_dialog(folder: Path) -> RestoreDialog:
    """The dialog for a demo store with a damaged page and a good backup, showing the path a
    facilitator would see rather than the temporary folder (also used for the docs'
    screenshot by scripts/screenshots.py)."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo
    from coprod_desktop.services.restore import find_problem

    with open_data_folder(folder) as data:
        create_demo(data.store)
    open_data_folder(folder).close()
    damage(folder, "damaged page")
    problem = find_problem(folder)
    assert problem is not None
    error = problem.error
    shown_path = Path("/home/sam/.local/share/coprod-desktop") / STORE_NAME
    values = {k: v for k, v in error.values.items() if k != "path"}
    shown = dataclasses.replace(problem, error=type(error)(shown_path, error.code, **values))
    return RestoreDialog(shown, "Your workshops file is damaged")


def test_the_restore_dialog_renders_at_a_readable_size(
    qtbot: QtBot, folder: Path, tmp_path: Path
) -> None:
    dialog = damaged_store_dialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    assert image.width() >= 600
    assert image.save(str(tmp_path / "restore-dialog.png"))
