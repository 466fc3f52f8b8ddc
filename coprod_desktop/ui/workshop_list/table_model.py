"""The workshop list as a Qt table model over WorkshopSummary read models."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, on_language_change, translate
from coprod_desktop.ui.wording import date_text, percent_text

#: The value a column sorts by (dates as ISO text, numbers as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole
#: The workshop's id, on every cell of its row.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: How complete the workshop is, 0.0–1.0, for the bar in the Rated column.
SHARE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    ORGANISATION = 2
    GROUPS = 3
    RATED = 4


#: Column titles (translated in context "WorkshopList" when shown).
HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("WorkshopList", "Workshop"),
    Column.DATE: QT_TRANSLATE_NOOP("WorkshopList", "Date"),
    Column.ORGANISATION: QT_TRANSLATE_NOOP("WorkshopList", "Organisation"),
    Column.GROUPS: QT_TRANSLATE_NOOP("WorkshopList", "Groups"),
    Column.RATED: QT_TRANSLATE_NOOP("WorkshopList", "Rated"),
}


class WorkshopTableModel(QAbstractTableModel):
    """One row per workshop; read-only."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[WorkshopSummary] = []
        on_language_change(self, self._reword)

    def _reword(self) -> None:
        """Dates, headings and tips are worded when asked for: ask the views to ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_workshops(self, workshops: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(workshops)
        self.endResetModel()

    def workshop_at(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == workshop_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("WorkshopList", HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(summary, column)
        if role == SORT_ROLE:
            return _sort_key(summary, column)
        if role == ID_ROLE:
            return summary.id
        if role == SHARE_ROLE:
            return summary.completeness
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(summary, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.GROUPS:
            return Qt.AlignmentFlag.AlignCenter
        return None


def _display(summary: WorkshopSummary, column: Column) -> str:
    match column:
        case Column.TITLE:
            return summary.title
        case Column.DATE:
            return date_text(summary.held_on)
        case Column.ORGANISATION:
            return summary.organisation
        case Column.GROUPS:
            return str(len(summary.group_names))
        case Column.RATED:
            return percent_text(summary.completeness)


def _sort_key(summary: WorkshopSummary, column: Column) -> str | int | float:
    match column:
        case Column.TITLE:
            return summary.title.casefold()
        case Column.DATE:
            return summary.held_on.isoformat() if summary.held_on else ""
        case Column.ORGANISATION:
            return summary.organisation.casefold()
        case Column.GROUPS:
            return len(summary.group_names)
        case Column.RATED:
            return summary.completeness


def _tooltip(summary: WorkshopSummary, column: Column) -> str | None:
    match column:
        case Column.GROUPS:
            return "\n".join(summary.group_names) or translate("WorkshopList", "No groups")
        case Column.RATED:
            return translate(
                "WorkshopList", "{recorded} of %n rating(s) recorded", None, summary.rating_slots
            ).format(recorded=f"{summary.ratings_recorded:,}")
        case Column.TITLE:
            return summary.title
        case _:
            return None
