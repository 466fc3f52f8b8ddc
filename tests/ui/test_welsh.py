"""The windows in Welsh: switched in Settings without restarting, and every string translated."""

from __future__ import annotations

import importlib
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.i18n import (
    current_language,
    install_language,
    saved_language,
    switch_language,
    translate,
)
from coprod_desktop.ui.new_workshop_dialog import NewWorkshopDialog
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.settings_dialog import SettingsDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import menu, page

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
WELSH_FRAMEWORK = "readiness-default-cy"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a scratch file, never the facilitator's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def welsh(settings: QSettings) -> Iterator[QSettings]:
    switch_language("cy", settings)
    yield settings
    install_language("en")


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    if current_language() != "en":
        install_language("en")


def menu_titles(window: WorkshopListWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_settings_switch_the_open_workshop_list_to_welsh_and_back(
    window: WorkshopListWindow, settings: QSettings, qtbot: QtBot
) -> None:
    actions = window.workshop_actions
    assert menu_titles(window) == ["&Workshop", "&Edit", "&Organisation", "&Help"]
    assert actions.new.text() == "&New workshop…"

    dialog = SettingsDialog(window, settings=settings)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "English",
        "Cymraeg",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.accept()

    assert current_language() == "cy"
    assert saved_language(settings) == "cy"
    assert menu_titles(window) == [
        "&Gweithdy",
        "Go&lygu",
        "&Sefydliad",
        "&Cymorth",
    ]  # a key letter each
    assert actions.new.text() == "&Gweithdy newydd…"
    assert actions.open.text() == "&Agor"
    assert actions.undo.text() == "&Dadwneud"
    assert actions.export_report.iconText() == "Adroddiad…"
    assert actions.delete.statusTip() == "Dileu'r gweithdy a ddewiswyd"
    workshop_menu = menu(window, 0)
    assert "Gosodiadau…" in [a.text().replace("&", "") for a in workshop_menu.actions()]
    list_page = page(window)
    header = list_page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Gweithdy"
    assert list_page.empty_state.demo_button.text() == "Agor y gweithdy enghreifftiol"

    back = SettingsDialog(window, settings=settings)
    qtbot.addWidget(back)
    assert back.windowTitle() == "Gosodiadau"
    back.language.setCurrentIndex(back.language.findData("en"))
    back.accept()
    assert menu_titles(window) == ["&Workshop", "&Edit", "&Organisation", "&Help"]
    assert list_page.model.headerData(0, Qt.Orientation.Horizontal) == "Workshop"
    assert saved_language(settings) == "en"


def test_new_workshop_form_in_welsh_starts_on_the_welsh_framework(
    welsh: QSettings, window: WorkshopListWindow
) -> None:
    assert window.controller is not None
    dialog = window.controller.new_workshop()
    assert isinstance(dialog, NewWorkshopDialog)
    assert dialog.windowTitle() == "Gweithdy newydd"
    assert dialog.ok_button.text() == "Creu gweithdy"
    assert dialog.no_date.text() == "Dim dyddiad eto"
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["Gweithdy", "Grwpiau"]
    assert dialog.framework_combo.currentData() == WELSH_FRAMEWORK
    assert "(46 eitem)" in dialog.framework_combo.currentText()
    assert dialog.groups.rows[0].name == "Defnyddwyr gwasanaeth a gofalwyr"
    assert dialog.purpose_combo.currentText() == "Hunanasesiad byw"
    dialog.close()


def test_console_in_welsh(welsh: QSettings, store: Store, qtbot: QtBot) -> None:
    wid = WorkshopService(store).create(
        WorkshopDraft(
            title="Gweithdy'r Tŷ",
            groups=[GroupDraft("Defnyddwyr", 4), GroupDraft("Staff", 3)],
            item_codes=["K1", "K2", "H1"],
            framework_key=WELSH_FRAMEWORK,
        )
    )
    console = ConsoleWindow(SessionController(LiveSession(store, wid)))
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)

    assert console.windowTitle() == "Gweithdy'r Tŷ — CoProd Desktop"
    assert console.bar.reveal_button.text() == "Datgelu (Space)"
    assert console.bar.blank_button.text() == "Llen (B)"
    assert console.bar.easy_read.text() == "Hawdd ei Ddarllen (E)"
    assert console.saved_label.text() == "Pob newid wedi'i gadw"
    assert console.heading.group_label.text() == "Grŵp: Defnyddwyr"
    assert console.heading.progress_label.text() == "0 o 3 eitem wedi'u sgorio"
    assert console.side_tabs.tabText(2) == "Maes parcio"
    # The workshop's own words come from its Welsh framework.
    assert console.capture.item_text.text().startswith("Rydym yn gwybod beth yw ystyr")
    assert "eitem 1 o 3" in console.capture.where.text()
    assert console.capture.status.text().endswith("I'w wneud")
    console.close()


def test_counts_take_the_right_form_in_both_languages(settings: QSettings) -> None:
    assert translate("Overview", "%n group(s)", None, 1) == "1 group"
    assert translate("Overview", "%n group(s)", None, 4) == "4 groups"
    assert translate("RatingGrid", "%n person(s)", None, 2) == "2 people"
    switch_language("cy", settings)
    assert translate("Overview", "%n group(s)", None, 4) == "4 grŵp"
    assert translate("RatingGrid", "%n person(s)", None, 1) == "1 person"
    assert translate("RatingGrid", "%n person(s)", None, 7) == "7 o bobl"


def test_unknown_language_is_refused_by_name(settings: QSettings) -> None:
    with pytest.raises(ValueError, match="No translation for language 'fr'"):
        switch_language("fr", settings)


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_welsh_string_is_translated() -> None:
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    assert [p.stem for p in ts_files] == ["cy"]
    for ts in ts_files:
        for message in _messages(ts):
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
            texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
            assert all(t and t.strip() for t in texts), f"empty translation of {source!r}"


def test_every_string_is_in_the_welsh_translation(tmp_path: Path) -> None:
    """Extract the strings afresh (as dev.py translations does: the windows and the Qt-free
    wording) into a copy of cy.ts: nothing may come out new (unfinished) or go away."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        script = importlib.import_module("update_translations")
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    ts = tmp_path / "cy.ts"
    shutil.copy(TRANSLATIONS / "cy.ts", ts)
    script.extract(script.copy_sources(tmp_path / "scratch"), ts)
    untranslated = [
        m.findtext("source")
        for m in _messages(ts)
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]
    assert untranslated == [], "translate these in resources/translations/cy.ts"
    kept = {m.findtext("source") for m in _messages(ts)}
    gone = {m.findtext("source") for m in _messages(TRANSLATIONS / "cy.ts")} - kept
    assert gone == set(), "no longer in the code: run `python3 dev.py translations`"


def test_settings_dialog_is_worded_in_both_languages(
    settings: QSettings, services: AppServices, qtbot: QtBot
) -> None:
    del services
    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.language.currentData() == "en"
    dialog.reject()
    assert saved_language(settings) == "en"
