"""Full disk and read-only folder during a session: a clear message, nothing already saved is
lost, the session carries on in memory, and the kept steps are saved on the next change, by
"Retry saving", or written elsewhere with "Save to another folder…"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.session.unsaved_bar import UnsavedBar, confirm_close_with_unsaved
from tests.services.refusing_disk import RefusingDisk
from tests.storage.tmpfs import fill, small_filesystem
from tests.ui.conftest import ChosenFiles, MessageBoxes
from tests.worded import worded


@pytest.fixture
def disk(store: Store) -> Iterator[RefusingDisk]:
    """The store refuses every write while ``disk.refusing``."""
    refusing = RefusingDisk(store)
    refusing.refusing = True
    yield refusing
    refusing.remove()


def read_only(controller: SessionController) -> str:
    return f"The folder {controller.live.store.path.parent} is read-only — "


@pytest.fixture
def controller(store: Store, demo_id: int, qtbot: QtBot) -> Iterator[SessionController]:
    c = SessionController(LiveSession(store, demo_id))
    yield c
    c.deleteLater()


def on_disk(controller: SessionController, group_key: str, item_code: str) -> object:
    workshop, _ = controller.live.load()
    return workshop.group(group_key).ratings.get(item_code)


def test_full_disk_keeps_the_session_going_and_saves_on_the_next_change(
    controller: SessionController, disk: RefusingDisk, qtbot: QtBot
) -> None:
    key, first = controller.cursor.group_key, controller.cursor.item_code
    before = on_disk(controller, key, first)
    changes = controller.run(controller.live.set_current_level, 1)
    assert worded(changes.problem).startswith(read_only(controller))
    assert "Everything saved before is safe" in worded(changes.problem)
    shown = controller.rating()
    assert shown is not None and shown.current_level == 1  # the room and console carry on
    assert controller.undo_stack.count() == 1
    assert controller.unsaved_count == 1
    assert on_disk(controller, key, first) == before  # the earlier rating is intact

    controller.run(controller.live.next_item)
    second = controller.cursor.item_code
    controller.run(controller.live.set_current_level, 2)
    assert controller.unsaved_count >= 2

    disk.refusing = False  # space freed: the next change saves everything kept, in order
    with qtbot.waitSignal(controller.changed) as heard:
        controller.run(controller.live.set_required_level, 5)
    assert heard.args[0].unsaved == 0 and heard.args[0].saved
    assert on_disk(controller, key, first) == controller.rating(key, first)
    assert on_disk(controller, key, second) == controller.rating(key, second)
    _, cursor = controller.live.load()
    assert cursor.item_code == second
    assert controller.live.store.integrity_check() == ["ok"]


def test_undo_while_the_disk_is_full_stays_in_memory_then_saves(
    controller: SessionController, disk: RefusingDisk
) -> None:
    key, code = controller.cursor.group_key, controller.cursor.item_code
    before = controller.rating()
    controller.run(controller.live.set_current_level, 4)
    controller.undo_stack.undo()
    assert controller.rating() == before
    disk.refusing = False
    assert controller.run(controller.live.retry_saving).saved
    assert on_disk(controller, key, code) == before
    assert controller.unsaved_count == 0


def test_retry_saving_says_so_while_the_disk_is_still_full(
    controller: SessionController, disk: RefusingDisk, qtbot: QtBot
) -> None:
    controller.run(controller.live.set_current_level, 3)
    changes = controller.run(controller.live.retry_saving)
    assert worded(changes.problem).startswith(read_only(controller)) and not changes.saved
    disk.refusing = False
    changes = controller.run(controller.live.retry_saving)
    assert changes.saved and changes.problem is None and changes.unsaved == 0


def test_save_to_another_folder_writes_the_whole_workshop_as_on_screen(
    controller: SessionController,
    *,
    disk: RefusingDisk,
    qtbot: QtBot,
    tmp_path: Path,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
) -> None:
    bar = UnsavedBar(controller)
    qtbot.addWidget(bar)
    assert bar.isHidden()
    controller.run(controller.live.set_current_level, 2)
    controller.run(controller.live.set_note, "Written while the disk was full")
    assert not bar.isHidden()
    assert bar.retry_button.text() == "Retry saving (1)"

    chosen_files.to_save = tmp_path / "usb" / "rescued.coprod"
    chosen_files.to_save.parent.mkdir()
    bar.save_elsewhere_button.click()

    (info,) = message_boxes.of_kind("information")
    assert str(chosen_files.to_save) in info.text
    with open_data_folder(tmp_path / "other-laptop") as other:
        new_id = WorkshopExchange(other.store).import_file(chosen_files.to_save)
        rescued, _ = LiveSession(other.store, new_id).load()
    rating = rescued.group(controller.cursor.group_key).ratings[controller.cursor.item_code]
    assert (rating.current_level, rating.note) == (2, "Written while the disk was full")

    disk.refusing = False
    bar.retry_button.click()
    assert bar.isHidden()


def test_closing_with_unsaved_changes_asks_first(
    controller: SessionController,
    disk: RefusingDisk,
    qtbot: QtBot,
    message_boxes: MessageBoxes,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    controller.run(controller.live.set_current_level, 3)
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not confirm_close_with_unsaved(parent, controller)
    (asked,) = message_boxes.of_kind("question")
    assert "1 change could not be saved" in asked.text
    message_boxes.answer = QMessageBox.StandardButton.No
    assert confirm_close_with_unsaved(parent, controller)
    disk.refusing = False
    message_boxes.shown.clear()
    assert confirm_close_with_unsaved(parent, controller)  # saved on the way out: no question
    assert message_boxes.shown == []
    assert controller.unsaved_count == 0


def test_a_really_full_disk(tmp_path: Path, qtbot: QtBot) -> None:
    """The same on a real, size-limited filesystem filled to the last byte."""
    with small_filesystem(tmp_path / "small", size="2m") as small:
        folder = open_data_folder(small / "data")
        try:
            workshop_id = create_demo(folder.store)
            controller = SessionController(LiveSession(folder.store, workshop_id))
            saved_before = controller.live.load()[0]
            filler = small / "filler"
            fill(filler)
            failures: list[str] = []
            controller.changed.connect(lambda changes: failures.append(worded(changes.problem)))
            levels: dict[tuple[str, str], int] = {}
            for _ in range(40):  # the WAL soon needs a block the disk does not have
                controller.run(controller.live.set_current_level, len(levels) % 3 + 1)
                levels[(controller.cursor.group_key, controller.cursor.item_code)] = (
                    len(levels) % 3 + 1
                )
                if controller.unsaved_count:
                    break
                controller.run(controller.live.next_item)
            assert controller.unsaved_count, "the full disk never refused a write"
            assert failures[-1].startswith("The disk is full — ")  # the last change's problem
            for group in saved_before.groups:  # nothing saved before was lost
                stored = controller.live.load()[0].group(group.key).ratings
                for code, rating in group.ratings.items():
                    if (group.key, code) not in levels:
                        assert stored[code] == rating

            filler.unlink()  # the facilitator frees some space
            assert controller.run(controller.live.retry_saving).saved
            stored_now = controller.live.load()[0]
            for (key, code), level in levels.items():
                assert stored_now.group(key).ratings[code].current_level == level
            assert folder.store.integrity_check() == ["ok"]
            controller.close_session()
            controller.deleteLater()
        finally:
            folder.close()
