"""Change the room mid-session: the group being captured gets another name or size (Ctrl+G).
The change is one undoable step of the live session."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coprod_desktop.domain.workshop import MAX_PARTICIPANTS
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController


class GroupDialog(QDialog):
    """The current group's name and size; OK saves them (the session says if it refuses,
    e.g. a size below a tally's dots), Esc leaves them."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        group = controller.group
        self.setWindowTitle(translate("GroupDialog", "Group"))
        self.name = QLineEdit(group.name)
        self.name.setAccessibleName(translate("GroupDialog", "Group name"))
        self.people = QSpinBox()
        self.people.setRange(0, MAX_PARTICIPANTS)
        self.people.setSpecialValueText(translate("GroupDialog", "not set"))
        self.people.setValue(group.participant_count or 0)
        self.people.setAccessibleName(translate("GroupDialog", "People in the group"))
        form = QFormLayout(self)
        form.addRow(translate("GroupDialog", "&Name:"), self.name)
        form.addRow(translate("GroupDialog", "&People:"), self.people)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.selectAll()
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Save; stay open, the session's reason in the status bar, if it refuses."""
        live = self._c.live
        size = self.people.value() or None
        changes = self._c.run(live.change_group, self._c.cursor.group_key, self.name.text(), size)
        if changes.problem is None or changes.step is not None:
            super().accept()
