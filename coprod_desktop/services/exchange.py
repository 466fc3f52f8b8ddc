"""Workshop files (.coprod): how facilitators move work between laptops."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES, MB
from coprod_desktop.formats.workshop_format import workshop_from_bytes, workshop_to_dict
from coprod_desktop.services.files import read_limited, write_atomic
from coprod_desktop.services.workshops import new_uid
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository


class WorkshopExchange:
    """Export a workshop to a file, import one from a file: whole, or not at all."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def export_file(
        self, workshop_id: int, path: Path, *, replace: bool = True, private_notes: bool = True
    ) -> None:
        """Write the workshop to a workshop file; ``private_notes=False`` leaves the private
        notes out (the file is made to be handed to another laptop)."""
        with self.store.reading() as session:
            workshop = WorkshopRepository(session).load(workshop_id)
        if not private_notes:
            workshop = without_private_notes(workshop)
        data = workshop_file_bytes(workshop)
        # The format's limits allow more text than a file the reader takes: such a file would
        # be refused on the other laptop, so it is refused here, where the facilitator can act.
        if len(data) > MAX_DOCUMENT_BYTES:
            raise CoprodError(
                "export.workshop_file_too_large", megabytes=len(data) / MB,
                limit=MAX_DOCUMENT_BYTES / MB,
            )  # fmt: skip
        write_atomic(path, data, replace=replace, keep_out=self.store.path.parent)

    def private_note_count(self, workshop_id: int) -> int:
        """How many of the workshop's ratings carry a private note."""
        with self.store.reading() as session:
            workshop = WorkshopRepository(session).load(workshop_id)
        return sum(1 for g in workshop.groups for r in g.ratings.values() if r.private_note)

    def import_file(self, path: Path) -> int:
        """Validate ``path`` strictly, then add it in one transaction; returns the new id.

        Importing a workshop that is already in the store adds a separate copy.
        """
        return self.import_workshop(read_workshop_file(path))

    def import_workshop(self, workshop: Workshop) -> int:
        """Add a workshop read from a file (:func:`read_workshop_file`, e.g. for a preview) in
        one transaction; returns the new id. One already in the store is added as a copy."""
        with self.store.unit_of_work() as session:
            repo = WorkshopRepository(session)
            if repo.id_for_uid(workshop.uid) is not None:
                workshop = dataclasses.replace(workshop, uid=new_uid())
            return repo.add(workshop)


def without_private_notes(workshop: Workshop) -> Workshop:
    """The workshop with every rating's private note left out."""
    groups = tuple(
        dataclasses.replace(
            g,
            ratings={
                code: dataclasses.replace(r, private_note="") for code, r in g.ratings.items()
            },
        )
        for g in workshop.groups
    )
    return dataclasses.replace(workshop, groups=groups)


def read_workshop_file(path: Path) -> Workshop:
    """The workshop in ``path``, checked strictly and stored nowhere (an import's preview).
    Raises FileAccessError or the format's errors, naming the file and the place in it."""
    return workshop_from_bytes(read_limited(path), str(path))


def write_workshop_file(
    workshop: Workshop, path: Path, *, replace: bool = True, keep_out: Path | None = None
) -> None:
    """Write ``workshop`` as a workshop file at ``path``, whole or not at all, never inside
    ``keep_out`` (the data folder); also used to save a session's in-memory workshop
    elsewhere when its store refuses writes. Raises FileAccessError."""
    write_atomic(path, workshop_file_bytes(workshop), replace=replace, keep_out=keep_out)


def workshop_file_bytes(workshop: Workshop) -> bytes:
    """The workshop file's bytes (UTF-8 JSON)."""
    return json.dumps(workshop_to_dict(workshop), ensure_ascii=False, indent=1).encode("utf-8")
