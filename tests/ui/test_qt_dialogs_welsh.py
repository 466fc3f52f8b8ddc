"""Qt's own dialogs and menus speak Welsh with the app: Qt ships no Welsh for them, so the app
carries its own (resources/translations/qt/cy.ts), against Qt's source texts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.i18n import install_language, switch_language
from tests.conftest import ROOT

QT_WELSH = ROOT / "resources" / "translations" / "qt" / "cy.ts"


@pytest.fixture
def welsh(tmp_path: Path) -> Iterator[None]:
    switch_language("cy", QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield
    install_language("en")


def test_message_box_buttons_are_welsh(welsh: None, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Teitl", "Testun")
    standard = QMessageBox.StandardButton
    box.setStandardButtons(standard.Yes | standard.No | standard.Ok | standard.Cancel)
    qtbot.addWidget(box)
    said = [box.button(b).text() for b in (standard.Yes, standard.No, standard.Ok, standard.Cancel)]
    assert said == ["&Iawn", "&Na", "Iawn", "Canslo"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Cadw"


def test_the_file_dialog_is_welsh(welsh: None, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Agor", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own: what it words
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Edrych yn:", "&Enw'r ffeil:", "&Math o ffeil:"} <= labels
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert box.button(QDialogButtonBox.StandardButton.Open).text() == "&Agor"


def test_text_field_menus_are_welsh(welsh: None, qtbot: QtBot) -> None:
    field = QLineEdit("testun")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    words = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert {
        "&Dadwneud",
        "&Ailwneud",
        "&Torri",
        "&Copïo",
        "&Gludo",
        "Dileu",
        "Dewis y cyfan",
    } <= set(words)


def test_every_qt_string_is_translated_and_keeps_its_placeholders_and_keys() -> None:
    messages = ET.parse(QT_WELSH).getroot().iter("message")
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert re.findall(r"%\d", text) == re.findall(r"%\d", source), source
        assert (source.count("&") == 1) == (text.count("&") == 1), source
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"  # English by default
