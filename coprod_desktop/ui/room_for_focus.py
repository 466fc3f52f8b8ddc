"""Rows a little taller than their words, so the focus frame (3 px each side, in the style
sheet) never clips the chosen row's last line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

# The style sheet's padding of a table's cell, left and right (``QTableView::item``).
CELL_PADDING = 2 * 10


class RoomForFocus(QStyledItemDelegate):
    """An item delegate whose size hint leaves room for the focus frame. ``padding`` is the
    cell's own padding left and right in the style sheet (``QTableView::item``): words wrap
    inside it, so their height is measured at that much less width."""

    def __init__(self, parent: QObject | None = None, *, padding: int = 0) -> None:
        super().__init__(parent)
        self._padding = padding

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        inside = QStyleOptionViewItem(option)
        inside.rect = option.rect.adjusted(0, 0, -self._padding, 0)
        hint = super().sizeHint(inside, index)
        return QSize(hint.width(), hint.height() + 8)
