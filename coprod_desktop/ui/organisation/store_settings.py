"""Settings → Organisation store: the store's URL, its password (into the system keyring) and
whether an unencrypted connection to another computer is allowed (no, unless IT says so).

The URL and the box are kept in the settings; the password only in the system keyring, never
in a settings file (which portable mode keeps on the stick).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import error_text, tell
from coprod_desktop.ui.style_roles import set_role

if TYPE_CHECKING:
    from coprod_desktop.storage.connection_url import OrganisationUrl

URL_SETTING = "organisation/url"
PLAINTEXT_SETTING = "organisation/allow_plaintext"
# The same variable the command line reads.
URL_ENV = "COPROD_ORGANISATION_URL"


def saved_url(settings: QSettings) -> str:
    """The organisation store's URL: the setting, else the environment, else none."""
    return str(settings.value(URL_SETTING, "") or os.environ.get(URL_ENV, ""))


def allows_plaintext(settings: QSettings) -> bool:
    return str(settings.value(PLAINTEXT_SETTING, "false")).lower() == "true"


def checked_url(text: str, allow_plaintext: bool) -> OrganisationUrl:
    """``text`` checked against the URL rules (no password, TLS to other hosts)."""
    from coprod_desktop.storage.connection_url import parse_url

    return parse_url(text, allow_plaintext=allow_plaintext)


class OrganisationStoreFields(QGroupBox):
    """The organisation store's part of the Settings dialog."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("Settings", "Organisation store"), parent)
        self.url = QLineEdit(str(settings.value(URL_SETTING, "")))
        self.url.setPlaceholderText(
            translate("Settings", "postgresql+psycopg://you@db.example.org/coprod")
        )
        self.url.setAccessibleName(translate("Settings", "Organisation store address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("Settings", "Password"))
        self.password.setPlaceholderText(translate("Settings", "unchanged"))
        self.plaintext = QCheckBox(
            translate("Settings", "Allow an &unencrypted connection to another computer")
        )
        self.plaintext.setChecked(allows_plaintext(settings))
        self.check = QPushButton(translate("Settings", "Check the &connection"))
        self.check.clicked.connect(self.check_connection)
        self.forget = QPushButton(translate("Settings", "&Forget the saved password"))
        self.forget.clicked.connect(self.forget_password)
        note = QLabel(
            translate(
                "Settings",
                "Leave the address empty to see this laptop's workshops. The password is kept "
                "in the system keyring, never in a file; PGPASSWORD, when set, is used instead. "
                "Other computers are reached over TLS with a verified certificate unless IT "
                "says an unencrypted connection is acceptable.",
            )
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        form = QFormLayout()
        form.setVerticalSpacing(10)
        url_label = QLabel(translate("Settings", "&Address"))
        url_label.setBuddy(self.url)
        form.addRow(url_label, self.url)
        password_label = QLabel(translate("Settings", "&Password"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow(self.plaintext)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check)
        buttons.addWidget(self.forget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(note)

    def chosen(self) -> OrganisationUrl | None:
        """The URL as typed, checked; None when empty. Raises CoprodError naming the problem."""
        text = self.url.text().strip()
        return checked_url(text, self.plaintext.isChecked()) if text else None

    def save(self, settings: QSettings) -> None:
        """Check the URL, put a typed password into the keyring, then keep the URL and the box;
        raises CoprodError (and keeps nothing) when the URL or the keyring fails."""
        from coprod_desktop.storage.passwords import save_password

        where = self.chosen()
        if where is not None and where.is_postgres and self.password.text():
            save_password(where.keyring_user, self.password.text())
            self.password.clear()
        settings.setValue(URL_SETTING, self.url.text().strip())
        settings.setValue(PLAINTEXT_SETTING, "true" if self.plaintext.isChecked() else "false")
        settings.sync()

    def check_connection(self) -> None:
        """Connect with what is typed (a typed password, else the keyring's) and say how it went."""
        from coprod_desktop.storage.organisation_store import open_organisation_store

        title = translate("Settings", "Check the connection")
        try:
            where = self.chosen()
            if where is None:
                tell(self, QMessageBox.Icon.Information, title, translate(
                    "Settings", "No address: the organisation view shows this laptop's workshops."
                ))  # fmt: skip
                return
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                store = open_organisation_store(where, password=self.password.text() or None)
                store.close()
            finally:
                QGuiApplication.restoreOverrideCursor()
        except CoprodError as exc:
            tell(self, QMessageBox.Icon.Warning, title, error_text(exc))
            return
        tell(self, QMessageBox.Icon.Information, title, translate(
            "Settings", "Connected to {where}; its schema is up to date."
        ).format(where=where.shown))  # fmt: skip

    def forget_password(self) -> None:
        from coprod_desktop.storage.passwords import forget_password

        title = translate("Settings", "Forget the saved password")
        try:
            where = self.chosen()
            removed = where is not None and where.is_postgres
            removed = removed and where is not None and forget_password(where.keyring_user)
        except CoprodError as exc:
            tell(self, QMessageBox.Icon.Warning, title, error_text(exc))
            return
        text = (
            translate("Settings", "The password for this address was removed from the keyring.")
            if removed
            else translate("Settings", "The keyring holds no password for this address.")
        )
        tell(self, QMessageBox.Icon.Information, title, text)
