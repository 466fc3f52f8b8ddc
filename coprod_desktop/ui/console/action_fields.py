"""Who an action is for and by when, chosen beside the line it is typed in: a group or all
groups (never just whichever group is on screen), and a date or none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.date_field import DateField
from coprod_desktop.ui.i18n import translate


class ActionFields(QWidget):
    """For: all groups or one; by: a date, when "Set a date" is ticked. Each a Tab stop."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QComboBox()
        self.group.setAccessibleName(translate("SidePanels", "The action is for"))
        # Long group names must not widen the console: the box narrows, its list does not.
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(4)
        self.dated = QCheckBox(translate("SidePanels", "By"))
        self.dated.setAccessibleName(translate("SidePanels", "Set a date for the action"))
        self.due = DateField()
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(translate("SidePanels", "The action is due by"))
        self.due.setEnabled(False)
        self.dated.toggled.connect(self.due.setEnabled)
        start = workshop.held_on or dt.date.today()
        self.due.setDate(QDate(start.year, start.month, start.day))
        for widget in (self.group, self.dated, self.due):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One row, so the console keeps its height on a 768-pixel screen.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.group, 1)
        row.addWidget(self.dated)
        row.addWidget(self.due, 1)
        self.show_groups(workshop)

    def show_groups(self, workshop: Workshop) -> None:
        """The choices: all groups, then each group (kept chosen when the groups change)."""
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(translate("SidePanels", "All groups"), None)
        for g in workshop.groups:
            self.group.addItem(g.name, g.key)
        found = self.group.findData(chosen) if chosen else 0
        self.group.setCurrentIndex(max(found, 0))
        self.group.blockSignals(False)

    def show_choice(self, group_key: str | None, due: dt.date | None) -> None:
        """Show an action's group (None: all groups) and date (None: no date)."""
        self.group.setCurrentIndex(max(self.group.findData(group_key), 0) if group_key else 0)
        self.dated.setChecked(due is not None)
        if due is not None:
            self.due.setDate(QDate(due.year, due.month, due.day))

    def group_key(self) -> str | None:
        data = self.group.currentData()
        return str(data) if data else None

    def due_date(self) -> dt.date | None:
        if not self.dated.isChecked():
            return None
        day = self.due.date()
        return dt.date(day.year(), day.month(), day.day())
