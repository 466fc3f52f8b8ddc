"""Schema versions and migrations. Alembic is imported only when a migration must run."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.storage.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

#: Every schema revision this app knows, oldest first; the last is the head.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
)  # fmt: skip
HEAD_REVISION = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationFailedError(StoreError):
    """A migration failed; the store was rolled back and a backup was taken before."""


def current_revision(conn: sqlite3.Connection) -> str | None:
    """The store's schema revision, or None for a store with no schema yet."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def revision_of(conn: Connection) -> str | None:
    """The schema revision of the database behind ``conn`` (any engine), or None if empty."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).fetchone()
    return str(row[0]) if row else None


def alembic_config(engine_url: str = "") -> object:
    """An Alembic Config pointing at our migrations folder (for tooling and tests)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine_url:
        config.set_main_option("sqlalchemy.url", engine_url)
    return config


def upgrade(engine: Engine, path: Path, target: str = "head") -> None:
    """Migrate the store to ``target`` in one transaction (SQLite or PostgreSQL: both run
    schema changes inside a transaction). ``path`` names the store in messages.

    ``engine`` must have foreign keys off (``make_engine(path, foreign_keys=False)``) so that
    table rebuilds cannot fire ON DELETE CASCADE; ``PRAGMA foreign_key_check`` must then come
    back clean before the migration commits.
    """
    from alembic import command
    from alembic.config import Config

    config = alembic_config()
    assert isinstance(config, Config)
    with engine.connect() as conn:
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if conn.dialect.name != "sqlite":
                    return  # PostgreSQL checks every foreign key as rows change
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    table = problems[0][0]
                    raise MigrationFailedError(path, "store.migration_broken_links", table=table)
        except MigrationFailedError:
            raise
        except Exception as exc:
            # One line: the database's own words, not the SQL statement that met them.
            said = str(getattr(exc, "orig", None) or exc).strip().splitlines() or [repr(exc)]
            raise MigrationFailedError(path, "store.migration_failed", detail=said[0]) from exc
