"""Settings: the language the windows speak (English or Cymraeg) and where the organisation
store is, kept between sessions."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import app_settings, current_language, switch_language, translate
from coprod_desktop.ui.messages import error_text, tell
from coprod_desktop.ui.organisation.store_settings import OrganisationStoreFields
from coprod_desktop.ui.screen_fit import whole_height
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.wording.catalogue import LANGUAGES


class SettingsDialog(QDialog):
    """Pick a language and the organisation store; OK keeps both and speaks the language at once.

    The workshop list changes at once. A window already open (a workshop's console) keeps its
    words until it is opened again; a workshop's report follows its own framework's language.
    ``organisation_first`` opens it with the cursor in the organisation store's address.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        organisation_first: bool = False,
    ):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(translate("Settings", "Settings"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setAccessibleName(translate("Settings", "Language"))
        self.organisation = OrganisationStoreFields(settings or app_settings(), self)
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
        layout.addWidget(self.organisation)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, on=False)
        store = self.organisation
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order = [self.language, store.url, store.password, store.plaintext, store.check,
                 store.forget, ok, cancel]  # fmt: skip
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)  # reading order, top to bottom
        self._first = self.organisation.url if organisation_first else self.language

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        whole_height(self)  # the Welsh words wrap onto more lines
        self._first.setFocus()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        """Keep the organisation store first: a URL the rules refuse, or a keyring that cannot
        keep the password, is said and the dialog stays open with nothing changed."""
        try:
            self.organisation.save(self._settings or app_settings())
        except CoprodError as exc:
            title = translate("Settings", "Not saved")
            tell(self, QMessageBox.Icon.Warning, title, error_text(exc))
            self.organisation.url.setFocus()
            return
        switch_language(self.chosen_language(), self._settings)
        super().accept()
