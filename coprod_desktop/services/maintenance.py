"""Health of the store: integrity, schema version, backups; what is wrong when it cannot open."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.domain.errors import UnreadableWorkshopError
from coprod_desktop.storage import schema
from coprod_desktop.storage.backups import BackupInfo, list_backups
from coprod_desktop.storage.database import Store


@dataclass(frozen=True, slots=True)
class StoreReport:
    """What ``check`` found."""

    path: Path
    size_bytes: int
    schema_revision: str | None
    head_revision: str
    integrity: tuple[str, ...]
    workshop_count: int
    backups: tuple[BackupInfo, ...]
    #: Workshops holding a row that breaks the method's rules, each error saying where.
    unreadable: tuple[UnreadableWorkshopError, ...] = ()

    @property
    def healthy(self) -> bool:
        current = self.schema_revision == self.head_revision
        return self.integrity == ("ok",) and current and not self.unreadable


def check_store(store: Store) -> StoreReport:
    """Run SQLite's full integrity check, read every workshop by the method's rules (a level
    of 99 written by another program passes SQLite's check), and gather the facts an IT
    person asks for."""
    from coprod_desktop.services.workshops import WorkshopService

    service = WorkshopService(store)
    summaries = service.list()
    unreadable = []
    for summary in summaries:
        try:
            service.get(summary.id)
        except UnreadableWorkshopError as exc:
            unreadable.append(exc)
    return StoreReport(
        path=store.path,
        size_bytes=store.path.stat().st_size,
        schema_revision=store.revision(),
        head_revision=schema.HEAD_REVISION,
        integrity=tuple(store.integrity_check()),
        workshop_count=len(summaries),
        backups=tuple(list_backups(store.backups_dir)),
        unreadable=tuple(unreadable),
    )
