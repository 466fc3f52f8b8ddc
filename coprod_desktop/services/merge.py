"""Merging another copy of a workshop into this laptop's: from a workshop file, or the
organisation store's newest revision (then the next publish names that revision as its parent).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.merge import Difference, Merge, merge
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.formats.workshop_format import workshop_from_bytes
from coprod_desktop.services.files import read_limited
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository

if TYPE_CHECKING:
    from coprod_desktop.storage.organisation_store import OrganisationStore


class UnresolvedDifferencesError(CoprodError):
    """Ratings differ between the copies and no choice was made for them: nothing changed."""

    def __init__(self, differences: tuple[Difference, ...]) -> None:
        self.differences = differences
        super().__init__("merge.unresolved", count=len(differences))


@dataclass(frozen=True, slots=True)
class PublishedCopy:
    """The organisation store's newest revision of a workshop, and the revision this laptop's
    copy was last published as or merged from (what both were edited from), when known."""

    revision: int
    theirs: Workshop
    base: Workshop | None


class MergeService:
    """Merge a copy into a workshop on this laptop, in one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def uid(self, workshop_id: int) -> str:
        with self.store.reading() as session:
            return WorkshopRepository(session).load(workshop_id).uid

    def published_revision(self, workshop_id: int) -> int | None:
        """The organisation revision this copy was last published as or merged from."""
        with self.store.reading() as session:
            return WorkshopRepository(session).published_revision(workshop_id)

    def published_copy(self, workshop_id: int, organisation: OrganisationStore) -> PublishedCopy:
        """The organisation store's newest revision of this workshop, to merge (then publish
        again); raises CoprodError when the store does not have it."""
        from coprod_desktop.services.publish import PublishService

        uid, parent = self.uid(workshop_id), self.published_revision(workshop_id)
        publishing = PublishService(self.store, organisation)
        found = publishing.current(uid)
        if found is None:
            raise CoprodError("merge.not_published", title=self.title(workshop_id))
        was = publishing.current(uid, parent) if parent is not None else None
        return PublishedCopy(found[0], found[1], was[1] if was is not None else None)

    def title(self, workshop_id: int) -> str:
        with self.store.reading() as session:
            return WorkshopRepository(session).load(workshop_id).title

    def preview(self, workshop_id: int, theirs: Workshop, base: Workshop | None = None) -> Merge:
        """What merging ``theirs`` would give, and where the copies differ (``base``: the copy
        both were edited from, when known)."""
        with self.store.reading() as session:
            return merge(WorkshopRepository(session).load(workshop_id), theirs, base)

    def apply(
        self,
        workshop_id: int,
        theirs: Workshop,
        choices: Mapping[str, Side],
        *,
        base: Workshop | None = None,
        published_revision: int | None = None,
    ) -> Workshop:
        """Merge and store; every difference needs a choice (else UnresolvedDifferencesError
        and nothing changes). ``published_revision``: ``theirs`` is that revision of the
        organisation store, which the next publish then names as its parent."""
        with self.store.unit_of_work() as session:
            repo = WorkshopRepository(session)
            result = merge(repo.load(workshop_id), theirs, base)
            missing = result.unresolved(choices)
            if missing:
                raise UnresolvedDifferencesError(missing)
            merged = result.resolved(choices)
            repo.replace(workshop_id, merged)
            if published_revision is not None:
                repo.set_published_revision(workshop_id, published_revision)
        return merged


def read_copy(path: Path) -> Workshop:
    """Another laptop's copy, from its workshop file (strictly checked)."""
    return workshop_from_bytes(read_limited(path), str(path))
