"""The publisher's role on a real PostgreSQL server: it may read and insert, nothing more."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.services.publish import PublishService, withdraw
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import (
    OrganisationStore,
    OrganisationStoreError,
    open_organisation_store,
)
from coprod_desktop.storage.privileges import grant_publisher
from coprod_desktop.storage.repositories import WorkshopRepository
from tests.worded import raises_worded

ROLE = "laptop_publisher"


@pytest.fixture
def as_publisher(postgres_server: object, postgres_url: str) -> Iterator[OrganisationStore]:
    """The organisation store set up by its owner, then opened as the publisher's role."""
    owner = open_organisation_store(parse_url(postgres_url), upgrade=True)
    with psycopg.connect(postgres_server.admin_dsn(), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute(f"DROP ROLE IF EXISTS {ROLE}")
        conn.execute(f"CREATE ROLE {ROLE} LOGIN")
    grant_publisher(owner, ROLE)
    owner.close()
    database = str(make_url(postgres_url).database)
    url = postgres_server.url(database, user=ROLE)  # type: ignore[attr-defined]
    store = open_organisation_store(parse_url(url))
    yield store
    store.close()  # the test database goes next, and with it every grant on its tables


def test_the_publisher_publishes_and_can_do_nothing_else(
    store: Store, demo_id: int, as_publisher: OrganisationStore
) -> None:
    service = PublishService(store, as_publisher)
    assert service.publish(demo_id).revision == 1
    with store.reading() as session:
        uid = WorkshopRepository(session).load(demo_id).uid
    assert service.current(uid) is not None  # it reads back what it wrote
    for statement in (
        "DELETE FROM publication",
        "UPDATE publication SET title = 'x'",
        "DROP TABLE published_rating",
        "INSERT INTO withdrawal (workshop_uid, reason, withdrawn_at) VALUES ('u', '', now())",
        "SELECT count(*) FROM workshop",
        "CREATE TABLE extra (id int)",
    ):
        with (
            raises_worded(ProgrammingError, match=r"permission denied|must be owner"),
            as_publisher.engine.begin() as conn,
        ):
            conn.execute(text(statement))


def test_withdrawing_needs_the_owners_rights(
    store: Store, demo_id: int, as_publisher: OrganisationStore
) -> None:
    PublishService(store, as_publisher).publish(demo_id)
    with raises_worded(OrganisationStoreError, match="may not do this"):
        withdraw(as_publisher, "some-uid", "")


def test_org_grant_names_a_missing_role(postgres_url: str) -> None:
    owner = open_organisation_store(parse_url(postgres_url), upgrade=True)
    try:
        with raises_worded(CoprodError, match="no database role “nobody”"):
            grant_publisher(owner, "nobody")
    finally:
        owner.close()
