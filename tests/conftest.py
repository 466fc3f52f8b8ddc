"""Shared fixtures: real stores in temporary folders, the demo workshop, the default framework."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Before Qt is imported anywhere: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.resources import resource

# No per-example deadline: an example here often writes, reads or validates a whole workshop,
# which a busy machine (CI, two cores) stretches past hypothesis's default 200 ms.
settings.register_profile("coprod", deadline=None)
settings.load_profile("coprod")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def private_runtime_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The run's own ``$XDG_RUNTIME_DIR`` (0700; short, as a socket's path must be): the apps
    the tests start, in this process or as children, keep their hand-over sockets in it, so an
    app killed or never quit leaves nothing behind in the shared temporary folder. It is in
    pytest's folder for the run, which later runs remove even if this one was killed."""
    before = os.environ.get("XDG_RUNTIME_DIR")
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(folder)
    try:
        yield folder
    finally:
        if before is None:
            del os.environ["XDG_RUNTIME_DIR"]
        else:
            os.environ["XDG_RUNTIME_DIR"] = before


@pytest.fixture(scope="session")
def default_framework() -> Framework:
    path = resource("frameworks", "default.en.json")
    return framework_from_bytes(path.read_bytes(), str(path))


@pytest.fixture
def data_folder(tmp_path: Path) -> Iterator[object]:
    """An open data folder (store + lock) in a fresh temporary folder."""
    from coprod_desktop.services.data_folder import open_data_folder

    folder = open_data_folder(tmp_path / "data")
    yield folder
    folder.close()


@pytest.fixture
def store(data_folder: object):  # type: ignore[no-untyped-def]
    return data_folder.store  # type: ignore[attr-defined]


@pytest.fixture
def demo_id(store) -> int:  # type: ignore[no-untyped-def]
    from coprod_desktop.services.demo import create_demo

    return create_demo(store)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A real PostgreSQL server for the whole session, on a Unix socket in a temporary folder.

    Missing server binaries fail the tests that need them (with how to install them), rather
    than skipping them silently.
    """
    from tests.postgres_server import NoServerBinariesError, running_server

    try:
        context = running_server()
        server = context.__enter__()
    except NoServerBinariesError as exc:
        pytest.fail(str(exc))
    # A run stopped with SIGTERM (kill, timeout) unwinds as Ctrl+C does, so this fixture's
    # teardown still stops the server instead of leaving it running.
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield server
    finally:
        signal.signal(signal.SIGTERM, previous)
        context.__exit__(None, None, None)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


_databases = iter(range(1, 1_000_000))


@pytest.fixture
def postgres_url(postgres_server: object) -> Iterator[str]:
    """A fresh, empty database on the session's server; dropped after the test."""
    import psycopg

    server = postgres_server
    name = f"coprod_test_{next(_databases)}"
    with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute(f'CREATE DATABASE "{name}"')
    yield server.url(name)  # type: ignore[attr-defined]
    with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def org_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty organisation store's URL on each engine: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'organisation.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))


# The keyring and TLS fixtures (a real Secret Service, a PostgreSQL server taking TLS).
from tests.secure_fixtures import real_keyring, secret_service_bus, tls_server  # noqa: E402, F401
