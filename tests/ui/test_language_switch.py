"""A language switch reaches the whole workshop list at once: the details panel re-words
itself with no restart, and the tool bar never pushes a button out of sight (Welsh words are
longer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.conftest import page


def details_words(window: WorkshopListWindow) -> set[str]:
    """The words the panel shows now (once Qt has deleted what they replaced)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    details = page(window).details
    labels = {label.text() for label in details.findChildren(QLabel)}
    return labels | {button.text() for button in details.findChildren(QPushButton)}


def test_the_details_panel_follows_a_language_switch(
    window: WorkshopListWindow, demo_id: int, tmp_path: Path
) -> None:
    assert window.controller is not None
    window.controller.reload(demo_id)
    details = page(window).details
    assert {"Open workshop", "Organisation"} <= details_words(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        switch_language("cy", settings)
        words = details_words(window)
        assert {"Agor y gweithdy", "Sefydliad"} <= words
        assert "Open workshop" not in words
        assert details.accessibleName() == "Manylion y gweithdy a ddewiswyd"
        assert any(w.startswith("Wenbury") for w in words)  # the same workshop, re-worded
    finally:
        install_language("en")
    assert "Open workshop" in details_words(window)


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("width", [800, 1024, 1280])
def test_every_tool_bar_button_stays_in_sight(
    window: WorkshopListWindow, qtbot: QtBot, tmp_path: Path, language: str, width: int
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        switch_language(language, settings)
        window.resize(width, 700)
        qtbot.waitUntil(lambda: window.width() == width)
        bar = window.toolbar
        assert bar is not None
        QApplication.processEvents()
        for action in bar.actions():
            if not action.isSeparator():
                button = bar.widgetForAction(action)
                assert button is not None and button.isVisible(), (language, width, action.text())
                assert button.geometry().right() <= bar.width(), (language, width, action.text())
    finally:
        install_language("en")
