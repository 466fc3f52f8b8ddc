"""The form for setting up a new workshop; the service checks it and creates it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.summary import FrameworkSummary
from coprod_desktop.domain.workshop import PURPOSE_LABELS, WorkshopPurpose
from coprod_desktop.services.workshops import WorkshopDraft
from coprod_desktop.ui.groups_editor import GroupsEditor
from coprod_desktop.ui.item_scope import ItemScopeEditor
from coprod_desktop.ui.style_roles import set_role

FIELD_HEIGHT = 38
_STAGE_TITLES = {
    Stage.ACTIVE_INVOLVEMENT: "Active Involvement",
    Stage.CO_DESIGN: "Co-design",
    Stage.CO_DELIVERY: "Co-delivery",
    Stage.FULL_CO_PRODUCTION: "Full Co-production",
}

#: Words for the fields a ValidationError may name.
FIELD_NAMES = {
    "title": "Title",
    "organisation": "Organisation",
    "locality": "Locality",
    "venue": "Venue",
    "facilitator": "Facilitator",
    "groups": "Groups",
    "group name": "Group name",
    "items": "Items",
    "framework": "Framework",
}


class NewWorkshopDialog(QDialog):
    """Fill in a workshop; OK hands a WorkshopDraft to ``create``.

    If ``create`` raises a CoprodError, its message shows in the form, which stays open with
    everything as typed.
    """

    def __init__(
        self,
        frameworks: Sequence[FrameworkSummary],
        default_groups: Callable[[str], Sequence[str]],
        create: Callable[[WorkshopDraft], None],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        load_framework: Callable[[str], Framework] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New workshop")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._default_groups = default_groups
        self._load_framework = load_framework
        self._create = create

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Tenancy support: co-production readiness")
        self.organisation_edit = QLineEdit()
        self.locality_edit = QLineEdit()
        self.locality_edit.setPlaceholderText("Town, ward or neighbourhood")
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText("e.g. St Anne's Community Hall")
        self.facilitator_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        day = today or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.no_date = QCheckBox("No date yet")
        self.no_date.toggled.connect(lambda checked: self.date_edit.setEnabled(not checked))
        self.purpose_combo = QComboBox()
        for purpose in WorkshopPurpose:
            self.purpose_combo.addItem(PURPOSE_LABELS[purpose], purpose)
        self.purpose_combo.setCurrentIndex(
            list(WorkshopPurpose).index(WorkshopPurpose.LIVE_SELF_ASSESSMENT)
        )
        self.framework_combo = QComboBox()
        for framework in frameworks:
            self.framework_combo.addItem(
                f"{framework.name} ({framework.item_count} items)", framework.key
            )
        self.groups = GroupsEditor(stages=[(stage, _STAGE_TITLES[stage]) for stage in Stage])
        self.items = ItemScopeEditor()
        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self._fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "organisation": self.organisation_edit,
            "locality": self.locality_edit,
            "venue": self.venue_edit,
            "facilitator": self.facilitator_edit,
            "groups": self.groups,
            "items": self.items,
        }
        self._layout_form()
        self.framework_combo.currentIndexChanged.connect(self._framework_changed)
        self._framework_changed()
        self.title_edit.setFocus()

    def _layout_form(self) -> None:
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        date_row = QHBoxLayout()
        date_row.setSpacing(16)
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.no_date)
        for text, field in (
            ("Title (needed)", self.title_edit),
            ("Organisation", self.organisation_edit),
            ("Locality", self.locality_edit),
            ("Venue", self.venue_edit),
            ("Date", date_row),
            ("Facilitator", self.facilitator_edit),
            ("Purpose", self.purpose_combo),
            ("Framework", self.framework_combo),
        ):
            label = QLabel(text)
            label.setMinimumHeight(FIELD_HEIGHT)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
        details = QLabel("About the workshop")
        set_role(details, "subheading")
        left = QVBoxLayout()
        left.addWidget(details)
        left.addLayout(form)
        left.addStretch(1)

        groups_heading = QLabel("Groups in the room")
        set_role(groups_heading, "subheading")
        hint = QLabel("Each group rates itself. Leave “People” as “Not set” if you don't know yet.")
        hint.setWordWrap(True)
        set_role(hint, "muted")
        right = QVBoxLayout()
        right.addWidget(groups_heading)
        right.addWidget(hint)
        right.addWidget(self.groups, 1)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(left, 4)
        columns.addLayout(right, 7)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Create workshop")
        set_role(self.ok_button, "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(16)
        outer.addWidget(self._tabs(columns), 1)

        outer.addWidget(self.error_label)
        outer.addWidget(buttons)
        self.resize(1200, 620)

    def _tabs(self, columns: QHBoxLayout) -> QTabWidget:
        """The workshop's details and groups on one tab, its items in scope on the other."""
        first = QWidget()
        first.setLayout(columns)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        hint = QLabel(
            "Untick what this workshop will not cover; move items to set the running order."
        )
        set_role(hint, "muted")
        items_layout.addWidget(hint)
        items_layout.addWidget(self.items, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(first, "Workshop and groups")
        self.tabs.addTab(items_page, "Items in scope")
        self.items.changed.connect(self._items_changed)
        return self.tabs

    def draft(self) -> WorkshopDraft:
        """What the form holds now, as the service expects it."""
        held_on = None if self.no_date.isChecked() else self.date_edit.date().toPython()
        purpose = self.purpose_combo.currentData()
        return WorkshopDraft(
            title=self.title_edit.text(),
            groups=self.groups.groups(),
            item_codes=self.items.codes() if self.items.list.count() else None,
            framework_key=str(self.framework_combo.currentData()),
            organisation=self.organisation_edit.text(),
            locality=self.locality_edit.text(),
            venue=self.venue_edit.text(),
            held_on=held_on if isinstance(held_on, dt.date) else None,
            facilitator=self.facilitator_edit.text(),
            purpose=WorkshopPurpose(purpose),
        )

    def accept(self) -> None:
        try:
            self._create(self.draft())
        except CoprodError as exc:
            self._show_problem(exc)
            return
        super().accept()

    def _show_problem(self, error: CoprodError) -> None:
        if isinstance(error, ValidationError):
            field = error.field or ""
            name = FIELD_NAMES.get(field, field[:1].upper() + field[1:])
            text = f"{name}: {error.message}" if name else error.message
            widget = self._fields.get(field)
            if widget is not None:
                self.tabs.setCurrentIndex(1 if widget is self.items else 0)
                widget.setFocus()
        else:
            text = str(error)
        self.error_label.setText(f"Please check: {text}")
        self.error_label.show()

    def _items_changed(self) -> None:
        self.tabs.setTabText(1, f"Items in scope ({self.items.summary.text().split(' in')[0]})")

    def _framework_changed(self) -> None:
        key = self.framework_combo.currentData()
        if key is not None and self._load_framework is not None:
            with contextlib.suppress(CoprodError):  # the list then stays as it was
                self.items.show_framework(self._load_framework(str(key)))
        if key is None or self.groups.touched:
            return
        try:
            names = self._default_groups(str(key))
        except CoprodError:
            return
        self.groups.set_names(names)
