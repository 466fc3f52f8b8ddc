"""The organisation store's publication log: read the head of a workshop, append a revision.

Only SELECT and INSERT: the publisher's database role needs nothing more.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from coprod_desktop.domain.organisation import summarise
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.storage.tables import (
    PublicationRow,
    PublishedGroupRow,
    PublishedItemSummaryRow,
    PublishedRatingRow,
    PublishedRoleSummaryRow,
    WithdrawalRow,
)


@dataclass(frozen=True, slots=True)
class PublicationHead:
    """The newest revision of a workshop in the organisation store."""

    revision: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class NewRevision:
    """What one publish appends: the workshop (private notes already removed) and its file."""

    workshop: Workshop
    document: str
    content_hash: str
    revision: int
    parent_revision: int | None
    published_by: str


class PublicationRepository:
    """Revisions of published workshops, oldest kept for ever."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def hold(self, uid: str) -> None:
        """Make other publishers of the same workshop wait until this transaction ends.

        PostgreSQL: a transaction-scoped advisory lock (no rights needed). SQLite: the
        organisation engine begins IMMEDIATE, which already serialises writers.
        """
        if self.session.get_bind().dialect.name == "postgresql":
            key = zlib.crc32(uid.encode("utf-8")) - 2**31  # fits PostgreSQL's bigint
            self.session.exec(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=key))  # type: ignore[call-overload]

    def head(self, uid: str) -> PublicationHead | None:
        row = self.session.exec(
            select(PublicationRow.revision, PublicationRow.content_hash)
            .where(PublicationRow.workshop_uid == uid)
            .order_by(col(PublicationRow.revision).desc())
            .limit(1)
        ).first()
        return PublicationHead(revision=row[0], content_hash=row[1]) if row else None

    def is_withdrawn(self, uid: str) -> bool:
        found = self.session.exec(
            select(WithdrawalRow.id).where(WithdrawalRow.workshop_uid == uid)
        ).first()
        return found is not None

    def document(self, uid: str, revision: int | None = None) -> tuple[int, str] | None:
        """The workshop file of ``revision`` (default: the newest), with its number."""
        query = select(PublicationRow.revision, PublicationRow.document).where(
            PublicationRow.workshop_uid == uid
        )
        if revision is not None:
            query = query.where(PublicationRow.revision == revision)
        row = self.session.exec(query.order_by(col(PublicationRow.revision).desc())).first()
        return (row[0], row[1]) if row else None

    def revisions(self, uid: str) -> list[tuple[int, int | None]]:
        """Every revision of ``uid`` with the one it was edited from, oldest first."""
        return list(
            self.session.exec(
                select(PublicationRow.revision, PublicationRow.parent_revision)
                .where(PublicationRow.workshop_uid == uid)
                .order_by(col(PublicationRow.revision))
            ).all()
        )

    def count(self) -> int:
        return self.session.exec(select(func.count()).select_from(PublicationRow)).one()

    def append(self, new: NewRevision) -> None:
        """Insert the revision with its groups and ratings (the figures the view reads)."""
        w = new.workshop
        row = PublicationRow(
            workshop_uid=w.uid,
            revision=new.revision,
            parent_revision=new.parent_revision,
            content_hash=new.content_hash,
            document=new.document,
            title=w.title,
            organisation=w.organisation,
            locality=w.locality,
            service=w.service,
            purpose=w.purpose.value,
            held_on=w.held_on,
            baseline_uid=w.baseline_uid,
            published_by=new.published_by,
        )
        self.session.add(row)
        self.session.flush()
        pid = row.id
        assert pid is not None
        self.session.add_all(
            PublishedGroupRow(
                publication_id=pid,
                key=g.key,
                name=g.name,
                role=g.role.value if g.role else None,
                current_stage=g.placement.current.value if g.placement.current else None,
                aim_stage=g.placement.aim.value if g.placement.aim else None,
            )
            for g in w.groups
        )
        items = {code: w.framework.item(code) for code in w.item_codes}
        self.session.add_all(
            PublishedRatingRow(
                publication_id=pid,
                group_key=g.key,
                item_code=code,
                item_text=items[code].text,
                area=items[code].area.value,
                status=r.status.value,
                current_level=r.current_level,
                required_level=r.required_level,
            )
            for g in w.groups
            for code, r in g.ratings.items()
        )
        by_role, by_item = summarise(w)
        self.session.add_all(
            PublishedRoleSummaryRow(
                publication_id=pid,
                role=s.role.value if s.role else None,
                assessed=s.assessed,
                meeting=s.meeting,
            )
            for s in by_role
        )
        self.session.add_all(
            PublishedItemSummaryRow(
                publication_id=pid,
                item_code=s.item_code,
                item_text=items[s.item_code].text,
                assessed=s.assessed,
                meeting=s.meeting,
                needs=s.needs,
                gap_sum=s.gap_sum,
            )
            for s in by_item
        )
        self.session.flush()

    def withdraw(self, uid: str, reason: str) -> None:
        """Take ``uid`` out of the view for good (the owner's right, not the publisher's)."""
        self.session.add(WithdrawalRow(workshop_uid=uid, reason=reason))
        self.session.flush()
