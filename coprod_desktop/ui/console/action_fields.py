"""Who an action is for and by when, chosen beside the line it is typed in: a group or all
groups (never just whichever group is on screen), and a date or none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.entry_fields import GroupChooser, OptionalDate
from coprod_desktop.ui.i18n import translate


class ActionFields(QWidget):
    """For: all groups or one; by: a date, when "By" is ticked. Each a Tab stop."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = GroupChooser(workshop, everyone=translate("SidePanels", "All groups"),
                                  name=translate("SidePanels", "The action is for"))  # fmt: skip
        # Long group names must not widen the console: the box narrows, its list does not.
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(4)
        self.when = OptionalDate(translate("SidePanels", "By"), start=workshop.held_on,
                                 name=translate("SidePanels", "The action is due by"))  # fmt: skip
        self.when.tick.setAccessibleName(translate("SidePanels", "Set a date for the action"))
        for widget in (self.group, self.when.tick, self.when.field):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One row, so the console keeps its height on a 768-pixel screen.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.group, 1)
        row.addWidget(self.when.tick)
        row.addWidget(self.when.field, 1)

    def show_groups(self, workshop: Workshop) -> None:
        """The choices: all groups, then each group (kept chosen when the groups change)."""
        self.group.show_groups(workshop)

    def show_choice(self, group_key: str | None, due: dt.date | None) -> None:
        """Show an action's group (None: all groups) and date (None: no date)."""
        self.group.choose(group_key)
        self.when.show(due)

    def group_key(self) -> str | None:
        return self.group.group_key()

    def due_date(self) -> dt.date | None:
        return self.when.value()
