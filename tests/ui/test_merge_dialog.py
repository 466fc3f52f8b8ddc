"""Merging a workshop file from the Organisation menu: differences shown for a choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.copies import Side
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.merge import MergeService, read_copy
from coprod_desktop.services.publish import PublishService
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import open_organisation_store
from coprod_desktop.storage.repositories import WorkshopRepository
from coprod_desktop.ui.organisation.merge_dialog import MergeDialog
from coprod_desktop.ui.organisation.store_settings import URL_SETTING
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.services.test_publish import copy_to, rate
from tests.ui.conftest import ChosenFiles, MessageBoxes, page


def other_copy(store: Store, workshop_id: int, tmp_path: Path) -> tuple[Path, str]:
    """The workshop as another laptop captured it: its first rating differs."""
    path = tmp_path / "other-room.coprod"
    WorkshopExchange(store).export_file(workshop_id, path)
    doc = json.loads(path.read_text())
    group = doc["workshop"]["groups"][0]
    rating = group["ratings"][0]
    rating.update(
        status="agreed", tally=None, current_level=1 if rating["current_level"] != 1 else 2
    )
    path.write_text(json.dumps(doc))
    return path, f"{group['key']}:{rating['item']}"


def test_the_dialog_needs_a_choice_for_each_difference(
    qtbot: QtBot, store: Store, demo_id: int, tmp_path: Path
) -> None:
    path, key = other_copy(store, demo_id, tmp_path)
    preview = MergeService(store).preview(demo_id, read_copy(path))
    dialog = MergeDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert not dialog.ok.isEnabled()  # nothing is overwritten without a choice
    dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(Side.THEIRS))
    assert dialog.ok.isEnabled()
    assert dialog.choices() == {key: Side.THEIRS}
    assert "Keep for" in dialog.choosers[0].accessibleName()


def test_merge_from_the_menu(
    window: WorkshopListWindow, store: Store, demo_id: int, *, tmp_path: Path,
    chosen_files: ChosenFiles, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    path, key = other_copy(store, demo_id, tmp_path)
    assert window.controller is not None
    window.controller.reload(demo_id)
    chosen_files.to_open = path
    seen: list[MergeDialog] = []

    def choose_theirs(dialog: MergeDialog) -> int:  # the facilitator picks the other copy's
        seen.append(dialog)
        dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(Side.THEIRS))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(MergeDialog, "exec", choose_theirs)
    selected = page(window).selected_workshop()
    assert selected is not None and selected.id == demo_id
    window.organisation_menu.merge_action.trigger()
    assert len(seen) == 1
    assert "Merged into" in message_boxes.of_kind("information")[-1].text
    group, item = key.split(":")
    merged = MergeService(store).preview(demo_id, read_copy(path))
    assert merged.differences == ()  # the other copy's rating was kept
    assert merged.workshop.group(group).ratings[item] == read_copy(path).group(group).ratings[item]


def test_merge_the_newest_published_copy_from_the_menu(
    window: WorkshopListWindow, store: Store, demo_id: int, *, tmp_path: Path, org_url: str,
    message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Room two published an edit of the same rating since: the app shows the difference for a
    choice, takes room two's, and the next publish follows on from room two's revision."""
    laptop_b = open_data_folder(tmp_path / "laptop-b")
    organisation = open_organisation_store(parse_url(org_url), upgrade=True)
    try:
        b_id = copy_to(store, demo_id, laptop_b.store, tmp_path)
        on_a, on_b = (
            PublishService(store, organisation),
            PublishService(laptop_b.store, organisation),
        )
        on_a.publish(demo_id)
        on_b.publish(b_id)  # unchanged: both start from revision 1
        rate(laptop_b.store, b_id, "g1", "K1", 5)
        assert on_b.publish(b_id).revision == 2
        rate(store, demo_id, "g1", "K1", 1)  # this room says otherwise
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(URL_SETTING, org_url)
        menu = window.organisation_menu
        menu.settings = settings
        assert window.controller is not None
        window.controller.reload(demo_id)
        seen: list[int] = []

        def choose_theirs(dialog: MergeDialog) -> int:
            seen.append(dialog.table.rowCount())
            dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData(Side.THEIRS))
            return int(QDialog.DialogCode.Accepted.value)

        monkeypatch.setattr(MergeDialog, "exec", choose_theirs)
        menu.merge_published_action.trigger()
        assert seen == [1]  # the one rating the rooms differ on
        texts = [m.text for m in message_boxes.of_kind("information")]
        assert texts[-2].startswith("Merged into") and "Publish it again" in texts[-1]
        with store.reading() as session:
            merged = WorkshopRepository(session).load(demo_id)
        assert merged.group("g1").ratings["K1"].current_level == 5
        again = on_a.publish(demo_id)  # follows on from room two's revision: no conflict, and
        assert (again.revision, again.outcome.value) == (2, "unchanged")  # nothing new to add
    finally:
        organisation.close()
        laptop_b.close()


def test_merging_a_workshop_the_store_lacks_says_so(
    window: WorkshopListWindow, demo_id: int, *, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(URL_SETTING, f"sqlite:///{tmp_path / 'organisation.sqlite'}")
    window.organisation_menu.settings = settings
    assert window.controller is not None
    window.controller.reload(demo_id)
    window.organisation_menu.merge_published_action.trigger()
    (shown,) = message_boxes.of_kind("warning")
    assert "is not in the organisation store" in shown.text and "publish it" in shown.text
