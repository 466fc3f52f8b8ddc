"""Change the room mid-session (Ctrl+G): the group being captured gets another name or size,
a group joins (Alt+A in the dialog) or this one leaves (Alt+R; asked first when it has
ratings). Each is one undoable step of the live session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coprod_desktop.domain.workshop import MAX_PARTICIPANTS, Group
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import ask
from coprod_desktop.ui.session.controller import SessionController

Save = Callable[[str, int | None], Changes]


class GroupForm(QDialog):
    """A group's name and size; OK hands them to ``save``, a change of the live session (if
    it refuses them, it said why in the status bar and the form stays open)."""

    def __init__(self, controller: SessionController, group: Group | None, save: Save,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._c = controller
        self._save = save
        self.name = QLineEdit(group.name if group else "")
        self.name.setAccessibleName(translate("GroupDialog", "Group name"))
        self.people = QSpinBox()
        self.people.setRange(0, MAX_PARTICIPANTS)
        self.people.setSpecialValueText(translate("GroupDialog", "not set"))
        self.people.setValue((group.participant_count or 0) if group else 0)
        self.people.setAccessibleName(translate("GroupDialog", "People in the group"))
        self.form = QFormLayout(self)
        self.form.addRow(translate("GroupDialog", "&Name:"), self.name)
        self.form.addRow(translate("GroupDialog", "&People:"), self.people)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.selectAll()
        self.setMinimumWidth(420)

    def accept(self) -> None:
        changes = self._save(self.name.text(), self.people.value() or None)
        if changes.problem is None or changes.step is not None:
            super().accept()


class GroupDialog(GroupForm):
    """The current group's name and size, and the way to add a group or remove this one."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        key = controller.cursor.group_key
        super().__init__(controller, controller.group,
                         lambda name, size: controller.run(controller.live.change_group, key,
                                                           name, size), parent)  # fmt: skip
        self.setWindowTitle(translate("GroupDialog", "Group"))
        self.add_button = QPushButton(translate("GroupDialog", "&Add a group…"))
        self.add_button.clicked.connect(self.add_group)
        self.remove_button = QPushButton(translate("GroupDialog", "&Remove this group…"))
        self.remove_button.setAccessibleName(
            translate("GroupDialog", "Remove “{group}” from the workshop").format(
                group=controller.group.name
            )
        )
        self.remove_button.clicked.connect(self.remove_group)
        self.remove_button.setEnabled(len(controller.workshop.groups) > 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.form.addRow(row)
        self.form.addRow(self.buttons)

    def add_group(self) -> None:
        """A new group's name and size; this dialog closes once it has joined."""
        form = NewGroupDialog(self._c, self.parentWidget())
        form.accepted.connect(self.reject)
        form.open()

    def remove_group(self) -> None:
        """Remove the group being captured, asking first if it has ratings (undo restores
        them all, notes and tallies too); the capture moves on to the next group."""
        group = self._c.group
        if group.ratings:
            answer = ask(
                self,
                translate("GroupDialog", "Remove a group"),
                translate(
                    "GroupDialog",
                    "Remove “{group}” and its %n rating(s), with their notes and tallies? Its "
                    "actions and parked questions stay, for all groups. Ctrl+Z puts it all back.",
                    None,
                    len(group.ratings),
                ).format(group=group.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._c.run(self._c.live.remove_group, group.key).step is not None:
            self.reject()  # nothing left to rename


class NewGroupDialog(GroupForm):
    """A group joining mid-session: its name and size (it goes after the others)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, None,
                         lambda name, size: controller.run(controller.live.add_group, name, size),
                         parent)  # fmt: skip
        self.setWindowTitle(translate("GroupDialog", "Add a group"))
        self.form.addRow(self.buttons)
