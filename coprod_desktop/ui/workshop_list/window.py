"""The facilitator's first window: the workshops in this data folder, and one in detail."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from coprod_desktop import APP_NAME
from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.workshop_list.actions import WorkshopListActions, build_actions
from coprod_desktop.ui.workshop_list.details_panel import WorkshopDetails
from coprod_desktop.ui.workshop_list.rated_delegate import RatedBarDelegate
from coprod_desktop.ui.workshop_list.states import EmptyState, OpeningPage
from coprod_desktop.ui.workshop_list.table_model import (
    ID_ROLE,
    SORT_ROLE,
    Column,
    WorkshopTableModel,
)

if TYPE_CHECKING:
    from coprod_desktop.ui.app_services import AppServices
    from coprod_desktop.ui.workshop_list.controller import WorkshopListController

DEFAULT_SIZE = (1280, 800)


class WorkshopListWindow(QMainWindow):
    """Shows workshops and forwards what the facilitator asks for to its controller.

    It opens in an "Opening your workshops…" state; ``attach`` hands it the services.
    """

    #: The selected workshop changed (a WorkshopSummary, or None).
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(800, 520)
        self.workshop_actions: WorkshopListActions = build_actions(self)
        self.controller: WorkshopListController | None = None
        self._selecting = False

        self.model = WorkshopTableModel()
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(SORT_ROLE)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = self._build_table()
        self.details = WorkshopDetails()
        self.details.open_requested.connect(self.workshop_actions.open.trigger)
        self.empty_state = EmptyState()
        self.empty_state.demo_requested.connect(self.workshop_actions.demo.trigger)
        self.empty_state.new_requested.connect(self.workshop_actions.new.trigger)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([840, 440])
        self._pages = QStackedWidget()
        self._opening = OpeningPage()
        for page in (self._opening, self.empty_state, splitter):
            self._pages.addWidget(page)
        self._list_page = splitter
        self.setCentralWidget(self._pages)

        self._build_toolbar()
        self._build_menus()
        self._folder_label = QLabel("")
        self._saved_label = QLabel("")
        set_role(self._folder_label, "muted")
        set_role(self._saved_label, "saved")
        self.statusBar().addWidget(self._folder_label, 1)
        self.statusBar().addPermanentWidget(self._saved_label)
        self.workshop_actions.quit.triggered.connect(self.close)
        self.show_opening()

    # -- what the controller calls ---------------------------------------------------------

    def attach(self, services: AppServices) -> None:
        """Start working on an open data folder's services."""
        from coprod_desktop.ui.workshop_list.controller import WorkshopListController

        self._folder_label.setText(f"Data folder: {services.data_path}")
        self._folder_label.setToolTip(str(services.data_path))
        self.controller = WorkshopListController(self, services)

    def show_opening(self) -> None:
        self._pages.setCurrentWidget(self._opening)
        for act in self.workshop_actions.on_store:
            act.setEnabled(False)

    def show_workshops(self, workshops: list[WorkshopSummary], select_id: int | None) -> None:
        """Show ``workshops``; select ``select_id``, else keep the selection or its place."""
        previous = self.selected_workshop()
        previous_row = self._selected_proxy_row()
        self.model.set_workshops(workshops)
        self.workshop_actions.new.setEnabled(True)
        self.workshop_actions.import_file.setEnabled(True)
        self.workshop_actions.demo.setEnabled(True)
        if not workshops:
            self._pages.setCurrentWidget(self.empty_state)
            self._select_proxy_row(None)
            return
        if self._pages.currentWidget() is not self._list_page:
            self._pages.setCurrentWidget(self._list_page)
            self.table.setFocus()
        wanted = select_id if select_id is not None else (previous.id if previous else None)
        row = self._proxy_row_of(wanted) if wanted is not None else None
        if row is None:
            row = min(previous_row or 0, self._proxy.rowCount() - 1)
        self._select_proxy_row(row)

    def show_details(self, workshop: Workshop | None, baseline_title: str | None = None) -> None:
        if workshop is None:
            self.details.show_nothing()
        else:
            self.details.show_workshop(workshop, baseline_title)

    def show_saved(self, when: dt.datetime) -> None:
        self._saved_label.setText(f"✓ Saved at {when:%H:%M}")
        self._saved_label.setToolTip("Every change is saved as soon as you make it.")

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def selected_workshop(self) -> WorkshopSummary | None:
        row = self._selected_proxy_row()
        if row is None:
            return None
        source = self._proxy.mapToSource(self._proxy.index(row, 0))
        return self.model.workshop_at(source.row())

    def select_workshop(self, workshop_id: int) -> None:
        self._select_proxy_row(self._proxy_row_of(workshop_id))

    # -- building ------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
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
        table.setItemDelegateForColumn(Column.RATED, RatedBarDelegate(table))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.DATE, 124),
            (Column.ORGANISATION, 180),
            (Column.GROUPS, 84),
            (Column.RATED, 150),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        table.setAccessibleName("Workshops")
        table.addAction(self.workshop_actions.open)
        table.addAction(self.workshop_actions.delete)
        table.activated.connect(lambda _index: self.workshop_actions.open.trigger())
        table.doubleClicked.connect(lambda _index: self.workshop_actions.open.trigger())
        table.selectionModel().selectionChanged.connect(self._selection_signal)
        return table

    def _build_toolbar(self) -> None:
        bar = QToolBar("Workshop tools")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))
        a = self.workshop_actions
        for act in (a.new, a.open, a.duplicate, a.delete):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(a.import_file)
        bar.addAction(a.export_file)
        bar.addSeparator()
        bar.addAction(a.undo)
        bar.addAction(a.redo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self) -> None:
        a = self.workshop_actions
        workshop = self.menuBar().addMenu("&Workshop")
        for act in (a.new, a.open, a.duplicate, a.delete):
            workshop.addAction(act)
        workshop.addSeparator()
        workshop.addAction(a.import_file)
        workshop.addAction(a.export_file)
        workshop.addSeparator()
        workshop.addAction(a.demo)
        workshop.addSeparator()
        workshop.addAction(a.quit)
        edit = self.menuBar().addMenu("&Edit")
        edit.addAction(a.undo)
        edit.addAction(a.redo)

    # -- selection -----------------------------------------------------------------------

    def _selected_proxy_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _proxy_row_of(self, workshop_id: int) -> int | None:
        for row in range(self._proxy.rowCount()):
            if self._proxy.index(row, 0).data(ID_ROLE) == workshop_id:
                return row
        return None

    def _select_proxy_row(self, row: int | None) -> None:
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
        has_store = self.controller is not None
        for act in self.workshop_actions.on_selection:
            act.setEnabled(has_store and selected is not None)
        self.selection_changed.emit(selected)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible():
                child.close()
        super().closeEvent(event)
