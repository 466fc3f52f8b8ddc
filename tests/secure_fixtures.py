"""Fixtures for the organisation store's password and TLS, with the real things: the keyring's
Secret Service backend on a real GNOME Keyring, and a PostgreSQL server that takes TLS with a
verified certificate and a password on a local TCP port."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

#: The name the server's certificate carries; tests reach it at 127.0.0.1 (libpq's hostaddr),
#: so the app sees another computer and insists on TLS, and libpq verifies the name.
SERVER_NAME = "db.coprod.test"
PUBLISHER, PASSWORD = "publisher", "correct horse battery staple"


@dataclass(frozen=True, slots=True)
class TlsServer:
    port: int
    ca: Path
    database: str

    def url(self, host: str = SERVER_NAME, **query: str) -> str:
        params = "&".join(f"{k}={v}" for k, v in {"hostaddr": "127.0.0.1", **query}.items())
        return f"postgresql+psycopg://{PUBLISHER}@{host}:{self.port}/{self.database}?{params}"


@pytest.fixture(scope="session")
def secret_service_bus() -> Iterator[str]:
    from tests.secret_service import INSTALL_HINT, missing_programs, secret_service

    if missing_programs():
        pytest.skip(f"{', '.join(missing_programs())} missing: {INSTALL_HINT}")
    with secret_service() as address:
        yield address


@pytest.fixture
def real_keyring(secret_service_bus: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The keyring package talking to the real Secret Service for one test."""
    import keyring
    from keyring.backends import SecretService

    previous = keyring.get_keyring()  # chosen before the bus is there, as the other tests see it
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_bus)
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:  # the bus lives for the session: leave no entry to the next test
        while (left := keyring.get_credential("coprod-desktop", None)) is not None:
            keyring.delete_password("coprod-desktop", left.username)
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def tls_server() -> Iterator[TlsServer]:
    """A second PostgreSQL server: TLS (a throwaway CA) and scram passwords on 127.0.0.1."""
    import psycopg

    from tests.postgres_server import NoServerBinariesError, running_server
    from tests.tls_certificates import make_certificates

    with tempfile.TemporaryDirectory(prefix="coprod-tls-") as folder:
        certificates = make_certificates(Path(folder), SERVER_NAME)
        try:
            context = running_server(tls=(certificates.cert, certificates.key))
            server = context.__enter__()
        except NoServerBinariesError as exc:
            pytest.fail(str(exc))
        try:
            assert server.port is not None
            with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
                conn.execute(f"CREATE ROLE {PUBLISHER} LOGIN PASSWORD '{PASSWORD}'")
                conn.execute(f"CREATE DATABASE coprod OWNER {PUBLISHER}")
            found = TlsServer(server.port, certificates.ca, "coprod")
            _upgrade(found)
            yield found
        finally:
            context.__exit__(None, None, None)


def _upgrade(server: TlsServer) -> None:
    """Create the tables as the publisher (the database's owner here), over TLS."""
    from coprod_desktop.storage.connection_url import parse_url
    from coprod_desktop.storage.organisation_store import open_organisation_store

    where = parse_url(server.url(sslrootcert=str(server.ca)))
    open_organisation_store(where, upgrade=True, password=PASSWORD).close()
