"""Merging a workshop file from the Organisation menu: differences shown for a choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.merge import Side
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.merge import MergeService, read_copy
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.organisation.merge_dialog import MergeDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
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
