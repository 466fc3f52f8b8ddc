"""cross ratings: groups' views of how ready other groups, or the partnership, are

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 18:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    # A new table only: no existing row changes, so older stores open with no views given.
    op.create_table(
        "cross_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("rater_key", _TEXT(), nullable=False),
        sa.Column("subject_key", _TEXT(), nullable=False),
        sa.Column("item_code", _TEXT(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_cross_rating_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cross_rating")),
        sa.UniqueConstraint(
            "workshop_id",
            "rater_key",
            "subject_key",
            "item_code",
            name=op.f("uq_cross_rating_workshop_id_rater_key_subject_key_item_code"),
        ),
    )
    with op.batch_alter_table("cross_rating", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cross_rating_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cross_rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cross_rating_workshop_id"))
    op.drop_table("cross_rating")
