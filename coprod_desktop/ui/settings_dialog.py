"""Settings: the language the windows speak (English or Cymraeg), kept between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.ui.i18n import current_language, switch_language, translate
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.wording.catalogue import LANGUAGES


class SettingsDialog(QDialog):
    """Pick a language; OK switches to it at once and remembers it.

    The workshop list changes at once. A window already open (a workshop's console) keeps its
    words until it is opened again; a workshop's report follows its own framework's language.
    """

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(translate("Settings", "Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName(translate("Settings", "Language"))
        note = QLabel(
            translate(
                "Settings",
                "The workshop list changes at once. A workshop that is open now changes when "
                "you next open it. New workshops start with the statements in this language; "
                "each workshop's report is in the language of its statements.",
            )
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        form = QFormLayout()
        label = QLabel(translate("Settings", "Language / Iaith"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Settings", "OK"))
        set_role(ok, "primary")  # the default button, shown as the new-workshop form shows it
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Settings", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        switch_language(self.chosen_language(), self._settings)
        super().accept()
