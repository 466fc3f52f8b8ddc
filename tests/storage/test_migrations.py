"""Migrations: empty to head, every released schema to head with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import coprod_desktop.storage.tables  # noqa: F401
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage import schema
from coprod_desktop.storage.backups import list_backups
from coprod_desktop.storage.database import STORE_NAME, make_engine, open_store
from tests.worded import raises_worded

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "stores"


def row_counts(path: Path) -> dict[str, int]:
    """Rows in every table of ours (not Alembic's) in the store at ``path``."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_known_revisions_match_the_migration_scripts() -> None:
    config = schema.alembic_config()
    script = ScriptDirectory.from_config(config)  # type: ignore[arg-type]
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == schema.KNOWN_REVISIONS
    assert script.get_current_head() == schema.HEAD_REVISION


def test_migrated_schema_matches_the_tables(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    engine = make_engine(tmp_path / STORE_NAME)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_there_is_a_fixture_for_every_released_schema() -> None:
    for revision in schema.KNOWN_REVISIONS:
        assert (FIXTURES / f"schema-{revision}.sqlite").exists(), revision


@pytest.mark.parametrize("revision", schema.KNOWN_REVISIONS)
def test_each_released_schema_upgrades_to_head_with_nothing_lost(
    tmp_path: Path, revision: str
) -> None:
    shutil.copyfile(FIXTURES / f"schema-{revision}.sqlite", tmp_path / STORE_NAME)
    before = row_counts(tmp_path / STORE_NAME)
    assert before["rating"] > 0 and before["action"] > 0
    store = open_store(tmp_path)
    try:
        assert store.revision() == schema.HEAD_REVISION
        after = row_counts(store.path)
        assert {t: after[t] for t in before} == before  # every old row is still there
        assert store.integrity_check() == ["ok"]
        service = WorkshopService(store)
        loaded = [service.get(w.id) for w in service.list()]
        assert sum(w.ratings_recorded for w in loaded) == before["rating"]
    finally:
        store.close()
    if revision != schema.HEAD_REVISION:
        assert list_backups(tmp_path / "backups"), "a backup is taken before migrating"


def test_migration_engine_has_foreign_keys_off(tmp_path: Path) -> None:
    """Table rebuilds during migrations must not cascade deletes into child rows."""
    open_store(tmp_path).close()
    engine = make_engine(tmp_path / STORE_NAME, foreign_keys=False)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    finally:
        engine.dispose()


def test_failed_migration_rolls_back_and_a_backup_was_taken_first(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURES / f"schema-{schema.HEAD_REVISION}.sqlite", tmp_path / STORE_NAME)
    conn = sqlite3.connect(tmp_path / STORE_NAME)
    conn.execute("DELETE FROM alembic_version")  # looks unmigrated: creating tables will clash
    conn.commit()
    conn.close()
    before = row_counts(tmp_path / STORE_NAME)
    with raises_worded(schema.MigrationFailedError, match="rolled back"):
        open_store(tmp_path)
    assert row_counts(tmp_path / STORE_NAME) == before
    backups = list_backups(tmp_path / "backups")
    assert len(backups) == 1
    assert row_counts(backups[0].path) == before
