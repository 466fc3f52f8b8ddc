"""needed role: the group role whose profile a filled-in needed level came from

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    # Older ratings keep NULL: their filled-in levels came from the profile every role shares
    # (frameworks had no role profiles before this revision).
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needed_role", _TEXT(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.drop_column("needed_role")
