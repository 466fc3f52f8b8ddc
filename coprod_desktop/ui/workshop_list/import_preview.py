"""A workshop file opened from the desktop (double-click, ``coprod-desktop FILE.coprod``, or
handed over by a second launch) or imported: what is in it, before it is added to the list
(``import_flow.py`` reads it and adds it off the UI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import date_text


class ImportPreviewDialog(QDialog):
    """The file's workshop in brief (title, organisation, date, groups, how much is rated);
    Import adds it, Cancel leaves everything as it was."""

    def __init__(self, workshop: Workshop, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(translate("ImportPreview", "Import a workshop file"))
        self.heading = heading = QLabel(workshop.title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        set_role(heading, "heading")
        form = QFormLayout()
        rated = sum(len(group.ratings) for group in workshop.groups)
        possible = len(workshop.item_codes) * len(workshop.groups)
        rows = (
            (translate("ImportPreview", "File"), str(path)),
            (translate("ImportPreview", "Organisation"), workshop.organisation or "—"),
            (translate("ImportPreview", "Date"), date_text(workshop.held_on)),
            (
                translate("ImportPreview", "Groups"),
                ", ".join(group.name for group in workshop.groups) or "—",
            ),
            (
                translate("ImportPreview", "Ratings"),
                translate("ImportPreview", "{rated} of {possible}").format(
                    rated=rated, possible=possible
                ),
            ),
        )
        self.values: dict[str, QLabel] = {}
        for name, value in rows:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QLabel(name), shown)
            self.values[name] = shown
        note = QLabel(
            translate(
                "ImportPreview",
                "Import adds this workshop to your list; the file is not changed. If the "
                "workshop is already on this computer, a separate copy is added.",
            )
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            translate("ImportPreview", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        set_role(self.import_button, "primary")
        cancel = buttons.addButton(
            translate("ImportPreview", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)
