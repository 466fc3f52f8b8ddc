"""The fields the action, plan-entry and barrier dialogs ask the same way: a date that may be
left unset (a tick box and the date field it enables) and a chooser of one group or all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.date_field import DateField

DATE_FORMAT = "d MMM yyyy"
ISO_DATE = "yyyy-MM-dd"  # the organisation view's filters: a date range, read at a glance


class OptionalDate:
    """``tick`` sets a date, chosen in ``field`` (with a calendar), which is enabled only while
    ``tick`` is ticked. Unticked, the field shows ``start`` (today if None), where a date
    chosen later begins; ``shown_as`` is Qt's display format."""

    def __init__(self, tick: str, *, name: str, start: dt.date | None,
                 shown_as: str = DATE_FORMAT) -> None:  # fmt: skip
        self.tick = QCheckBox(tick)
        self.field = DateField()
        self.field.setDisplayFormat(shown_as)
        self.field.setCalendarPopup(True)
        self.field.setAccessibleName(name)
        self.field.setEnabled(False)
        self.tick.toggled.connect(self.field.setEnabled)
        self._show_day(start or dt.date.today())

    def show(self, day: dt.date | None) -> None:
        """Show ``day`` ticked, or nothing ticked (None; the field keeps its date)."""
        self.tick.setChecked(day is not None)
        if day is not None:
            self._show_day(day)

    def value(self) -> dt.date | None:
        """The date chosen; None while unticked."""
        if not self.tick.isChecked():
            return None
        day = self.field.date()
        return dt.date(day.year(), day.month(), day.day())

    def _show_day(self, day: dt.date) -> None:
        self.field.setDate(QDate(day.year, day.month, day.day))


class GroupChooser(QComboBox):
    """One of a workshop's groups, or all of them (first, as ``everyone`` says it)."""

    def __init__(self, workshop: Workshop, *, everyone: str, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._everyone = everyone
        self.show_groups(workshop)

    def show_groups(self, workshop: Workshop) -> None:
        """Offer ``workshop``'s groups (again, after they changed), keeping the choice while
        its group is still there."""
        chosen = self.group_key()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._everyone, None)
        for group in workshop.groups:
            self.addItem(group.name, group.key)
        self.choose(chosen)
        self.blockSignals(False)

    def choose(self, group_key: str | None) -> None:
        """Choose the group with ``group_key`` (all groups: None, or a group not offered)."""
        self.setCurrentIndex(max(self.findData(group_key), 0) if group_key else 0)

    def group_key(self) -> str | None:
        """The chosen group's key; None for all groups."""
        data = self.currentData()
        return str(data) if data else None
