"""The list of items with their status for the group being captured; click to jump."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.console.status import mark
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController

_Index = QModelIndex | QPersistentModelIndex


class ItemStatusModel(QAbstractListModel):
    """One row per item in scope: code, status symbol and word, and the item text."""

    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self._controller = controller
        controller.changed.connect(self._on_changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._controller.workshop.item_codes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        workshop = self._controller.workshop
        code = workshop.item_codes[index.row()]
        rating = self._controller.rating(item_code=code)
        symbol, word = mark(rating)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{symbol}  {code}  {workshop.framework.item(code).text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code}: {word}. {workshop.framework.item(code).text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{code}, {word}"
        if role == self.CodeRole:
            return code
        return None

    def _on_changed(self, changes: Changes) -> None:
        """A move shows another group's ratings: every row. A rating of the group on show:
        only its row."""
        if changes.cursor and self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
            return
        for group_key, item_code in changes.ratings:
            if group_key == self._controller.cursor.group_key:
                index = self.index(self._controller.workshop.item_codes.index(item_code))
                self.dataChanged.emit(index, index)


class ItemList(QListView):
    """Items for the current group; the current item is selected, clicking jumps to one."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setModel(ItemStatusModel(controller))
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(translate("ItemList", "Items"))
        # Tab reaches it (↑ ↓ then go to an item), a click does not take the capture keys.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clicked.connect(self._jump)
        self.selectionModel().currentChanged.connect(self._moved)
        controller.changed.connect(self._on_changed)
        self._follow()

    def dataChanged(self, top_left: _Index, bottom_right: _Index, /,  # noqa: N802
                    roles: Sequence[int] = ()) -> None:  # fmt: skip
        """One row changed (a rating was saved): repaint just that row. QListView would lay
        every row out again and repaint the whole list; with uniform, unwrapped rows nothing
        can move."""
        if top_left == bottom_right:
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
        else:
            super().dataChanged(top_left, bottom_right, list(roles))

    def _jump(self, index: QModelIndex) -> None:
        code = str(index.data(ItemStatusModel.CodeRole))
        self._controller.run(self._controller.live.jump, item_code=code)

    def _moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The keyboard moved the current row: go to that item."""
        if self.hasFocus() and current.isValid():
            code = str(current.data(ItemStatusModel.CodeRole))
            if code != self._controller.cursor.item_code:
                self._controller.run(self._controller.live.jump, item_code=code)

    def _on_changed(self, changes: Changes) -> None:
        if changes.cursor:
            self._follow()

    def _follow(self) -> None:
        row = self._controller.workshop.item_codes.index(self._controller.cursor.item_code)
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
