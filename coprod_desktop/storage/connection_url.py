"""Which organisation store a URL names, and the safe way to connect to it.

The rules an IT department expects: no password in a URL (URLs end up in settings files and
shell histories), the password from the environment (``PGPASSWORD``, read by libpq itself) or
the system keyring, and TLS with a verified certificate to any host that is not this machine.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.storage.passwords import KEYRING_SERVICE, saved_password

POSTGRES_DRIVER = "postgresql+psycopg"
#: sslmode values that encrypt the connection.
ENCRYPTED = ("require", "verify-ca", "verify-full")
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


class ConnectionUrlError(CoprodError):
    """A database URL the app refuses to use; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class OrganisationUrl:
    """A checked organisation-store URL: a SQLite file, or a PostgreSQL database."""

    url: URL

    @property
    def is_postgres(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    @property
    def shown(self) -> str:
        """The URL as it may be printed and saved (never with a password)."""
        return self.url.render_as_string(hide_password=True)

    @property
    def keyring_user(self) -> str:
        """The keyring's user name for this database: ``user@host:port/database``."""
        u = self.url
        host = u.host or str(u.query.get("host", "")) or "local"
        return f"{u.username or ''}@{host}:{u.port or 5432}/{u.database or ''}"


def parse_url(text: str, *, allow_plaintext: bool = False) -> OrganisationUrl:
    """Check ``text`` against the rules above; raises ConnectionUrlError naming the problem."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise ConnectionUrlError("url.not_a_url", text=text) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ConnectionUrlError("url.sqlite_needs_file")
        return OrganisationUrl(url)
    if backend != "postgresql":
        raise ConnectionUrlError("url.unsupported", backend=backend)
    url = url.set(drivername=POSTGRES_DRIVER)  # psycopg 3, whatever the URL named
    if url.password is not None:
        raise ConnectionUrlError("url.has_password", service=KEYRING_SERVICE)
    return OrganisationUrl(_with_tls(url, allow_plaintext=allow_plaintext))


def _with_tls(url: URL, *, allow_plaintext: bool) -> URL:
    """Require an encrypted, verified connection to any host other than this machine."""
    host = url.host or ""
    socket_only = not host and not url.query.get("hostaddr")
    if socket_only or host in LOCAL_HOSTS or host.startswith("/") or allow_plaintext:
        return url
    mode = str(url.query.get("sslmode", ""))
    if not mode:
        return url.update_query_dict({"sslmode": "verify-full"})
    if mode not in ENCRYPTED:
        raise ConnectionUrlError("url.unencrypted", mode=mode, host=host)
    return url


def with_password(checked: OrganisationUrl) -> URL:
    """The URL to connect with: the keyring's password added unless PGPASSWORD is set."""
    url = checked.url
    if not checked.is_postgres or os.environ.get("PGPASSWORD"):
        return url
    password = saved_password(checked.keyring_user)
    return url.set(password=password) if password else url
