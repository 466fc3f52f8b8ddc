"""The workshops in the data folder: a sortable table, the selected one in detail, or the
first-launch offer when there are none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.workshop_list.actions import WorkshopListActions
from coprod_desktop.ui.workshop_list.details_panel import WorkshopDetails
from coprod_desktop.ui.workshop_list.rated_delegate import RatedBarDelegate
from coprod_desktop.ui.workshop_list.states import EmptyState
from coprod_desktop.ui.workshop_list.table_model import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    WorkshopTableModel,
)
from coprod_desktop.ui.workshop_list.title_delegate import TitleDelegate

if TYPE_CHECKING:  # the list paints before the workshop model is loaded
    from coprod_desktop.domain.workshop import Workshop


class WorkshopListPage(QStackedWidget):
    """Shows workshops; its buttons and keys trigger the window's actions."""

    #: The selected workshop changed (a WorkshopSummary, or None).
    selection_changed = Signal(object)

    def __init__(self, actions: WorkshopListActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._selecting = False
        self.model = WorkshopTableModel()
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(SORT_ROLE)
        # Each widget is made inside its parent: one made apart and added later is styled
        # twice (the stylesheet's rules follow the parent), which start-up pays for.
        self._list = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = self._build_table(self._list)
        self.details = WorkshopDetails(self._list)
        self.details.open_requested.connect(actions.open.trigger)
        self._empty_state: EmptyState | None = None

        self._list.setChildrenCollapsible(False)
        self._list.addWidget(self.table)
        self._list.addWidget(self.details)
        self._list.setStretchFactor(0, 3)
        self._list.setStretchFactor(1, 2)
        self._list.setSizes([840, 440])
        self.addWidget(self._list)

    @property
    def empty_state(self) -> EmptyState:
        """The first-launch offer (no workshops yet), made when first wanted: a launch with
        workshops to list never shows it."""
        if self._empty_state is None:
            self._empty_state = EmptyState(self)
            self._empty_state.demo_requested.connect(self._actions.demo.trigger)
            self._empty_state.new_requested.connect(self._actions.new.trigger)
            self.addWidget(self._empty_state)
        return self._empty_state

    def show_workshops(self, workshops: list[WorkshopSummary], select_id: int | None) -> None:
        """Show ``workshops``; select ``select_id``, else keep the selection or its place."""
        previous = self.selected_workshop()
        previous_row = self._selected_row()
        self.model.set_workshops(workshops)
        if not workshops:
            self.setCurrentWidget(self.empty_state)
            self._select_row(None)
            return
        if self.currentWidget() is not self._list:
            self.setCurrentWidget(self._list)
            self.table.setFocus()
        wanted = select_id if select_id is not None else (previous.id if previous else None)
        row = self._row_of(wanted) if wanted is not None else None
        if row is None:
            row = min(previous_row or 0, self._proxy.rowCount() - 1)
        self._select_row(row)

    def show_details(self, workshop: Workshop | None, baseline_title: str | None = None) -> None:
        if workshop is None:
            self.details.show_nothing()
        else:
            self.details.show_workshop(workshop, baseline_title)

    def selected_workshop(self) -> WorkshopSummary | None:
        row = self._selected_row()
        if row is None:
            return None
        source = self._proxy.mapToSource(self._proxy.index(row, 0))
        return self.model.workshop_at(source.row())

    def select_workshop(self, workshop_id: int) -> None:
        self._select_row(self._row_of(workshop_id))

    def _build_table(self, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setModel(self._proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(44)
        table.setItemDelegateForColumn(Column.TITLE, TitleDelegate(table))
        table.setItemDelegateForColumn(Column.RATED, RatedBarDelegate(table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.DATE, 124),
            (Column.ORGANISATION, 170),
            (Column.GROUPS, 84),
            (Column.RATED, 150),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        table.setAccessibleName(translate("WorkshopList", "Workshops"))
        # Return and Delete are the Open and Delete actions' own shortcuts, scoped to the table.
        table.addAction(self._actions.open)
        table.addAction(self._actions.delete)
        table.doubleClicked.connect(lambda _index: self._actions.open.trigger())
        table.selectionModel().selectionChanged.connect(self._selection_signal)
        return table

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _row_of(self, workshop_id: int) -> int | None:
        for row in range(self._proxy.rowCount()):
            if self._proxy.index(row, 0).data(ID_ROLE) == workshop_id:
                return row
        return None

    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        self._selecting = True
        try:
            if row is None:
                selection.clearSelection()
            else:
                index = self._proxy.index(row, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
        finally:
            self._selecting = False
        self._selection_changed()

    def _selection_signal(self) -> None:
        if not self._selecting:
            self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self.selected_workshop()
        for act in self._actions.on_selection:
            act.setEnabled(selected is not None)
        self.selection_changed.emit(selected)
