"""Help → About: version, licence, notices and data folder, by keyboard, in English and Welsh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from coprod_desktop import __version__
from coprod_desktop.ui.about_dialog import AboutDialog
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.a11y import check_round, default_button, escape_closes, named, shown
from tests.ui.conftest import menu


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    code = str(request.param)
    switch_language(code, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield code
    install_language("en")


def about_from_the_menu(window: WorkshopListWindow, qtbot: QtBot) -> AboutDialog:
    help_menu = menu(window, len(window.menuBar().actions()) - 1)
    (about,) = help_menu.actions()
    about.trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog)
    return dialog


def texts(dialog: AboutDialog) -> list[str]:
    views = [dialog.texts.widget(index) for index in range(dialog.texts.count())]
    return [view.toPlainText() for view in views if isinstance(view, QPlainTextEdit)]


def test_about_shows_version_licence_notices_and_the_data_folder(
    window: WorkshopListWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.data_path is not None
    dialog = about_from_the_menu(window, qtbot)
    shown(qtbot, dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Version {__version__}" in labels
    assert "MIT licence" in labels
    assert dialog.data_folder.text() == str(window.data_path)
    licence, notices, qt = texts(dialog)
    assert licence.startswith("MIT License")
    assert "PySide6_Essentials" in notices and "SQLAlchemy" in notices
    assert "replace the Qt libraries" in qt and "GNU LESSER GENERAL PUBLIC LICENSE" in qt


def test_about_by_keyboard_in_english_and_welsh(
    language: str, window: WorkshopListWindow, qtbot: QtBot
) -> None:
    help_menu = menu(window, len(window.menuBar().actions()) - 1)
    title = window.menuBar().actions()[-1].text()
    assert title == {"en": "&Help", "cy": "&Cymorth"}[language]
    assert help_menu.actions()[0].text().startswith({"en": "&About", "cy": "&Ynghylch"}[language])
    dialog = about_from_the_menu(window, qtbot)
    shown(qtbot, dialog)  # nothing cut off
    assert dialog.windowTitle() == {"en": "About", "cy": "Ynghylch"}[language] + " CoProd Desktop"
    close = default_button(dialog)
    tabs = dialog.texts.tabBar()
    view = dialog.texts.currentWidget()
    check_round(qtbot, dialog, dialog.data_folder,
                [dialog.data_folder, dialog.open_folder, tabs, view, close])  # fmt: skip
    assert named(dialog.data_folder) == {"en": "Data folder", "cy": "Ffolder data"}[language]
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(tabs, Qt.Key.Key_Right)  # the arrows walk the licence texts
    assert dialog.texts.currentIndex() == 1
    escape_closes(qtbot, dialog)
