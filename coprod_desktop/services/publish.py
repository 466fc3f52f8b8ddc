"""Publishing workshops from the laptop to the organisation store.

Idempotent by workshop uid and content: publishing an unchanged workshop changes nothing; an
edited one becomes a new revision naming the revision it was edited from, and the old stays.
An edit of a revision someone else has since replaced is refused (as ODK Central refuses a
stale deprecated ID) until the two are merged. Private notes never leave the laptop.
"""

from __future__ import annotations

import dataclasses
import getpass
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import text

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.formats.workshop_format import workshop_from_bytes, workshop_to_dict
from coprod_desktop.storage.connection_url import OrganisationUrl
from coprod_desktop.storage.database import Store, attach_store
from coprod_desktop.storage.organisation_store import OrganisationStore, open_organisation_store
from coprod_desktop.storage.publications import NewRevision, PublicationRepository
from coprod_desktop.storage.repositories import WorkshopRepository


class Outcome(StrEnum):
    """What a publish did."""

    NEW = "new"
    REVISED = "revised"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class Published:
    """A workshop published (or found already published) as ``revision``."""

    workshop_id: int
    title: str
    revision: int
    outcome: Outcome


class PublishConflictError(CoprodError):
    """Someone published a newer revision of this workshop since this laptop's copy was made."""

    def __init__(self, workshop_id: int, title: str, parent: int | None, head: int) -> None:
        self.workshop_id, self.title, self.parent, self.head = workshop_id, title, parent, head
        if parent:
            super().__init__(
                "publish.conflict_since", id=workshop_id, title=title, parent=parent, head=head
            )
        else:
            super().__init__(
                "publish.conflict_never_merged", id=workshop_id, title=title, head=head
            )


class WithdrawnError(CoprodError):
    """The workshop was withdrawn from the organisation store; it is not re-created."""

    def __init__(self, title: str) -> None:
        self.title = title
        super().__init__("publish.withdrawn", title=title)


def public_copy(workshop: Workshop) -> Workshop:
    """The workshop without its private notes: all that may leave the laptop."""
    groups = tuple(
        dataclasses.replace(
            g,
            ratings={c: dataclasses.replace(r, private_note="") for c, r in g.ratings.items()},
        )
        for g in workshop.groups
    )
    return dataclasses.replace(workshop, groups=groups)


def published_document(workshop: Workshop) -> tuple[str, str]:
    """The public workshop file and the hash of its content (independent of when it is made)."""
    document = workshop_to_dict(public_copy(workshop))
    content = {k: v for k, v in document.items() if k not in ("exported_at", "exported_by")}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")), digest


class PublishService:
    """Copy workshops from the laptop's store into an organisation store."""

    def __init__(self, store: Store, organisation: OrganisationStore) -> None:
        self.store = store
        self.organisation = organisation

    def publish(self, workshop_id: int) -> Published:
        """Publish one workshop in one transaction; raises PublishConflictError,
        WithdrawnError, or the store's error (then nothing was written)."""
        with self.store.reading() as session:
            repo = WorkshopRepository(session)
            workshop = repo.load(workshop_id)
            parent = repo.published_revision(workshop_id)
        document, digest = published_document(workshop)
        public = public_copy(workshop)
        with self.organisation.unit_of_work() as session:
            log = PublicationRepository(session)
            log.hold(workshop.uid)
            if log.is_withdrawn(workshop.uid):
                raise WithdrawnError(workshop.title)
            head = log.head(workshop.uid)
            if head is not None and head.content_hash == digest:
                outcome, revision = Outcome.UNCHANGED, head.revision
            elif head is not None and head.revision != parent:
                raise PublishConflictError(workshop_id, workshop.title, parent, head.revision)
            else:
                outcome = Outcome.NEW if head is None else Outcome.REVISED
                revision = 1 if head is None else head.revision + 1
                log.append(
                    NewRevision(
                        workshop=public,
                        document=document,
                        content_hash=digest,
                        revision=revision,
                        parent_revision=None if head is None else head.revision,
                        published_by=self._publisher(session),
                    )
                )
        if parent != revision:  # after the organisation's commit: a retry finds it unchanged
            with self.store.unit_of_work() as session:
                WorkshopRepository(session).set_published_revision(workshop_id, revision)
        return Published(workshop_id, workshop.title, revision, outcome)

    def publish_all(
        self, progress: Callable[[int, int, Published | CoprodError], None] | None = None
    ) -> list[Published | CoprodError]:
        """Publish every workshop on the laptop, each in its own transaction; a refusal of
        one (conflict, withdrawn) is reported and the others go on."""
        with self.store.reading() as session:
            ids = [s.id for s in WorkshopRepository(session).summaries()]
        results: list[Published | CoprodError] = []
        for done, workshop_id in enumerate(sorted(ids), start=1):
            try:
                result: Published | CoprodError = self.publish(workshop_id)
            except (PublishConflictError, WithdrawnError) as refused:
                result = refused
            results.append(result)
            if progress is not None:
                progress(done, len(ids), result)
        return results

    def current(self, uid: str, revision: int | None = None) -> tuple[int, Workshop] | None:
        """The newest (or the given) published revision of ``uid`` and its workshop."""
        with self.organisation.reading() as session:
            found = PublicationRepository(session).document(uid, revision)
        if found is None:
            return None
        revision, document = found
        source = f"{self.organisation.name} revision {revision}"
        return revision, workshop_from_bytes(document.encode("utf-8"), source)

    def _publisher(self, session: object) -> str:
        if self.organisation.is_postgres:
            return str(session.exec(text("SELECT current_user")).one()[0])  # type: ignore[attr-defined]
        return getpass.getuser()


def publish_everything(
    laptop: Path, where: OrganisationUrl, progress: Callable[[float], None]
) -> list[Published | CoprodError]:
    """Publish every workshop of the laptop's store at ``laptop`` into the organisation store
    at ``where``, in a process of its own (the menu's "Publish all…", run apart): its own
    connections, the password from the environment or the system keyring as the app's own
    (never handed over). A workshop's refusal comes back as a plain ``CoprodError`` (its code
    and values: what travels between processes)."""
    store = attach_store(laptop)
    try:
        organisation = open_organisation_store(where)
        try:
            results = PublishService(store, organisation).publish_all(
                lambda done, total, _result: progress(done / total)
            )
        finally:
            organisation.close()
    finally:
        store.close()
    return [r if isinstance(r, Published) else CoprodError(r.code, **r.values) for r in results]


def withdraw(organisation: OrganisationStore, uid: str, reason: str) -> None:
    """Take a workshop out of the organisation view for good (needs the owner's rights): its
    revisions stay in the log, and a later publish of it is refused."""
    with organisation.unit_of_work() as session:
        PublicationRepository(session).withdraw(uid, reason)
