"""Organisation-store URLs: no passwords in them, TLS to other hosts, keyring and environment."""

from __future__ import annotations

import pytest

from coprod_desktop.storage.connection_url import ConnectionUrlError, parse_url, with_password
from tests.worded import raises_worded, worded


def test_a_remote_server_gets_verified_tls_by_default() -> None:
    checked = parse_url("postgresql://publisher@db.example.org/coprod")
    assert checked.url.drivername == "postgresql+psycopg"
    assert checked.url.query["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_an_unencrypted_remote_connection_is_refused(mode: str) -> None:
    with raises_worded(ConnectionUrlError, match="unencrypted"):
        parse_url(f"postgresql+psycopg://publisher@db.example.org/coprod?sslmode={mode}")
    allowed = parse_url(
        f"postgresql+psycopg://publisher@db.example.org/coprod?sslmode={mode}",
        allow_plaintext=True,
    )
    assert allowed.url.query["sslmode"] == mode


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://publisher@/coprod?host=/run/postgresql",
        "postgresql+psycopg://publisher@localhost/coprod",
        "postgresql+psycopg://publisher@127.0.0.1:5433/coprod",
    ],
)
def test_this_machine_needs_no_tls(url: str) -> None:
    assert "sslmode" not in parse_url(url).url.query


def test_a_password_in_the_url_is_refused_and_never_echoed() -> None:
    with raises_worded(ConnectionUrlError, match="PGPASSWORD") as info:
        parse_url("postgresql+psycopg://publisher:s3cret@db.example.org/coprod")
    assert "s3cret" not in worded(info.value)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not a database URL"),
        ("mysql://x@y/z", "not supported"),
        ("sqlite://", "needs a file"),
    ],
)
def test_unusable_urls_say_why(url: str, message: str) -> None:
    with raises_worded(ConnectionUrlError, match=message):
        parse_url(url)


def test_the_password_comes_from_the_environment_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", "from-env")  # libpq reads it itself: the URL stays bare
    checked = parse_url("postgresql+psycopg://publisher@db.example.org/coprod")
    assert with_password(checked).password is None
    assert checked.keyring_user == "publisher@db.example.org:5432/coprod"
