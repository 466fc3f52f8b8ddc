"""Settings → Organisation store: the URL in the settings, the password in a real system keyring
(never in a settings file), a check against a real server over TLS, Welsh, 1024 × 768."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.passwords import saved_password
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.organisation.menu import OrganisationMenu
from coprod_desktop.ui.organisation.store_settings import PLAINTEXT_SETTING, URL_SETTING
from coprod_desktop.ui.organisation.window import OrganisationWindow
from coprod_desktop.ui.settings_dialog import SettingsDialog
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.secure_fixtures import PASSWORD, TlsServer
from tests.ui.conftest import MessageBoxes


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def opened(qtbot: QtBot, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(settings=settings, organisation_first=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_url_goes_to_the_settings_and_the_password_to_the_keyring(  # noqa: PLR0917
    qtbot: QtBot, settings: QSettings, tls_server: TlsServer, real_keyring: object,
    message_boxes: MessageBoxes, window: WorkshopListWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = tls_server.url(sslrootcert=str(tls_server.ca))
    dialog = opened(qtbot, settings)
    assert dialog.focusWidget() is dialog.organisation.url
    qtbot.keyClicks(dialog.organisation.url, url)
    qtbot.keyClicks(dialog.organisation.password, PASSWORD)
    dialog.organisation.check.click()  # the typed password, before it is kept anywhere
    assert message_boxes.shown[-1].text.startswith("Connected to postgresql+psycopg://publisher@")
    where = parse_url(url)
    assert saved_password(where.keyring_user) is None
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved_password(where.keyring_user) == PASSWORD
    settings.sync()
    kept = Path(settings.fileName()).read_text()
    assert PASSWORD not in kept and str(tls_server.port) in kept
    assert settings.value(PLAINTEXT_SETTING) == "false"
    # The organisation menu now reaches the store over TLS with the keyring's password.
    menu = OrganisationMenu(window, window.organisation_menu.store, settings)
    menu.open_view()
    (view,) = window.findChildren(OrganisationWindow)
    assert view.summary.text() == "0 workshops, 0 groups"
    gone: list[object] = []
    view.destroyed.connect(lambda *_: gone.append(True))
    view.close()  # and its connections to the server end with it
    qtbot.waitUntil(lambda: bool(gone))
    again = opened(qtbot, settings)
    again.organisation.forget.click()
    assert "removed from the keyring" in message_boxes.shown[-1].text
    assert saved_password(where.keyring_user) is None


def test_a_refused_url_or_keyring_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, settings: QSettings, message_boxes: MessageBoxes
) -> None:
    import keyring
    from keyring.backends import fail

    dialog = opened(qtbot, settings)
    dialog.organisation.url.setText("postgresql+psycopg://me:pw@db.example.org/coprod")
    dialog.accept()
    assert dialog.isVisible() and message_boxes.shown[-1].title == "Not saved"
    assert "contains a password" in message_boxes.shown[-1].text
    dialog.organisation.url.setText("postgresql+psycopg://me@db.example.org/coprod?sslmode=disable")
    dialog.accept()
    assert "unencrypted" in message_boxes.shown[-1].text
    dialog.organisation.url.setText("postgresql+psycopg://me@db.example.org/coprod")
    dialog.organisation.password.setText("s3cret")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog.accept()
    finally:
        keyring.set_keyring(previous)
    assert dialog.isVisible() and "keyring could not keep" in message_boxes.shown[-1].text
    assert settings.value(URL_SETTING) is None
    dialog.organisation.plaintext.setChecked(True)  # IT allows it: kept as typed
    dialog.organisation.password.clear()
    dialog.organisation.url.setText("postgresql+psycopg://me@db.example.org/coprod?sslmode=disable")
    dialog.accept()
    assert not dialog.isVisible()
    assert settings.value(URL_SETTING).endswith("sslmode=disable")
    assert settings.value(PLAINTEXT_SETTING) == "true"


def test_welsh_and_a_1024_by_768_screen(qtbot: QtBot, settings: QSettings) -> None:
    install_language("cy")
    try:
        dialog = opened(qtbot, settings)
        fields = dialog.organisation
        assert fields.title() == "Storfa'r sefydliad"
        assert fields.check.text() == "Gwirio'r &cysylltiad"
        dialog.adjustSize()
        assert dialog.width() <= 1024 and dialog.height() <= 768 - 60  # room for a title bar
    finally:
        install_language("en")


def test_the_menu_item_opens_settings_at_the_address(
    window: WorkshopListWindow, settings: QSettings, qtbot: QtBot
) -> None:
    seen: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.focusWidget() is dialog.organisation.url)
        dialog.reject()

    menu = OrganisationMenu(window, window.organisation_menu.store, settings)
    QTimer.singleShot(0, look)
    menu.where_action.trigger()
    assert seen == [True]
