"""action links: an action may be about an item or an entry of the training plan

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    # Older actions keep NULL in both: they are about nothing in particular, as before.
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("item_code", _TEXT(), nullable=True))
        batch_op.add_column(sa.Column("plan_entry", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("plan_entry")
        batch_op.drop_column("item_code")
