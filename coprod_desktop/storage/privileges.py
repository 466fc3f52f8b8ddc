"""The publisher's database role: read and insert what publishing needs, and nothing else.

Documented in docs/organisation-store.md. The owner creates the role (with a password kept in
the laptops' keyrings) and runs ``coprod-desktop org-grant ROLE``; laptops then publish as it.
"""

from __future__ import annotations

from sqlalchemy import text

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.storage.organisation_store import OrganisationStore

#: Tables a publisher reads: the schema version, the log's heads, and withdrawals.
READS = (
    "alembic_version", "publication", "published_group", "published_rating", "withdrawal",
    "published_role_summary", "published_item_summary",
)  # fmt: skip
#: Tables a publisher appends to (and their id sequences).
INSERTS = (
    "publication", "published_group", "published_rating", "published_role_summary",
    "published_item_summary",
)  # fmt: skip


def publisher_grants(role: str) -> list[str]:
    """The GRANT statements for ``role`` (already quoted as an identifier)."""
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON {', '.join(READS)} TO {role}",
        f"GRANT INSERT ON {', '.join(INSERTS)} TO {role}",
        "GRANT USAGE ON SEQUENCE "
        + ", ".join(f"{table}_id_seq" for table in INSERTS)
        + f" TO {role}",
    ]


def grant_publisher(organisation: OrganisationStore, role: str) -> None:
    """Give the existing PostgreSQL ``role`` exactly the publisher's rights."""
    if not organisation.is_postgres:
        raise CoprodError("organisation.roles_postgres_only")
    with organisation.engine.begin() as conn:
        quoted = conn.dialect.identifier_preparer.quote(role)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            raise CoprodError("organisation.no_role", role=role, quoted=quoted)
        database = conn.dialect.identifier_preparer.quote(
            str(conn.execute(text("SELECT current_database()")).scalar())
        )
        conn.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {quoted}"))
        for statement in publisher_grants(quoted):
            conn.execute(text(statement))
