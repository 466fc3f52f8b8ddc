"""Above the item list: the group being captured, and how many of its items are rated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.style_roles import set_role


class GroupHeading(QWidget):
    """The group's name as typed, "3 of 12 items rated" and a bar showing the same."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self.controller = controller
        self.group_label = QLabel()
        self.group_label.setTextFormat(Qt.TextFormat.PlainText)  # the group's name, as typed
        set_role(self.group_label, "subheading")
        self.group_label.setWordWrap(True)
        self.group_progress = QProgressBar()
        self.group_progress.setTextVisible(False)
        self.group_progress.setMaximumHeight(10)
        self.group_progress.setAccessibleName(translate("Console", "Items rated for this group"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)  # the column may be narrow: wrap, never widen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.group_label, self.progress_label, self.group_progress):
            layout.addWidget(widget)

    def show_group(self) -> None:
        """Show the group being captured now."""
        c = self.controller
        self.group_label.setText(translate("Console", "Group: {name}").format(name=c.group.name))
        total, done = len(c.workshop.item_codes), len(c.group.ratings)
        self.group_progress.setRange(0, total)
        self.group_progress.setValue(done)
        self.progress_label.setText(
            translate("Console", "{done} of %n item(s) rated", None, total).format(done=done)
        )
