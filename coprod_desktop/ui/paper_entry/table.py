"""The paper form's rows: what was typed and what the workshop already holds; every key goes
to the dialog, and the statements read whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coprod_desktop.domain.framework import Item
from coprod_desktop.domain.paper_form import PaperLine
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

NUMBER, ITEM, NOW, NEEDED, STATUS, STORED = range(6)
HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("PaperEntry", "Item"),
    QT_TRANSLATE_NOOP("PaperEntry", "Now"),
    QT_TRANSLATE_NOOP("PaperEntry", "Needed"),
    QT_TRANSLATE_NOOP("PaperEntry", "Status"),
    QT_TRANSLATE_NOOP("PaperEntry", "In the workshop"),
)
STATUS_WORDS = {
    RatingStatus.AGREED: QT_TRANSLATE_NOOP("PaperEntry", "agreed"),
    RatingStatus.SPLIT: QT_TRANSLATE_NOOP("PaperEntry", "split"),
    RatingStatus.SKIPPED: QT_TRANSLATE_NOOP("PaperEntry", "skipped"),
}


def stored_text(rating: Rating | None) -> str:
    """What the workshop already holds for an item, in a few words."""
    if rating is None:
        return ""
    if rating.status is RatingStatus.SKIPPED:
        return translate("PaperEntry", "skipped")

    def lv(value: int | None) -> str:
        return "–" if value is None else str(value)

    # "2 → 4": at level 2 now, needs level 4 (as the overview grid writes it).
    text = f"{lv(rating.current_level)} → {lv(rating.required_level)}"
    if rating.status is RatingStatus.SPLIT:
        text += translate("PaperEntry", " split")
    return text


#: What the style sheet and the item's frame take of a cell's width, and of its height.
TEXT_MARGINS = 30  # the style sheet pads 10 px a side, the item frame 4 or so
ROW_PADDING = 16


class EntryTable(QTableWidget):
    """The form's rows; every key goes to the dialog, which decides what it means. Text wraps
    and each row is as tall as its statement needs at the width the window gives it (on a
    1024-pixel screen a statement takes two or three lines; it was cut off with "…")."""

    def __init__(self, on_key: Callable[[QKeyEvent], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_key = on_key
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def sizeHintForRow(self, row: int) -> int:  # noqa: N802  (Qt's name)
        """Qt's own hint lets the item padding of the style sheet cut a wrapped statement's
        last line: measure each cell with the width it paints its text in."""
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        tallest = super().sizeHintForRow(row)
        for column in range(self.columnCount()):
            item = self.item(row, column)
            if item is not None and item.text():
                room = max(1, self.columnWidth(column) - TEXT_MARGINS)
                lines = metrics.boundingRect(0, 0, room, 10_000, flags, item.text()).height()
                tallest = max(tallest, lines + ROW_PADDING)
        return tallest

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  (Qt's name)
        if not self._on_key(event):
            super().keyPressEvent(event)

    def build(self, items: Sequence[Item]) -> None:
        """A row per item of the form, in its order; only the level cells take the cursor."""
        t = self
        t.setColumnCount(len(HEADERS))
        t.setHorizontalHeaderLabels([translate("PaperEntry", h) for h in HEADERS])
        t.setRowCount(len(items))
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        t.setTabKeyNavigation(False)
        t.setAlternatingRowColors(True)
        t.verticalHeader().setVisible(False)
        t.setAccessibleName(translate("PaperEntry", "Items on the paper form"))
        header = t.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 54), (NOW, 72), (NEEDED, 92), (STATUS, 100), (STORED, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            t.setColumnWidth(column, width)
        for row, item in enumerate(items):
            number = QTableWidgetItem(str(row + 1))
            text = QTableWidgetItem(f"{item.code}  {item.text}")
            text.setToolTip(item.text)
            for cell, column in ((number, NUMBER), (text, ITEM)):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # only the level cells take the cursor
                t.setItem(row, column, cell)
            for column in (NOW, NEEDED, STATUS, STORED):
                cell = QTableWidgetItem("")
                if column in (NOW, NEEDED, STATUS):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column in (STATUS, STORED):
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(row, column, cell)

    def show_row(self, row: int, line: PaperLine | None, stored: Rating | None,
                 palette: QPalette) -> None:  # fmt: skip
        """What was typed for ``row`` and what the workshop already holds for it."""

        def lv(value: int | None) -> str:
            return "" if value is None else str(value)

        typed = line is not None and not line.is_blank
        self.cell(row, NOW).setText(lv(line.current_level) if line else "")
        self.cell(row, NEEDED).setText(lv(line.required_level) if line else "")
        self.cell(row, STATUS).setText(
            translate("PaperEntry", STATUS_WORDS[line.status]) if line and typed else ""
        )
        stored_cell = self.cell(row, STORED)
        words = stored_text(stored)
        if stored is not None and typed:
            words = translate("PaperEntry", "{stored} · replaced on save").format(stored=words)
        stored_cell.setText(words)
        replaced = stored is not None and typed
        font = stored_cell.font()
        font.setBold(replaced)
        stored_cell.setFont(font)
        stored_cell.setForeground(palette.text() if replaced else palette.placeholderText())

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.item(row, column)
        assert cell is not None  # every cell is made in build
        return cell
