"""organisation summaries: each published revision's ratings summed per role and per item

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 15:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def _publication_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["publication_id"],
        ["publication.id"],
        name=op.f(f"fk_{table}_publication_id_publication"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "published_role_summary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("role", _TEXT(), nullable=True),
        sa.Column("assessed", sa.Integer(), nullable=False),
        sa.Column("meeting", sa.Integer(), nullable=False),
        _publication_fk("published_role_summary"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_role_summary")),
    )
    op.create_table(
        "published_item_summary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("publication_id", sa.Integer(), nullable=False),
        sa.Column("item_code", _TEXT(), nullable=False),
        sa.Column("item_text", _TEXT(), nullable=False),
        sa.Column("assessed", sa.Integer(), nullable=False),
        sa.Column("meeting", sa.Integer(), nullable=False),
        sa.Column("needs", sa.Integer(), nullable=False),
        sa.Column("gap_sum", sa.Integer(), nullable=False),
        _publication_fk("published_item_summary"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_item_summary")),
    )
    for table in ("published_role_summary", "published_item_summary"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{table}_publication_id"), ["publication_id"], unique=False
            )
    _summarise_what_is_there()


def _summarise_what_is_there() -> None:
    """Revisions published under schema 0003 get their summaries from their ratings."""
    op.execute(
        "INSERT INTO published_role_summary (publication_id, role, assessed, meeting) "
        "SELECT r.publication_id, g.role, count(*), "
        "sum(CASE WHEN r.current_level >= r.required_level THEN 1 ELSE 0 END) "
        "FROM published_rating r JOIN published_group g "
        "ON g.publication_id = r.publication_id AND g.key = r.group_key "
        "WHERE r.status <> 'skipped' AND r.current_level IS NOT NULL "
        "AND r.required_level IS NOT NULL GROUP BY r.publication_id, g.role"
    )
    op.execute(
        "INSERT INTO published_item_summary "
        "(publication_id, item_code, item_text, assessed, meeting, needs, gap_sum) "
        "SELECT publication_id, item_code, max(item_text), count(*), "
        "sum(CASE WHEN current_level >= required_level THEN 1 ELSE 0 END), "
        "sum(CASE WHEN current_level < required_level THEN 1 ELSE 0 END), "
        "sum(CASE WHEN current_level < required_level THEN required_level - current_level "
        "ELSE 0 END) FROM published_rating WHERE status <> 'skipped' "
        "AND current_level IS NOT NULL AND required_level IS NOT NULL "
        "GROUP BY publication_id, item_code"
    )


def downgrade() -> None:
    op.drop_table("published_item_summary")
    op.drop_table("published_role_summary")
