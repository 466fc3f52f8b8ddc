"""Creating, listing, duplicating and deleting workshops."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import FrameworkRepository, WorkshopRepository

if TYPE_CHECKING:
    from coprod_desktop.storage.erase import BackupPurge


@dataclass(frozen=True, slots=True)
class GroupDraft:
    """A group as entered in the new-workshop form."""

    name: str
    participant_count: int | None = None
    aim: Stage | None = None
    role: GroupRole | None = None


@dataclass(frozen=True, slots=True)
class WorkshopDraft:
    """What the facilitator fills in to create a workshop."""

    title: str
    groups: Sequence[GroupDraft]
    framework_key: str = DEFAULT_FRAMEWORK_KEY
    item_codes: Sequence[str] | None = None
    organisation: str = ""
    locality: str = ""
    venue: str = ""
    held_on: dt.date | None = None
    facilitator: str = ""
    purpose: WorkshopPurpose = WorkshopPurpose.LIVE_SELF_ASSESSMENT
    service: str = ""


def new_uid() -> str:
    return str(uuid.uuid4())


def build_workshop(draft: WorkshopDraft, framework: Framework) -> Workshop:
    """A new, unrated workshop from a draft; raises ValidationError on bad input."""
    codes = (
        tuple(draft.item_codes)
        if draft.item_codes is not None
        else tuple(i.code for i in framework.items)
    )
    return Workshop(
        uid=new_uid(),
        title=draft.title,
        framework=framework,
        item_codes=codes,
        groups=tuple(
            Group(
                key=f"g{i + 1}",
                name=g.name,
                participant_count=g.participant_count,
                placement=StagePlacement(aim=g.aim),
                role=g.role,
            )
            for i, g in enumerate(draft.groups)
        ),
        organisation=draft.organisation,
        locality=draft.locality,
        venue=draft.venue,
        held_on=draft.held_on,
        facilitator=draft.facilitator,
        purpose=draft.purpose,
        service=draft.service,
    )


class WorkshopService:
    """Workshops in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self) -> list[WorkshopSummary]:
        with self.store.reading() as session:
            return WorkshopRepository(session).summaries()

    def summary(self, workshop_id: int) -> WorkshopSummary:
        """The workshop's line in the list: enough to name it (and delete it) even when a
        row in it breaks the rules and ``get`` refuses it."""
        for summary in self.list():
            if summary.id == workshop_id:
                return summary
        raise NotFoundError("workshop.not_found", id=workshop_id)

    def id_for_uid(self, uid: str) -> int | None:
        """The id of the workshop with ``uid``, if it is in the store."""
        with self.store.reading() as session:
            return WorkshopRepository(session).id_for_uid(uid)

    def get(self, workshop_id: int) -> Workshop:
        with self.store.reading() as session:
            return WorkshopRepository(session).load(workshop_id)

    def create(self, draft: WorkshopDraft) -> int:
        """Create a workshop from a framework in the library; returns its id."""
        with self.store.unit_of_work() as session:
            framework = FrameworkRepository(session).get(draft.framework_key)
            return WorkshopRepository(session).add(build_workshop(draft, framework))

    def add(self, workshop: Workshop) -> int:
        """Store a whole workshop (e.g. read from a file); returns its id."""
        with self.store.unit_of_work() as session:
            return WorkshopRepository(session).add(workshop)

    def duplicate(self, workshop_id: int, *, as_follow_up: bool = True) -> int:
        """A fresh, unrated copy: same framework copy, items and groups (and stage aims).

        As a follow-up it remembers the original as its baseline, for "distance travelled".
        """
        with self.store.unit_of_work() as session:
            repo = WorkshopRepository(session)
            original = repo.load(workshop_id)
            suffix = "follow-up" if as_follow_up else "copy"
            copy = Workshop(
                uid=new_uid(),
                title=_suffixed(original.title, suffix),
                framework=original.framework,
                item_codes=original.item_codes,
                groups=tuple(
                    Group(
                        key=g.key,
                        name=g.name,
                        participant_count=g.participant_count,
                        placement=StagePlacement(aim=g.placement.aim),
                    )
                    for g in original.groups
                ),
                organisation=original.organisation,
                locality=original.locality,
                venue=original.venue,
                held_on=None,
                facilitator=original.facilitator,
                purpose=original.purpose,
                baseline_uid=original.uid if as_follow_up else None,
            )
            return repo.add(copy)

    def delete(self, workshop_id: int) -> None:
        """Delete a workshop and all it holds, overwriting its text in the store's files.

        Automatic backups still hold it until they rotate out: see ``purge_from_backups``.
        """
        from coprod_desktop.storage.erase import erase_workshop

        erase_workshop(self.store, workshop_id)

    def backups_holding(self, uid: str) -> tuple[Path, ...]:
        """The automatic backups that still hold the workshop ``uid``."""
        import sqlite3

        from coprod_desktop.storage.erase import backups_holding
        from coprod_desktop.storage.errors import StoreError

        try:
            return tuple(backups_holding(self.store.backups_dir, uid))
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(self.store.backups_dir, "backups.unreadable", detail=exc) from exc

    def purge_from_backups(self, uid: str) -> BackupPurge:
        """Rewrite every automatic backup that holds workshop ``uid`` without it; cannot be
        undone. Each backup keeps every other workshop, so it still restores the rest."""
        import sqlite3

        from coprod_desktop.storage.erase import purge_from_backups
        from coprod_desktop.storage.errors import StoreError

        try:
            return purge_from_backups(self.store.backups_dir, uid)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(self.store.backups_dir, "backups.purge_failed", detail=exc) from exc


def _suffixed(title: str, suffix: str) -> str:
    from coprod_desktop.domain.text import SHORT_TEXT_LIMIT

    tail = f" ({suffix})"
    return title[: SHORT_TEXT_LIMIT - len(tail)] + tail
