"""The delegate that leaves room for the focus frame remembers each cell's measure, and
measures again whenever what the measure depends on changes: the words, the column's width,
the font, the style sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.room_for_focus import CELL_PADDING, RoomForFocus

LONG = "We can read a simple budget and understand where the money goes, line by line. " * 3


def one_cell(qtbot: QtBot, text: str) -> QTableWidget:
    shown = QTableWidget(1, 1)
    shown.setWordWrap(True)
    shown.setItemDelegate(RoomForFocus(shown, padding=CELL_PADDING))
    shown.setItem(0, 0, QTableWidgetItem(text))
    shown.resize(900, 400)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def height_at(shown: QTableWidget, width: int) -> int:
    shown.setColumnWidth(0, width)
    shown.resizeRowsToContents()
    return shown.rowHeight(0)


def test_a_remembered_measure_follows_width_words_and_font(qtbot: QtBot) -> None:
    shown = one_cell(qtbot, LONG)
    cell = shown.item(0, 0)
    assert cell is not None
    wide = height_at(shown, 800)
    narrow = height_at(shown, 250)
    assert narrow > wide
    assert height_at(shown, 800) == wide  # remembered, and still right

    cell.setText("K1")
    assert height_at(shown, 250) < narrow  # new words, new measure

    cell.setText(LONG)
    assert height_at(shown, 250) == narrow
    font = shown.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    shown.setFont(font)
    larger = height_at(shown, 250)
    assert larger > narrow  # a larger font, a taller row

    sheet = "QTableView::item { padding: 20px 10px; }"
    shown.setStyleSheet(sheet)
    padded = one_cell(qtbot, LONG)
    padded.setStyleSheet(sheet)
    assert height_at(shown, 250) == height_at(padded, 250) != larger  # as measured afresh
