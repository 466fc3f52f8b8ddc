"""The form for setting up a new workshop; the service checks it and creates it."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.day import Pace
from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.summary import FrameworkSummary
from coprod_desktop.services.workshops import WorkshopDraft
from coprod_desktop.ui.console.keyboard import order_tabs
from coprod_desktop.ui.date_field import DateField
from coprod_desktop.ui.day.plan import DayPlan
from coprod_desktop.ui.groups_editor import GroupsEditor
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.item_scope import ItemScopeEditor
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import purpose_text, stage_title

FIELD_HEIGHT = 38
# The tabs after the first (the workshop's details).
GROUPS_TAB, ITEMS_TAB = 1, 2


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
        pace: Pace | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewWorkshop", "New workshop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._default_groups = default_groups
        self._load_framework = load_framework
        self.day_plan = DayPlan(pace or Pace())  # how long the day takes, what fits
        self._create = create

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            translate("NewWorkshop", "e.g. Tenancy support: co-production readiness")
        )
        self.organisation_edit = QLineEdit()
        self.locality_edit = QLineEdit()
        self.locality_edit.setPlaceholderText(
            translate("NewWorkshop", "Town, ward or neighbourhood")
        )
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(
            translate("NewWorkshop", "e.g. Adult social care (compared across workshops)")
        )
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(
            translate("NewWorkshop", "e.g. St Anne's Community Hall")
        )
        self.facilitator_edit = QLineEdit()
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        day = today or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.no_date = QCheckBox(translate("NewWorkshop", "No date yet"))
        self.no_date.toggled.connect(lambda checked: self.date_edit.setEnabled(not checked))
        self.purpose_combo = QComboBox()
        for purpose in WorkshopPurpose:
            self.purpose_combo.addItem(purpose_text(purpose), purpose)
        self.purpose_combo.setCurrentIndex(
            list(WorkshopPurpose).index(WorkshopPurpose.LIVE_SELF_ASSESSMENT)
        )
        self.framework_combo = QComboBox()
        for framework in frameworks:
            self.framework_combo.addItem(
                translate("NewWorkshop", "{name} (%n item(s))", None, framework.item_count).format(
                    name=framework.name
                ),
                framework.key,
            )
        # A new workshop speaks the app's language: start on a framework written in it.
        for index, framework in enumerate(frameworks):
            if framework.language == current_language():
                self.framework_combo.setCurrentIndex(index)
                break
        self.groups = GroupsEditor(stages=[(stage, stage_title(stage)) for stage in Stage])
        self.items = ItemScopeEditor()
        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self._fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "organisation": self.organisation_edit,
            "locality": self.locality_edit,
            "service": self.service_edit,
            "venue": self.venue_edit,
            "facilitator": self.facilitator_edit,
            "groups": self.groups,
            "items": self.items,
        }
        self._layout_form()
        self.framework_combo.currentIndexChanged.connect(self._framework_changed)
        self._framework_changed()
        # Tab: the tabs, the page's fields top to bottom (groups in their rows), the buttons.
        order_tabs(self, [self.tabs.tabBar(), *self._pages, self._buttons])
        self.title_edit.setFocus()

    def _layout_form(self) -> None:
        for combo in (self.purpose_combo, self.framework_combo):  # may narrow on a laptop
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        # The date over its "No date yet", not beside it: the form then narrows enough for
        # the groups' names to be read on a 1024-pixel laptop.
        date_row = QVBoxLayout()
        date_row.setSpacing(4)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.no_date)
        for text, field in (
            (translate("NewWorkshop", "Title (needed)"), self.title_edit),
            (translate("NewWorkshop", "Organisation"), self.organisation_edit),
            (translate("NewWorkshop", "Locality"), self.locality_edit),
            (translate("NewWorkshop", "Service"), self.service_edit),
            (translate("NewWorkshop", "Venue"), self.venue_edit),
            (translate("NewWorkshop", "Date"), date_row),
            (translate("NewWorkshop", "Facilitator"), self.facilitator_edit),
            (translate("NewWorkshop", "Purpose"), self.purpose_combo),
            (translate("NewWorkshop", "Framework"), self.framework_combo),
        ):
            label = QLabel(text)
            label.setMinimumHeight(FIELD_HEIGHT)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            # The label names its field for screen readers (the date row: its date box).
            label.setBuddy(field if isinstance(field, QWidget) else self.date_edit)
            form.addRow(label, field)
        details = QLabel(translate("NewWorkshop", "About the workshop"))
        set_role(details, "subheading")
        left = QVBoxLayout()
        left.addWidget(details)
        left.addLayout(form)
        left.addStretch(1)

        groups_heading = QLabel(translate("NewWorkshop", "Groups in the room"))
        set_role(groups_heading, "subheading")
        hint = QLabel(
            translate(
                "NewWorkshop",
                "Each group rates itself. Leave “People” as “Not set” if you don't know yet.",
            )
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        right = QVBoxLayout()
        right.addWidget(groups_heading)
        right.addWidget(hint)
        right.addWidget(self.groups, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("NewWorkshop", "Create workshop"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("NewWorkshop", "Cancel")
        )
        set_role(self.ok_button, "primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 20)
        outer.setSpacing(16)
        outer.addWidget(self._tabs(left, right), 1)

        outer.addWidget(self.error_label)
        outer.addWidget(buttons)
        fit_to_screen(self, 900, 640)

    def _tabs(self, details: QVBoxLayout, groups: QVBoxLayout) -> QTabWidget:
        """The workshop's details, its groups and its items in scope, a tab each (side by
        side they needed more than a 1024-pixel laptop screen)."""
        first = QWidget()
        first.setLayout(details)
        groups_page = QWidget()
        groups_page.setLayout(groups)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        hint = QLabel(
            translate(
                "NewWorkshop",
                "Untick what this workshop will not cover; move items to set the running order.",
            )
        )
        set_role(hint, "muted")
        items_layout.addWidget(hint)
        items_layout.addWidget(self.items, 1)
        items_layout.addWidget(self.day_plan)
        self.day_plan.fit.connect(self.items.keep_only)
        self._pages = (first, groups_page, items_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(first, translate("NewWorkshop", "Workshop"))
        self.tabs.addTab(groups_page, translate("NewWorkshop", "Groups"))
        self.tabs.addTab(items_page, translate("NewWorkshop", "Items in scope"))
        self.items.changed.connect(self._items_changed)
        # The groups change on their own tab: the day's estimate is brought up to date on this.
        self.tabs.currentChanged.connect(lambda _i: self._items_changed())
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
            service=self.service_edit.text(),
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
            widget = self._fields.get(error.field or "")
            if widget is not None:
                pages = {self.groups: GROUPS_TAB, self.items: ITEMS_TAB}
                self.tabs.setCurrentIndex(pages.get(widget, 0))
                widget.setFocus()
        text = error_text(error)
        self.error_label.setText(
            translate("NewWorkshop", "Please check: {problem}").format(problem=text)
        )
        self.error_label.show()

    def _items_changed(self) -> None:
        chosen, total = len(self.items.codes()), self.items.list.count()
        self.day_plan.show_for(self.items.areas(), self.items.codes(), len(self.groups.rows))
        self.tabs.setTabText(
            ITEMS_TAB,
            translate("NewWorkshop", "Items in scope ({chosen} of {total})").format(
                chosen=chosen, total=total
            ),
        )

    def _framework_changed(self) -> None:
        key = self.framework_combo.currentData()
        roles: Mapping[str, GroupRole] = {}
        if key is not None and self._load_framework is not None:
            with contextlib.suppress(CoprodError):  # the list then stays as it was
                framework = self._load_framework(str(key))
                self.items.show_framework(framework)
                roles = framework.default_group_roles
        if key is None or self.groups.touched:
            return
        try:
            names = self._default_groups(str(key))
        except CoprodError:
            return
        self.groups.set_names(names, roles)
