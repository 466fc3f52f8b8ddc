"""The Plan step, after the results: the needs no entry meets yet on the left, the plan by
date on the right. Keyboard first: Enter plans the chosen need (or edits the chosen entry),
N makes an entry from scratch, S steps its status on, Delete removes it, Ctrl+Z undoes.
Every change goes through the live session, saved at once and undoable like a rating."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.analysis import training_needs
from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.plan import NeedToPlan, PlanEntry, by_date, needs_to_plan
from coprod_desktop.ui.console.history import undo_actions
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.plan.entry_dialog import PlanEntryDialog
from coprod_desktop.ui.plan.words import due_text, groups_text, method_text, status_text
from coprod_desktop.ui.room_for_focus import RoomForFocus
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.step_window import StepWindow
from coprod_desktop.ui.style_roles import set_role

COLUMNS = (
    QT_TRANSLATE_NOOP("Plan", "By"),
    QT_TRANSLATE_NOOP("Plan", "What"),
    QT_TRANSLATE_NOOP("Plan", "For"),
    QT_TRANSLATE_NOOP("Plan", "How"),
    QT_TRANSLATE_NOOP("Plan", "Who leads"),
    QT_TRANSLATE_NOOP("Plan", "Status"),
)

#: Columns' widths (the "What" column takes the rest): names and words wrap within them.
WIDTHS = {0: 105, 2: 130, 3: 115, 4: 110, 5: 85}


class PlanWindow(StepWindow):
    """The training plan of ``controller``'s workshop. With ``projector``, a button (and
    Alt+7 in the console) shows the plan to the room."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None, *,
                 projector: bool = True, owns_session: bool = False) -> None:  # fmt: skip
        super().__init__(
            controller, parent, owns_session=owns_session, saved=translate("Plan", "Saved.")
        )
        self.setWindowTitle(
            translate("Plan", "Training plan — {title}").format(title=controller.workshop.title)
        )
        fit_to_screen(self, 1180, 720)
        self._needs: list[NeedToPlan] = []
        self.dialog: PlanEntryDialog | None = None
        self.needs = QListWidget()
        self.needs.setAccessibleName(translate("Plan", "Needs without a plan"))
        self.needs.setWordWrap(True)
        self.needs.setAlternatingRowColors(True)
        self.needs.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.needs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.needs.setItemDelegate(RoomForFocus(self.needs))
        self.needs.itemActivated.connect(lambda _item: self.plan_chosen_need())
        self.table = self._plan_table()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self._lay_out(projector=projector)
        show = functools.partial(controller.run, controller.live.show_slide, Slide.PLAN)
        keys: dict[str, Callable[[], object]] = {
            "N": self.new_entry,
            "S": self.step_status,
            "Del": self.remove_chosen,
            "Backspace": self.remove_chosen,
            "Alt+7": show,
        }
        for key, run in keys.items():
            QShortcut(QKeySequence(key), self, run)
        undo_actions(self, controller.undo_stack, self.message.setText)
        controller.changed.connect(self._on_changed)
        self.refresh()
        self.needs.setFocus()

    def _plan_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setAccessibleName(translate("Plan", "The plan, soonest first"))
        table.setHorizontalHeaderLabels([translate("Plan", c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped whole, never cut short
        table.setAlternatingRowColors(True)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        table.activated.connect(lambda _index: self.edit_chosen())
        return table

    def _lay_out(self, *, projector: bool) -> None:
        left = QVBoxLayout()
        left.addWidget(self._heading(translate("Plan", "Needs without a plan")))
        left.addWidget(self.needs, 1)
        left.addWidget(self._button(translate("Plan", "Plan this need (Enter)"),
                                    self.plan_chosen_need))  # fmt: skip
        right = QVBoxLayout()
        right.addWidget(self._heading(translate("Plan", "The plan, soonest first")))
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(translate("Plan", "New entry (N)"), self.new_entry))
        row.addWidget(self._button(translate("Plan", "Change (Enter)"), self.edit_chosen))
        row.addWidget(self._button(translate("Plan", "Next status (S)"), self.step_status))
        row.addWidget(self._button(translate("Plan", "Remove (Del)"), self.remove_chosen))
        row.addStretch(1)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 5)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        if projector:
            c = self.controller
            top.addWidget(self._button(translate("Plan", "Show on the projector (Alt+7)"),
                                       lambda: c.run(c.live.show_slide, Slide.PLAN)))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

    # --- what the keys and buttons do --------------------------------------------------------
    def plan_chosen_need(self) -> None:
        """An entry for the chosen need, for every group that has it; then its details."""
        row = self.needs.currentRow()
        if not 0 <= row < len(self._needs):
            return
        need = self._needs[row]
        if self._run(self.controller.live.plan_need, need.item_code, need.group_keys):
            self._choose(len(self.controller.workshop.plan) - 1)
            self.table.setFocus()

    def new_entry(self) -> PlanEntryDialog:
        """An entry from scratch (free text), made when its dialog is accepted."""

        def add(entry: PlanEntry) -> None:
            if self._run(self.controller.live.add_plan_entry, entry):
                self._choose(len(self.controller.workshop.plan) - 1)

        return self._open(None, add)

    def edit_chosen(self) -> PlanEntryDialog | None:
        """The chosen entry's details, changed when the dialog is accepted."""
        index = self.chosen_index()
        if index is None:
            return None

        def change(entry: PlanEntry) -> None:
            self._run(self.controller.live.change_plan_entry, index, entry)
            self._choose(index)

        return self._open(self.controller.workshop.plan[index], change)

    def _open(self, entry: PlanEntry | None, then: Callable[[PlanEntry], None]) -> PlanEntryDialog:
        self.dialog = dialog = PlanEntryDialog(self.controller.workshop, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog.entry) if dialog.entry else None)
        dialog.open()
        return dialog

    def step_status(self) -> None:
        index = self.chosen_index()
        if index is not None and self._run(self.controller.live.step_plan_status, index):
            self._choose(index)

    def remove_chosen(self) -> None:
        index = self.chosen_index()
        if index is not None:
            self._run(self.controller.live.remove_plan_entry, index)

    # --- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        workshop = self.controller.workshop
        names = {g.key: g.name for g in workshop.groups}
        needs = training_needs(workshop)
        self._needs = needs_to_plan(needs, workshop.plan, [g.key for g in workshop.groups])
        chosen = self.needs.currentRow()
        self.needs.clear()
        for need in self._needs:
            item = workshop.framework.item(need.item_code)
            groups = groups_text([names[k] for k in need.group_keys])
            text = translate("Plan", "{code} {text}\n{groups} · gap up to {gap}").format(
                code=item.code, text=item.text, groups=groups, gap=need.largest_gap
            )
            QListWidgetItem(text, self.needs)
        self.needs.setCurrentRow(min(max(chosen, 0), self.needs.count() - 1))
        entries = by_date(workshop.plan)
        self._rows = [index for index, _ in entries]
        self.table.setRowCount(len(entries))
        for row, (_index, e) in enumerate(entries):
            learn_from = names[e.learn_from] if e.learn_from else None
            cells = (due_text(e.due), e.what, groups_text([names[k] for k in e.group_keys]),
                     method_text(e.method, learn_from), e.lead, status_text(e.status))  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), WIDTHS[0]))
        self.table.resizeRowsToContents()
        self.headline.setText(
            translate(
                "Plan", "Entries in the plan: {entries}. Needs without a plan: {needs}."
            ).format(entries=len(workshop.plan), needs=len(self._needs))
        )

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        set_role(label, "subheading")
        return label
