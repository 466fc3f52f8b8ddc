"""Deleting from the workshop list: the question says plainly that automatic backups still
hold the workshop, and ticking "Also remove it from the automatic backups" purges them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft
from coprod_desktop.storage.backups import take_backup
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import MessageBoxes, page

TITLE = '<b>R&D</b> <img src="x"> day'


@pytest.fixture
def backed_up(services: AppServices, qtbot: QtBot) -> Iterator[tuple[WorkshopListWindow, str]]:
    """A workshop with markup in its title, held by two automatic backups, selected."""
    workshop_id = services.workshops.create(WorkshopDraft(title=TITLE, groups=[GroupDraft("A")]))
    store = services.workshops.store
    for _ in range(2):
        take_backup(store.path, store.backups_dir)
    window = WorkshopListWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    page(window).select_workshop(workshop_id)
    yield window, services.workshops.get(workshop_id).uid
    window.close()


def test_the_question_says_backups_keep_it_and_ticking_purges_them(
    backed_up: tuple[WorkshopListWindow, str],
    services: AppServices,
    message_boxes: MessageBoxes,
) -> None:
    window, uid = backed_up
    message_boxes.answer, message_boxes.tick = QMessageBox.StandardButton.Yes, True
    window.workshop_actions.delete.trigger()

    (box,) = message_boxes.boxes
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"Delete “{TITLE}”?" in box.text()  # the markup shown as typed, not obeyed
    assert "2 automatic backups of your workshops still hold it" in box.text()
    assert "That cannot be undone." in box.text()
    assert box.checkBox().text() == "Also remove it from the automatic backups"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)

    assert services.workshops.list() == []
    assert services.workshops.backups_holding(uid) == ()
    assert window.statusBar().currentMessage() == "Removed it from 2 automatic backups."
    assert message_boxes.of_kind("warning") == []


def test_without_the_tick_the_backups_keep_it_and_undo_still_brings_it_back(
    backed_up: tuple[WorkshopListWindow, str],
    services: AppServices,
    message_boxes: MessageBoxes,
) -> None:
    window, uid = backed_up
    message_boxes.answer, message_boxes.tick = QMessageBox.StandardButton.Yes, False
    window.workshop_actions.delete.trigger()
    assert services.workshops.list() == []
    assert len(services.workshops.backups_holding(uid)) == 2
    window.workshop_actions.undo.trigger()
    assert [w.uid for w in services.workshops.list()] == [uid]


def test_no_keeps_everything(
    backed_up: tuple[WorkshopListWindow, str],
    services: AppServices,
    message_boxes: MessageBoxes,
) -> None:
    window, uid = backed_up
    message_boxes.answer, message_boxes.tick = QMessageBox.StandardButton.No, True
    window.workshop_actions.delete.trigger()
    assert [w.uid for w in services.workshops.list()] == [uid]
    assert len(services.workshops.backups_holding(uid)) == 2
