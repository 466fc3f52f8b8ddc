"""The groups of a new workshop: one row per group: name, role, number of people, stage aimed
for."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.domain.workshop import MAX_PARTICIPANTS
from coprod_desktop.services.workshops import GroupDraft
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import role_text

PEOPLE_WIDTH = 112
AIM_WIDTH = 150
ROLE_WIDTH = 150
NAME_WIDTH = 140
REMOVE_WIDTH = 100
TEXT_INSET = 6
#: Rows shown before the list scrolls, and the height each takes.
VISIBLE_ROWS = 6
ROW_PITCH = 50


class PeopleBox(QSpinBox):
    """How many people are in a group; 0 shows as "Not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_PARTICIPANTS)
        self.setSpecialValueText(translate("Groups", "Not set"))
        self.setAccessibleName(translate("Groups", "Number of people"))
        self.setFixedWidth(PEOPLE_WIDTH)
        self.lineEdit().setTextMargins(TEXT_INSET, 0, 0, 0)


class GroupRow(QWidget):
    """One group: its name, how many people are in it, and a button to remove it."""

    remove_requested = Signal(QWidget)
    edited = Signal()

    def __init__(self, name: str = "", stages: Sequence[tuple[Stage, str]] = (),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.name_edit = QLineEdit(name)
        self.name_edit.setCursorPosition(0)  # show a long name from its start
        self.name_edit.setMinimumWidth(NAME_WIDTH)
        self.name_edit.setPlaceholderText(translate("Groups", "e.g. Front-line staff"))
        self.name_edit.setAccessibleName(translate("Groups", "Group name"))
        self.people = PeopleBox()
        self.role = QComboBox()
        self.role.setAccessibleName(translate("Groups", "The group's role"))
        self.role.setToolTip(
            translate("Groups", "The organisation view compares groups with the same role")
        )
        self.role.setFixedWidth(ROLE_WIDTH)
        self.role.addItem(translate("Groups", "Not set"), None)
        for role in GroupRole:
            self.role.addItem(role_text(role), role)
        self.role.currentIndexChanged.connect(self.edited)
        self.aim = QComboBox()
        self.aim.setAccessibleName(translate("Groups", "Stage the group aims for"))
        self.aim.setToolTip(
            translate("Groups", "Choosing a stage fills in the levels each item typically needs")
        )
        self.aim.setFixedWidth(AIM_WIDTH)
        self.aim.addItem(translate("Groups", "Not set"), None)
        for stage, title in stages:
            self.aim.addItem(title, stage)
        self.aim.setVisible(bool(stages))
        self.remove_button = QPushButton(translate("Groups", "Remove"))
        self.remove_button.setToolTip(translate("Groups", "Remove this group"))
        self.remove_button.setAccessibleName(translate("Groups", "Remove this group"))
        self.remove_button.setFixedWidth(REMOVE_WIDTH)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.name_edit.textEdited.connect(self.edited)
        self.people.valueChanged.connect(self.edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.role)
        layout.addWidget(self.people)
        layout.addWidget(self.aim)
        layout.addWidget(self.remove_button)

    @property
    def name(self) -> str:
        return self.name_edit.text()

    @property
    def participant_count(self) -> int | None:
        return self.people.value() or None

    @property
    def group_role(self) -> GroupRole | None:
        role = self.role.currentData()  # Qt hands a StrEnum back as plain text
        return GroupRole(role) if role else None

    @property
    def aim_stage(self) -> Stage | None:
        stage = self.aim.currentData()  # Qt hands a StrEnum back as plain text
        return Stage(stage) if stage else None


class GroupsEditor(QWidget):
    """Add, rename and remove groups; ``groups()`` says what was entered."""

    def __init__(self, stages: Sequence[tuple[Stage, str]] = (),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._stages = tuple(stages)
        self._rows: list[GroupRow] = []
        self._touched = False
        header = QGridLayout()
        name_label = QLabel(translate("Groups", "Group name"))
        role_label = QLabel(translate("Groups", "Role"))
        people_label = QLabel(translate("Groups", "People"))
        aim_label = QLabel(translate("Groups", "Aims for"))
        for label in (name_label, role_label, people_label, aim_label):
            set_role(label, "muted")
        header.addWidget(name_label, 0, 0)
        header.addWidget(role_label, 0, 1)
        header.addWidget(people_label, 0, 2)
        header.setColumnStretch(0, 1)
        header.setColumnMinimumWidth(1, ROLE_WIDTH + 8)
        header.setColumnMinimumWidth(2, PEOPLE_WIDTH + 8)
        if self._stages:
            header.addWidget(aim_label, 0, 3)
            header.setColumnMinimumWidth(3, AIM_WIDTH + 8)
        header.setColumnMinimumWidth(4, REMOVE_WIDTH)

        self.add_button = QPushButton(translate("Groups", "Add a group"))
        self.add_button.clicked.connect(self._add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)

        # Rows, then the Add button right under the last one, inside one scrolling list.
        self._list = QWidget()
        self._list.setObjectName("groupRows")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 4, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addLayout(add_row)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the rows; they scroll in
        scroll.setMinimumHeight(VISIBLE_ROWS * ROW_PITCH)
        # Never narrower than a row: the list scrolls down, not sideways.
        fixed = ROLE_WIDTH + PEOPLE_WIDTH + REMOVE_WIDTH + (AIM_WIDTH if self._stages else 0)
        scroll.setMinimumWidth(NAME_WIDTH + fixed + 5 * 8 + 4)
        self._scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    @property
    def rows(self) -> tuple[GroupRow, ...]:
        return tuple(self._rows)

    @property
    def touched(self) -> bool:
        """Whether the facilitator has changed the groups since they were last filled in."""
        return self._touched

    def set_names(self, names: Sequence[str], roles: Mapping[str, GroupRole] | None = None) -> None:
        """Replace every row with one per name (people not set), each with its role in
        ``roles`` if it has one (the framework's needed levels then follow that role)."""
        for row in list(self._rows):
            self._remove(row)
        for name in names:
            row = self.add_row(name)
            role = (roles or {}).get(name)
            if role is not None:
                row.role.setCurrentIndex(row.role.findData(role))
        self._touched = False

    def add_row(self, name: str = "") -> GroupRow:
        row = GroupRow(name, self._stages)
        row.remove_requested.connect(self._remove_clicked)
        row.edited.connect(self._mark_touched)
        self._list_layout.insertWidget(len(self._rows), row)
        row.show()  # now, not when Qt gets round to it, so it can take the focus at once
        self._rows.append(row)
        self._chain_tabs()
        return row

    def groups(self) -> list[GroupDraft]:
        """Name, number of people and aim per row, leaving out rows left completely blank."""
        return [
            GroupDraft(row.name, row.participant_count, row.aim_stage, row.group_role)
            for row in self._rows
            if row.name.strip() or row.participant_count is not None
        ]

    def _add_clicked(self) -> None:
        row = self.add_row()
        self._mark_touched()
        row.name_edit.setFocus()
        self._scroll.ensureWidgetVisible(self.add_button)

    def _remove_clicked(self, row: QWidget) -> None:
        if isinstance(row, GroupRow):
            self._remove(row)
            self._mark_touched()

    def _remove(self, row: GroupRow) -> None:
        self._rows.remove(row)
        self._list_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab goes through the rows in order, then to "Add a group" under them: a row made
        later would otherwise come last in the window, after OK and Cancel."""
        before: QWidget = self.add_button
        while (earlier := before.previousInFocusChain()) is not None and earlier is not self:
            before = earlier
            if not self._list.isAncestorOf(earlier):
                break  # past the rows: what precedes the list
        chain: list[QWidget] = [before]
        for row in self._rows:
            chain += [row.name_edit, row.role, row.people, row.aim, row.remove_button]
        chain.append(self.add_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _mark_touched(self) -> None:
        self._touched = True
