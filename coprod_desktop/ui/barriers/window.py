"""The barrier log, for the planning use: what stands in the way of co-production, under the
stage or principle it holds back, each with its kind, owner and next step. Keyboard first:
N logs a barrier, Enter changes the chosen one, D marks it dealt with (or open again), Delete
removes it, Ctrl+Z undoes. Every change goes through the live session, saved at once and
undoable like a rating."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.barrier import Barrier, barrier_headline, by_heading
from coprod_desktop.ui.barriers.dialog import BarrierDialog
from coprod_desktop.ui.console.history import undo_actions
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, spoken_language, translate
from coprod_desktop.ui.room_for_focus import RoomForFocus
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.step_window import StepWindow
from coprod_desktop.wording.barriers import barrier_for, heading_name
from coprod_desktop.wording.names import barrier_status_name, barrier_tag_name

COLUMNS = (
    QT_TRANSLATE_NOOP("Barriers", "Holds back"),
    QT_TRANSLATE_NOOP("Barriers", "What stands in the way"),
    QT_TRANSLATE_NOOP("Barriers", "Kind"),
    QT_TRANSLATE_NOOP("Barriers", "Owner"),
    QT_TRANSLATE_NOOP("Barriers", "Next step"),
    QT_TRANSLATE_NOOP("Barriers", "For"),
    QT_TRANSLATE_NOOP("Barriers", "Status"),
)

#: A cell's padding left and right (``QTableView::item`` in the style sheet).
CELL_PADDING = 20
#: Columns' widths (the barrier's own words take the rest): words wrap within them.
WIDTHS = {0: 130, 2: 110, 3: 120, 4: 180, 5: 120, 6: 90}


class BarrierWindow(StepWindow):
    """The barrier log of ``controller``'s workshop. With ``projector``, a button (and Alt+8
    in the console) shows the open barriers to the room."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None, *,
                 projector: bool = True, owns_session: bool = False) -> None:  # fmt: skip
        super().__init__(
            controller, parent, owns_session=owns_session, saved=translate("Barriers", "Saved.")
        )
        self.setWindowTitle(
            translate("Barriers", "Barrier log — {title}").format(title=controller.workshop.title)
        )
        fit_to_screen(self, 1180, 640)
        self.dialog: BarrierDialog | None = None
        self.table = self._log_table()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self._lay_out(projector=projector)
        keys: dict[str, Callable[[], object]] = {
            "N": self.new_barrier,
            "D": self.toggle_dealt_with,
            "Del": self.remove_chosen,
            "Backspace": self.remove_chosen,
            "Alt+8": functools.partial(controller.run, controller.live.show_slide, Slide.BARRIERS),
        }
        for key, run in keys.items():
            QShortcut(QKeySequence(key), self, run)
        undo_actions(self, controller.undo_stack, self.message.setText)
        controller.changed.connect(self._on_changed)
        self.refresh()
        self.table.setFocus()

    def _log_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setAccessibleName(translate("Barriers", "The barrier log"))
        table.setHorizontalHeaderLabels([translate("Barriers", c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped whole, never cut short
        table.setAlternatingRowColors(True)
        table.setItemDelegate(RoomForFocus(table, padding=CELL_PADDING))
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        # Rows as tall as their wrapped words at the width the columns have once laid out.
        head.sectionResized.connect(
            lambda *_: QTimer.singleShot(0, table, table.resizeRowsToContents)
        )
        table.activated.connect(lambda _index: self.edit_chosen())
        return table

    def _lay_out(self, *, projector: bool) -> None:
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        if projector:
            c = self.controller
            show = translate("Barriers", "Show on the projector (Alt+8)")
            top.addWidget(self._button(show, lambda: c.run(c.live.show_slide, Slide.BARRIERS)))
        row = QHBoxLayout()
        row.addWidget(self._button(translate("Barriers", "Log a barrier (N)"), self.new_barrier))
        row.addWidget(self._button(translate("Barriers", "Change (Enter)"), self.edit_chosen))
        row.addWidget(self._button(translate("Barriers", "Dealt with / open again (D)"),
                                   self.toggle_dealt_with))  # fmt: skip
        row.addWidget(self._button(translate("Barriers", "Remove (Del)"), self.remove_chosen))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    # --- what the keys and buttons do --------------------------------------------------------
    def new_barrier(self) -> BarrierDialog:
        """A barrier logged when its dialog is accepted."""

        def add(barrier: Barrier) -> None:
            if self._run(self.controller.live.add_barrier, barrier):
                self._choose(len(self.controller.workshop.barriers) - 1)

        return self._open(None, add)

    def edit_chosen(self) -> BarrierDialog | None:
        """The chosen barrier's details, changed when the dialog is accepted."""
        index = self.chosen_index()
        if index is None:
            return None

        def change(barrier: Barrier) -> None:
            self._run(self.controller.live.change_barrier, index, barrier)
            self._choose(index)

        return self._open(self.controller.workshop.barriers[index], change)

    def _open(self, barrier: Barrier | None, then: Callable[[Barrier], None]) -> BarrierDialog:
        self.dialog = dialog = BarrierDialog(self.controller.workshop, barrier, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.barrier) if dialog.barrier else None)
        dialog.finished.connect(self._back_from_dialog)
        dialog.open()
        return dialog

    def _back_from_dialog(self) -> None:
        """The keys reach the log again (D, Delete …), on the barrier just made or changed."""
        self.activateWindow()
        self.table.setFocus()

    def toggle_dealt_with(self) -> None:
        index = self.chosen_index()
        if index is not None and self._run(self.controller.live.toggle_barrier_dealt_with, index):
            self._choose(index)

    def remove_chosen(self) -> None:
        index = self.chosen_index()
        if index is not None:
            self._run(self.controller.live.remove_barrier, index)

    # --- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        workshop = self.controller.workshop
        language = spoken_language()
        names = {g.key: g.name for g in workshop.groups}
        principles = [p.code for p in workshop.framework.principles]
        chosen = self.chosen_index()
        self._rows = []
        rows: list[tuple[str, ...]] = []
        for heading, found in by_heading(workshop.barriers, principles):
            said = heading_name(heading, workshop.framework, language)
            for index, b in found:
                self._rows.append(index)
                group = names[b.group_key] if b.group_key else None
                rows.append((said, b.what, barrier_tag_name(b.tag, language), b.owner,
                             b.next_step, barrier_for(group, language),
                             barrier_status_name(b.status, language)))  # fmt: skip
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if chosen is not None:
            self._choose(chosen)
        elif rows:
            self.table.setCurrentCell(0, 0)
        headline = barrier_headline(workshop.barriers)
        self.headline.setText(
            translate("Barriers", "Barriers logged: {logged}. Still open: {open}, of which "
                      "{unowned} without an owner.").format(
                logged=headline.barriers, open=headline.open, unowned=headline.without_owner
            )
        )  # fmt: skip
