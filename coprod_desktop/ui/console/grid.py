"""Item by item: a grid of items × groups that fills in live; click a cell to go there."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.console.status import cell_text, initials, mark
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController

_Index = QModelIndex | QPersistentModelIndex


class CaptureGridModel(QAbstractTableModel):
    """Rows are items in scope, columns are groups; each cell is that group's rating."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self._controller = controller
        self._keys = [g.key for g in controller.workshop.groups]  # the columns shown
        controller.changed.connect(self._on_changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._controller.workshop.item_codes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._controller.workshop.groups)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        workshop = self._controller.workshop
        code = workshop.item_codes[index.row()]
        group = workshop.groups[index.column()]
        rating = group.ratings.get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(rating)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{group.name}, {code}: {mark(rating)[1]}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:  # fmt: skip
        workshop = self._controller.workshop
        if orientation == Qt.Orientation.Horizontal:
            name = workshop.groups[section].name
            if role == Qt.ItemDataRole.DisplayRole:
                return initials(name)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return workshop.item_codes[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return workshop.framework.item(workshop.item_codes[section]).text
        return None

    def _on_changed(self, changes: Changes) -> None:
        """A group joined or left: every column. A move: every cell (the selection moves). A
        rating: only its cell."""
        keys = [g.key for g in self._controller.workshop.groups]
        if keys != self._keys:
            self.beginResetModel()
            self._keys = keys
            self.endResetModel()
            return
        if changes.cursor and self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        workshop = self._controller.workshop
        if changes.workshop and self.columnCount():  # a group renamed: its heading
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        for group_key, item_code in changes.ratings:
            column = next(i for i, g in enumerate(workshop.groups) if g.key == group_key)
            index = self.index(workshop.item_codes.index(item_code), column)
            self.dataChanged.emit(index, index)


class CaptureGrid(QTableView):
    """The grid, with the cell being captured selected."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setModel(CaptureGridModel(controller))
        self.setAccessibleName(translate("Grid", "Ratings grid: items by groups"))
        # Tab reaches it and leaves it (no Tab from cell to cell); ↑ ↓ go to another item,
        # ← → to the previous or next in the running order, as everywhere in the console.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabKeyNavigation(False)
        self.setStyleSheet("QTableView::item { padding: 0px 1px; }")
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(30)
        self.clicked.connect(self._jump)
        self.selectionModel().currentChanged.connect(self._moved)
        controller.changed.connect(self._on_changed)
        self._follow()

    def keep_columns_readable(self) -> None:
        """Columns share the width but never clip a cell ("≈ 5→5") or a group's initials: with
        many groups on a narrow screen the grid scrolls sideways instead. (Measured styled:
        the stylesheet pads the headings.)"""
        self.ensurePolished()
        header = self.horizontalHeader()
        headings = [header.sectionSizeHint(i) for i in range(header.count())]
        cell = self.fontMetrics().horizontalAdvance("≈ 9→9") + 10
        header.setMinimumSectionSize(max([cell, *headings]))

    def _jump(self, index: QModelIndex) -> None:
        workshop = self._controller.workshop
        self._controller.run(
            self._controller.live.jump,
            group_key=workshop.groups[index.column()].key,
            item_code=workshop.item_codes[index.row()],
        )

    def _moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The keyboard moved the current cell: go to that group and item."""
        cursor = self._controller.cursor
        if self.hasFocus() and current.isValid():
            workshop = self._controller.workshop
            group_key = workshop.groups[current.column()].key
            item_code = workshop.item_codes[current.row()]
            if (group_key, item_code) != (cursor.group_key, cursor.item_code):
                self._jump(current)

    def _on_changed(self, changes: Changes) -> None:
        if changes.cursor or changes.workshop:  # a group that joined resets the columns
            self._follow()

    def _follow(self) -> None:
        workshop = self._controller.workshop
        cursor = self._controller.cursor
        row = workshop.item_codes.index(cursor.item_code)
        column = [g.key for g in workshop.groups].index(cursor.group_key)
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
