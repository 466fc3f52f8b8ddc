"""The F1 sheet of keys: every line readable, in English and in Welsh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.console.keys import HELP
from coprod_desktop.ui.console.shortcut_overlay import ShortcutOverlay
from coprod_desktop.ui.i18n import install_language


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


def test_no_line_of_the_sheet_is_cut_off(qtbot: QtBot, language: str) -> None:
    sheet = ShortcutOverlay()
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    wrapped = [label for label in sheet.findChildren(QLabel) if label.wordWrap()]
    assert len(wrapped) == 2 * sum(len(lines) for _, lines in HELP)  # the keys and what they do
    for label in wrapped:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        where = QRect(label.mapTo(sheet, QPoint(0, 0)), label.size())
        assert sheet.rect().contains(where), label.text()
