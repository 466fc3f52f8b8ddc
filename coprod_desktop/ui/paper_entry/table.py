"""The paper form's rows: every key goes to the dialog, and the statements read whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QWidget

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
