"""The organisation store: the same tables and migrations on a shared PostgreSQL or a SQLite file.

Publishers connect with a role that may only read and insert (docs/organisation-store.md), so
opening never migrates by itself: IT upgrades the store with the owner's rights
(``coprod-desktop org-upgrade``), and a publisher meeting an old schema is told so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.storage import schema
from coprod_desktop.storage.connection_url import OrganisationUrl, with_password
from coprod_desktop.storage.database import create_file, inspect_file, make_engine, migrate_file

#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT_S = 10


class OrganisationStoreError(CoprodError):
    """The organisation store cannot be reached or used; the message names it and says why."""

    def __init__(self, where: str, code: str, /, **values: object) -> None:
        super().__init__(code, where=where, **values)
        self.where = where


class OrganisationStore:
    """An open organisation store; ``name`` is its URL without any password."""

    def __init__(self, where: OrganisationUrl, engine: Engine) -> None:
        self.where = where
        self.engine = engine
        self.name = where.shown

    @property
    def is_postgres(self) -> bool:
        return self.where.is_postgres

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A transaction that commits when the block ends, or leaves nothing behind."""
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:  # unreachable, refused, a right missing: rolled back
            raise self.failure(exc) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            return schema.revision_of(conn)

    def failure(self, exc: BaseException) -> OrganisationStoreError:
        """Plain words for a database error (unreachable, refused, permission)."""
        orig = getattr(exc, "orig", None) or exc
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        if "permission denied" in first.lower():
            return OrganisationStoreError(self.name, "organisation.refused", detail=first)
        return OrganisationStoreError(self.name, "organisation.unusable", detail=first)

    def close(self) -> None:
        self.engine.dispose()


def open_organisation_store(
    where: OrganisationUrl, *, upgrade: bool = False, password: str | None = None
) -> OrganisationStore:
    """Connect to the organisation store at ``where`` and check its schema.

    With ``upgrade`` (IT, with the owner's rights) an empty or older store is created or
    migrated; without it, such a store is refused with the command that fixes it. The password
    is ``password`` when given (Settings checking one before it is kept), else PGPASSWORD or
    the system keyring's.
    """
    if not where.is_postgres:
        return _open_sqlite(Path(str(where.url.database)), where)
    engine = create_engine(
        with_password(where) if password is None else where.url.set(password=password),
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "coprod-desktop",
            # No JIT compiling: the view's queries take tens of milliseconds, and the planner's
            # rough guess for the trend's recursive query (hundreds of thousands of rows) made
            # PostgreSQL spend 2.5 s compiling it at 10,000 workshops.
            "options": "-c jit=off",
        },
        pool_pre_ping=True,
    )
    store = OrganisationStore(where, engine)
    try:
        revision = store.revision()
        _check_revision(store, revision, upgrade=upgrade)
        if revision != schema.HEAD_REVISION:
            schema.upgrade(engine, Path(store.name))
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise store.failure(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return store


def _open_sqlite(path: Path, where: OrganisationUrl) -> OrganisationStore:
    """A SQLite file is the user's own: created or migrated as the laptop's store is."""
    facts = inspect_file(path)  # refuses what is not ours, damaged, or newer
    if not facts.exists:
        create_file(path)
    elif facts.revision != schema.HEAD_REVISION:
        migrate_file(path)
    return OrganisationStore(where, make_engine(path, begin="BEGIN IMMEDIATE"))


def _check_revision(store: OrganisationStore, revision: str | None, *, upgrade: bool) -> None:
    where = store.name
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise OrganisationStoreError(where, "organisation.newer_schema", revision=revision)
    if revision != schema.HEAD_REVISION and not upgrade:
        if revision is None:
            raise OrganisationStoreError(where, "organisation.empty")
        raise OrganisationStoreError(where, "organisation.older_schema", revision=revision)
