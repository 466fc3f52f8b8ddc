"""A healthy store another program holds, at start-up: its own dialog (try again, another folder,
quit), never the restore dialog; trying again once it is let go opens every workshop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.storage.database import STORE_NAME
from coprod_desktop.ui.application import open_workshops
from coprod_desktop.ui.restore_dialog import RestoreDialog
from coprod_desktop.ui.store_unavailable import StoreUnavailableDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.storage.damage import folder_with_a_backup
from tests.storage.holder import held
from tests.ui.conftest import page


@pytest.fixture
def exit_codes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    return codes


def shown(qtbot: QtBot, window: WorkshopListWindow) -> StoreUnavailableDialog:
    def visible() -> list[StoreUnavailableDialog]:
        return [d for d in window.findChildren(StoreUnavailableDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(visible()))
    (dialog,) = visible()
    return dialog


def test_a_busy_store_is_retried_never_restored(
    qtbot: QtBot, tmp_path: Path, exit_codes: list[int]
) -> None:
    data = tmp_path / "data"
    folder_with_a_backup(data)  # the store holds two workshops, its only backup one
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = WorkshopListWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        with held(data / STORE_NAME, "exclusively"):
            open_workshops(app, window, data)
            dialog = shown(qtbot, window)
            assert not window.findChildren(RestoreDialog)
            assert dialog.windowTitle() == "Your workshops file is in use"
            words = "\n".join(label.text() for label in dialog.findChildren(QLabel))
            assert "in use by another program" in words and "not damaged" in words
            assert "Close the program that has the file open" in words
            assert dialog.try_again_button.isDefault()
            qtbot.mouseClick(dialog.try_again_button, Qt.MouseButton.LeftButton)
            again = shown(qtbot, window)  # still held: asked again, nothing changed
            assert again is not dialog
        qtbot.mouseClick(again.try_again_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.controller is not None)
        assert page(window).model.rowCount() == 2  # the newer work, not the backup's one
        assert not list(data.glob(f"{STORE_NAME}.*-*"))
        assert exit_codes == []
    finally:
        app.aboutToQuit.emit()
