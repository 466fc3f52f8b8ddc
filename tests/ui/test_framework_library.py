"""The framework library shares a framework as a file: Export… writes the selected one,
Import… adds one (checked whole first; a bad file is named and nothing is added), from the
keyboard, with each button's key letter its own in English and Welsh."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import ChosenFiles, MessageBoxes
from tests.ui.test_framework_editor import duplicate_default, open_library, press, typed


def test_export_then_import_a_tailored_framework(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot, tmp_path: Path,
    chosen_files: ChosenFiles,
) -> None:  # fmt: skip
    editor = duplicate_default(window, qtbot)
    typed(qtbot, editor.name.fields["en"], "Riverside housing")
    assert editor.save(), editor.error.text()
    editor.done(0)
    library = window.framework_library
    assert library is not None
    key = next(s.key for s in services.frameworks.list() if s.name == "Riverside housing")
    chosen_files.to_save = tmp_path / "riverside"  # no suffix typed: .json is added
    press(qtbot, library.export_button)
    written = tmp_path / "riverside.json"
    assert framework_from_bytes(written.read_bytes(), str(written)) == services.frameworks.get(key)

    before = {s.key for s in services.frameworks.list()}
    chosen_files.to_open = written
    press(qtbot, library.import_button)
    (added,) = {s.key for s in services.frameworks.list()} - before  # its key was taken: new
    assert services.frameworks.get(added).name == "Riverside housing"
    assert library._chosen() == (added, False)  # the new one is selected, ready to edit


def test_a_bad_file_is_named_and_nothing_is_imported(
    window: WorkshopListWindow, qtbot: QtBot, tmp_path: Path, chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    library = open_library(window, qtbot)
    before = library.frameworks.list()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "coprod-framework", "format_version": 2, "key": "x"', "utf-8")
    chosen_files.to_open = broken
    press(qtbot, library.import_button)
    (shown,) = message_boxes.of_kind("warning")
    assert shown.title == "The framework was not imported"
    assert "broken.json" in shown.text
    assert library.frameworks.list() == before


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_button_has_a_key_letter_of_its_own(
    language: str, window: WorkshopListWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    switch_language(language, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        library = open_library(window, qtbot)
        buttons = [b for b in library.findChildren(QAbstractButton) if "&" in b.text()]
        letters = [b.text()[b.text().index("&") + 1].lower() for b in buttons]
        assert len(buttons) == 4 and len(set(letters)) == 4, letters
    finally:
        install_language("en")
