"""One plan entry's details: what, for which groups, how (and from which group, for peer
learning), who leads, by when, and how far it has got. Every field is one Tab stop."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.analysis import training_needs
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus, peer_helpers
from coprod_desktop.domain.strengths import strengths_to_share
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.entry_fields import OptionalDate
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.plan.words import method_text, status_text
from coprod_desktop.ui.style_roles import set_role


class PlanEntryDialog(QDialog):
    """Edits ``entry`` (a new one when it is made from scratch); :attr:`entry` holds the
    result once accepted. A rule broken (no words, a group learning from itself) is said in
    the dialog, which stays open with everything typed."""

    def __init__(self, workshop: Workshop, entry: PlanEntry | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(
            translate("Plan", "Plan entry") if entry else translate("Plan", "New plan entry")
        )
        self._workshop = workshop
        self._item_code = entry.item_code if entry else None
        self.entry: PlanEntry | None = None
        start = entry or PlanEntry(what="-")  # only its defaults are read for a new entry

        self._fields(workshop, start, entry)
        self._method_changed()
        self.setMinimumWidth(600)

    def _fields(self, workshop: Workshop, start: PlanEntry, entry: PlanEntry | None) -> None:
        self.what = QPlainTextEdit(entry.what if entry else "")
        self.what.setTabChangesFocus(True)
        self.what.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.what.setAccessibleName(translate("Plan", "What"))
        self.what.setFixedHeight(self.what.fontMetrics().lineSpacing() * 4 + 12)
        self.all_groups = QCheckBox(translate("Plan", "All groups"))
        self.all_groups.setChecked(not start.group_keys)
        self.group_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.addWidget(self.all_groups, 0, 0)
        for n, group in enumerate(workshop.groups, start=1):
            box = QCheckBox(group.name)
            box.setChecked(group.key in start.group_keys)
            self.group_boxes[group.key] = box
            grid.addWidget(box, n, 0)
            box.toggled.connect(self._group_toggled)
        self.all_groups.toggled.connect(self._all_toggled)
        self.method = QComboBox()
        self.method.setAccessibleName(translate("Plan", "How"))
        for method in PlanMethod:
            self.method.addItem(method_text(method), method.value)
        self.method.setCurrentIndex(list(PlanMethod).index(start.method))
        self.learn_from = QComboBox()
        self.learn_from.setAccessibleName(translate("Plan", "Learn from"))
        self.learn_from.addItem(translate("Plan", "Choose a group"), None)
        # The groups strong on the need that could help first (the strengths rule), then the rest.
        self.helpers = self._helpers(workshop, start) if start.item_code else []
        for key in self.helpers:
            name = workshop.group(key).name
            self.learn_from.addItem(
                translate("Plan", "{group} (strong on it)").format(group=name), key
            )
        for group in workshop.groups:
            if group.key not in self.helpers:
                self.learn_from.addItem(group.name, group.key)
        if start.learn_from:
            self.learn_from.setCurrentIndex(self.learn_from.findData(start.learn_from))
        self.method.currentIndexChanged.connect(self._method_changed)
        self._who_and_when(workshop, start)
        self._lay_out(workshop, grid)

    @staticmethod
    def _helpers(workshop: Workshop, entry: PlanEntry) -> list[str]:
        if entry.item_code is None:
            return []
        strengths = strengths_to_share(workshop, training_needs(workshop))
        keys = entry.group_keys or tuple(g.key for g in workshop.groups)
        return peer_helpers(strengths, entry.item_code, keys)

    def _who_and_when(self, workshop: Workshop, start: PlanEntry) -> None:
        self.lead = QLineEdit(start.lead)
        self.lead.setAccessibleName(translate("Plan", "Who leads"))
        self.when = OptionalDate(translate("Plan", "Set a date"), start=workshop.held_on,
                                 name=translate("Plan", "By when"))  # fmt: skip
        self.when.show(start.due)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("Plan", "Status"))
        for status in PlanStatus:
            self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(list(PlanStatus).index(start.status))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()

    def _lay_out(self, workshop: Workshop, grid: QGridLayout) -> None:
        form = QFormLayout()
        if self._item_code:
            item = workshop.framework.item(self._item_code)
            need = QLabel(f"{item.code} {item.text}")
            need.setWordWrap(True)
            form.addRow(translate("Plan", "Need:"), need)
        form.addRow(translate("Plan", "What:"), self.what)
        form.addRow(translate("Plan", "For:"), grid)
        form.addRow(translate("Plan", "How:"), self.method)
        form.addRow(translate("Plan", "Learn from:"), self.learn_from)
        form.addRow(translate("Plan", "Who leads:"), self.lead)
        form.addRow(self.when.tick, self.when.field)
        form.addRow(translate("Plan", "Status:"), self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _all_toggled(self, on: bool) -> None:
        if on:
            for box in self.group_boxes.values():
                box.setChecked(False)

    def _group_toggled(self) -> None:
        chosen = any(box.isChecked() for box in self.group_boxes.values())
        self.all_groups.blockSignals(True)
        self.all_groups.setChecked(not chosen)
        self.all_groups.blockSignals(False)

    def _method_changed(self) -> None:
        peer = self.method.currentData() == PlanMethod.PEER_LEARNING.value
        self.learn_from.setEnabled(peer)
        if peer and self.learn_from.currentIndex() == 0 and self.helpers:
            self.learn_from.setCurrentIndex(1)  # the first group that could help

    def chosen(self) -> PlanEntry:
        """The entry as filled in; raises CoprodError for a broken rule."""
        learn_from = self.learn_from.currentData()
        entry = PlanEntry(
            what=self.what.toPlainText(),
            group_keys=tuple(k for k, box in self.group_boxes.items() if box.isChecked()),
            item_code=self._item_code,
            method=PlanMethod(self.method.currentData()),
            lead=self.lead.text(),
            due=self.when.value(),
            status=PlanStatus(self.status.currentData()),
            learn_from=str(learn_from) if learn_from else None,
        )
        # Checked against the workshop too (a group or item it does not have), in a plan of
        # the same length, so actions linked to later entries still find theirs.
        plan = self._workshop.plan
        dataclasses.replace(self._workshop, plan=(*plan[:-1], entry) if plan else (entry,))
        return entry

    def accept(self) -> None:
        try:
            self.entry = self.chosen()
        except CoprodError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()
