"""Rows a little taller than their words, so the focus frame (3 px each side, in the style
sheet) never clips the chosen row's last line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

# The style sheet's padding of a table's cell, left and right (``QTableView::item``).
CELL_PADDING = 2 * 10
#: Measured cells remembered per table (a large results table has a few thousand).
REMEMBERED = 8192


class RoomForFocus(QStyledItemDelegate):
    """An item delegate whose size hint leaves room for the focus frame. ``padding`` is the
    cell's own padding left and right in the style sheet (``QTableView::item``): words wrap
    inside it, so their height is measured at that much less width.

    A cell's size is remembered by its words and width until the table's font or style
    changes: a table that fits its columns to their contents asks for every cell's size after
    any change, and measuring through the style sheet was most of a large results table's
    refresh."""

    def __init__(self, parent: QObject | None = None, *, padding: int = 0) -> None:
        super().__init__(parent)
        self._padding = padding
        self._measured: dict[tuple[object, int], QSize] = {}
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measured.clear()
        return False

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        key = (index.data(), option.rect.width())
        hint = self._measured.get(key)
        if hint is None:
            if len(self._measured) >= REMEMBERED:
                self._measured.clear()
            inside = QStyleOptionViewItem(option)
            inside.rect = option.rect.adjusted(0, 0, -self._padding, 0)
            measured = super().sizeHint(inside, index)
            hint = self._measured[key] = QSize(measured.width(), measured.height() + 8)
        return hint
