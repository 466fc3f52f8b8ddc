"""training plan: a workshop's plan entries

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "plan_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", _TEXT(), nullable=False),
        sa.Column("group_keys", _TEXT(), nullable=False),
        sa.Column("item_code", _TEXT(), nullable=True),
        sa.Column("method", _TEXT(), nullable=False),
        sa.Column("lead", _TEXT(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", _TEXT(), nullable=False),
        sa.Column("learn_from", _TEXT(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_plan_entry_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_entry")),
    )
    with op.batch_alter_table("plan_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_entry_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("plan_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_entry_workshop_id"))
    op.drop_table("plan_entry")
