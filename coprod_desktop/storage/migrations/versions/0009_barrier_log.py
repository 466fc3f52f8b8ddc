"""barrier log: a workshop's barriers (the planning use)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "barrier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", _TEXT(), nullable=False),
        sa.Column("tag", _TEXT(), nullable=False),
        sa.Column("stage", _TEXT(), nullable=True),
        sa.Column("principle", _TEXT(), nullable=True),
        sa.Column("owner", _TEXT(), nullable=False),
        sa.Column("next_step", _TEXT(), nullable=False),
        sa.Column("group_key", _TEXT(), nullable=True),
        sa.Column("status", _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_barrier_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barrier")),
    )
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_barrier_workshop_id"), ["workshop_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("barrier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_barrier_workshop_id"))
    op.drop_table("barrier")
