"""needed from: where each rating's needed level came from

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 15:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    # Older ratings keep NULL: whether their needed level was the group's choice or the
    # framework's was never recorded, and the results say so rather than guess.
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.add_column(sa.Column("needed_from", _TEXT(), nullable=True))
        batch_op.add_column(sa.Column("needed_for", _TEXT(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rating", schema=None) as batch_op:
        batch_op.drop_column("needed_for")
        batch_op.drop_column("needed_from")
