"""One schema, two engines: the same migrations on a real PostgreSQL server as on SQLite.

Each released schema's fixture store is copied, row for row, into a PostgreSQL database at that
schema, upgraded to the head there, and read back through the same repositories.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, func, insert, select, text
from sqlmodel import Session, SQLModel

import coprod_desktop.storage.tables  # noqa: F401  (the tables on the metadata)
from coprod_desktop.storage import schema
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import (
    OrganisationStoreError,
    open_organisation_store,
)
from coprod_desktop.storage.repositories import WorkshopRepository
from tests.storage.test_migrations import FIXTURES
from tests.worded import raises_worded


def _copy_rows(source: Path, target_url: str) -> dict[str, int]:
    """Copy every row of the SQLite store at ``source`` into the database at ``target_url``
    (already at the same schema); returns the rows per table."""
    src = create_engine(f"sqlite:///{source}")
    dst = create_engine(target_url)
    meta = MetaData()
    meta.reflect(src)
    counts: dict[str, int] = {}
    try:
        with src.connect() as read, dst.begin() as write:
            for table in meta.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(r._mapping) for r in read.execute(select(table))]
                counts[table.name] = len(rows)
                if rows:
                    write.execute(insert(table), rows)
                if "id" in table.c and rows:  # the serial goes on after the copied ids
                    write.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                             f"(SELECT max(id) FROM \"{table.name}\"))")
                    )  # fmt: skip
    finally:
        src.dispose()
        dst.dispose()
    return counts


@pytest.mark.parametrize("revision", schema.KNOWN_REVISIONS)
def test_each_released_schema_upgrades_on_postgresql_with_nothing_lost(
    postgres_url: str, revision: str
) -> None:
    engine = create_engine(postgres_url)
    try:
        schema.upgrade(engine, Path("test"), target=revision)
        before = _copy_rows(FIXTURES / f"schema-{revision}.sqlite", postgres_url)
        assert before["rating"] > 0 and before["action"] > 0
        schema.upgrade(engine, Path("test"))
        with engine.connect() as conn:
            assert schema.revision_of(conn) == schema.HEAD_REVISION
            for table, count in before.items():
                assert conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == count
        with Session(engine) as session:
            repo = WorkshopRepository(session)
            loaded = [repo.load(w.id) for w in repo.summaries()]
        assert sum(w.ratings_recorded for w in loaded) == before["rating"]
        assert all(w.framework.items for w in loaded)
    finally:
        engine.dispose()


def test_migrated_postgresql_schema_matches_the_tables(postgres_url: str) -> None:
    store = open_organisation_store(parse_url(postgres_url), upgrade=True)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == []
    finally:
        store.close()


def test_a_workshop_round_trips_through_postgresql(
    postgres_url: str, store: Store, demo_id: int
) -> None:
    with store.reading() as session:
        workshop = WorkshopRepository(session).load(demo_id)
    assert workshop.service and all(g.role for g in workshop.groups)
    org = open_organisation_store(parse_url(postgres_url), upgrade=True)
    try:
        with org.unit_of_work() as session:
            wid = WorkshopRepository(session).add(workshop)
        with org.reading() as session:
            assert WorkshopRepository(session).load(wid) == workshop
    finally:
        org.close()


def test_an_empty_postgresql_store_is_refused_without_upgrade_rights(postgres_url: str) -> None:
    with raises_worded(OrganisationStoreError, match="org-upgrade"):
        open_organisation_store(parse_url(postgres_url))
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:  # nothing was created by the refused open
            assert conn.execute(
                select(func.count()).select_from(text("information_schema.tables"))
                .where(text("table_schema = 'public'"))
            ).scalar() == 0  # fmt: skip
    finally:
        engine.dispose()
