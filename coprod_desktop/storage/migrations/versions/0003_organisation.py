"""organisation: service and group role; the organisation store's publication log

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 14:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service", _TEXT(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("published_revision", sa.Integer(), nullable=True))
    with op.batch_alter_table("workshop_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", _TEXT(), nullable=True))

    op.create_table(
        "publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_uid", _TEXT(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("parent_revision", sa.Integer(), nullable=True),
        sa.Column("content_hash", _TEXT(), nullable=False),
        sa.Column("document", _TEXT(), nullable=False),
        sa.Column("title", _TEXT(), nullable=False),
        sa.Column("organisation", _TEXT(), nullable=False),
        sa.Column("locality", _TEXT(), nullable=False),
        sa.Column("service", _TEXT(), nullable=False),
        sa.Column("purpose", _TEXT(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("baseline_uid", _TEXT(), nullable=True),
        sa.Column("published_by", _TEXT(), nullable=False),
        sa.Column("published_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication")),
        sa.UniqueConstraint(
            "workshop_uid", "revision", name=op.f("uq_publication_workshop_uid_revision")
        ),
    )
    with op.batch_alter_table("publication", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_publication_locality"), ["locality"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_publication_workshop_uid"), ["workshop_uid"], unique=False
        )

    op.create_table(
        "published_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("key", _TEXT(), nullable=False),
        sa.Column("name", _TEXT(), nullable=False),
        sa.Column("role", _TEXT(), nullable=True),
        sa.Column("current_stage", _TEXT(), nullable=True),
        sa.Column("aim_stage", _TEXT(), nullable=True),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["publication.id"],
            name=op.f("fk_published_group_publication_id_publication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_group")),
    )
    with op.batch_alter_table("published_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_published_group_publication_id"), ["publication_id"], unique=False
        )

    op.create_table(
        "published_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("group_key", _TEXT(), nullable=False),
        sa.Column("item_code", _TEXT(), nullable=False),
        sa.Column("item_text", _TEXT(), nullable=False),
        sa.Column("area", _TEXT(), nullable=False),
        sa.Column("status", _TEXT(), nullable=False),
        sa.Column("current_level", sa.Integer(), nullable=True),
        sa.Column("required_level", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["publication_id"],
            ["publication.id"],
            name=op.f("fk_published_rating_publication_id_publication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_rating")),
    )
    with op.batch_alter_table("published_rating", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_published_rating_publication_id"), ["publication_id"], unique=False
        )

    op.create_table(
        "withdrawal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_uid", _TEXT(), nullable=False),
        sa.Column("reason", _TEXT(), nullable=False),
        sa.Column("withdrawn_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_withdrawal")),
        sa.UniqueConstraint("workshop_uid", name=op.f("uq_withdrawal_workshop_uid")),
    )


def downgrade() -> None:
    op.drop_table("withdrawal")
    op.drop_table("published_rating")
    op.drop_table("published_group")
    op.drop_table("publication")
    with op.batch_alter_table("workshop_group", schema=None) as batch_op:
        batch_op.drop_column("role")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_column("published_revision")
        batch_op.drop_column("service")
