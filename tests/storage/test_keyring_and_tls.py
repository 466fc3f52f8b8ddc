"""The organisation store's password in a real system keyring, and TLS to a real server.

The keyring is the keyring package's Secret Service backend on a real GNOME Keyring; the
server is PostgreSQL taking only TLS with a password on a local TCP port, reached under the
name on its certificate, so the app treats it as another computer.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from coprod_desktop.storage.connection_url import parse_url, with_password
from coprod_desktop.storage.organisation_store import (
    OrganisationStoreError,
    open_organisation_store,
)
from coprod_desktop.storage.passwords import (
    KeyringError,
    forget_password,
    save_password,
    saved_password,
)
from tests.secure_fixtures import PASSWORD, TlsServer
from tests.worded import raises_worded

USER = "publisher@db.council.example:5432/coprod"


def test_a_password_kept_in_the_system_keyring_comes_back_and_goes(real_keyring: object) -> None:
    import keyring

    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    assert saved_password(USER) is None
    save_password(USER, "s3cret ŵ")
    assert saved_password(USER) == "s3cret ŵ"
    checked = parse_url("postgresql+psycopg://publisher@db.council.example/coprod")
    assert with_password(checked).password == "s3cret ŵ"
    assert forget_password(USER) is True
    assert saved_password(USER) is None
    assert forget_password(USER) is False


def test_no_usable_keyring_is_said_and_reading_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with raises_worded(
            KeyringError, match="keyring could not keep the password .*nothing was saved"
        ):
            save_password(USER, "s3cret")
        assert saved_password(USER) is None  # connecting then relies on PGPASSWORD
    finally:
        keyring.set_keyring(previous)


def test_a_remote_store_over_verified_tls_with_the_keyrings_password(
    real_keyring: object, tls_server: TlsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    where = parse_url(tls_server.url(sslrootcert=str(tls_server.ca)))
    assert where.url.query["sslmode"] == "verify-full"  # added: another computer
    with raises_worded(OrganisationStoreError, match="could not be used"):
        open_organisation_store(where, upgrade=True)  # no password anywhere: refused
    save_password(where.keyring_user, "not the password")
    with raises_worded(OrganisationStoreError, match="password authentication failed"):
        open_organisation_store(where, upgrade=True)
    save_password(where.keyring_user, PASSWORD)
    store = open_organisation_store(where, upgrade=True)
    try:
        with store.engine.connect() as conn:
            row = conn.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
        assert row.ssl is True and row.version.startswith("TLS")
    finally:
        store.close()


def test_a_certificate_for_another_name_is_refused(tls_server: TlsServer) -> None:
    where = parse_url(tls_server.url("other.coprod.test", sslrootcert=str(tls_server.ca)))
    with raises_worded(OrganisationStoreError, match="could not be used"):
        open_organisation_store(where, password=PASSWORD)


def test_a_server_certificate_nobody_vouches_for_is_refused(
    tls_server: TlsServer, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # libpq's default ~/.postgresql/root.crt: none
    where = parse_url(tls_server.url())
    with raises_worded(OrganisationStoreError, match="root certificate"):
        open_organisation_store(where, password=PASSWORD)
