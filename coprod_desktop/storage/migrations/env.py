"""Alembic environment: always runs on a connection handed in by storage.schema."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import coprod_desktop.storage.tables  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by rebuilding them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
