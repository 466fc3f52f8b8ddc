"""Undoable changes to the workshop list: each step calls a service that commits at once.

Commands follow a workshop by its uid, not its database id: putting a deleted workshop back
gives it a new id, and other commands on the stack must still find it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from coprod_desktop.domain.errors import CoprodError, NotFoundError, UnreadableWorkshopError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from coprod_desktop.services.workshops import WorkshopDraft, WorkshopService


class WorkshopsView(Protocol):
    """Whoever shows the list: told after each step, and told of failures on undo or redo."""

    def workshops_changed(self, select_id: int | None) -> None:
        """The store changed; show it, selecting ``select_id`` (None: keep the place)."""

    def report(self, error: CoprodError) -> None:
        """An undo or redo failed; the store is as it was before that step."""


def push(stack: QUndoStack, command: WorkshopCommand) -> None:
    """Run ``command`` and keep it for undo; raise the error if its first run failed.

    A command whose first run fails is not kept, so Ctrl+Z never undoes something
    that did not happen.
    """
    stack.push(command)
    if command.error is not None:
        raise command.error


class WorkshopCommand(QUndoCommand):
    """A step the facilitator can undo; a step that fails is reported and dropped.

    Each kind of step defines ``_redo`` and ``_undo``, returning the id to select (or None).
    """

    _redo: Callable[[], int | None]
    _undo: Callable[[], int | None]

    def __init__(self, text: str, workshops: WorkshopService, view: WorkshopsView) -> None:
        super().__init__(text)
        self._workshops = workshops
        self._view = view
        self._has_run = False
        self.error: CoprodError | None = None

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            select_id = step()
        except CoprodError as exc:
            self.error = exc
            self.setObsolete(True)  # QUndoStack then drops this command
            if self._has_run:
                self._view.report(exc)
            return
        finally:
            self._has_run = True
        self._view.workshops_changed(select_id)

    def _id_of(self, uid: str | None) -> int:
        found = self._workshops.id_for_uid(uid) if uid else None
        if found is None:
            raise NotFoundError("That workshop is no longer in the list.")
        return found

    def _uid_of(self, workshop_id: int) -> str:
        for summary in self._workshops.list():
            if summary.id == workshop_id:
                return summary.uid
        raise NotFoundError("That workshop is no longer in the list.")


class _AddingCommand(WorkshopCommand):
    """Adds one workshop. Undo keeps a copy as it is then and deletes it; redo puts it back.

    Each kind of adding defines ``_make``: make the workshop the first time; return its id.
    """

    _make: Callable[[], int]

    def __init__(self, text: str, workshops: WorkshopService, view: WorkshopsView) -> None:
        super().__init__(text, workshops, view)
        self._uid: str | None = None
        self._kept: Workshop | None = None

    def _redo(self) -> int:
        if self._kept is None:
            workshop_id = self._make()
            self._uid = self._uid_of(workshop_id)
            return workshop_id
        return self._workshops.add(self._kept)

    def _undo(self) -> None:
        workshop_id = self._id_of(self._uid)
        self._kept = self._workshops.get(workshop_id)
        self._workshops.delete(workshop_id)


class CreateWorkshop(_AddingCommand):
    """A new workshop from the new-workshop form."""

    def __init__(
        self, draft: WorkshopDraft, workshops: WorkshopService, view: WorkshopsView
    ) -> None:
        super().__init__(
            translate("WorkshopList", "New workshop “{title}”").format(title=draft.title.strip()),
            workshops,
            view,
        )
        self._draft = draft

    def _make(self) -> int:
        return self._workshops.create(self._draft)


class DuplicateWorkshop(_AddingCommand):
    """An empty follow-up of a workshop, remembering it as its baseline."""

    def __init__(
        self, source_uid: str, title: str, workshops: WorkshopService, view: WorkshopsView
    ) -> None:
        super().__init__(
            translate("WorkshopList", "Duplicate “{title}” as follow-up").format(title=title),
            workshops,
            view,
        )
        self._source_uid = source_uid

    def _make(self) -> int:
        return self._workshops.duplicate(self._id_of(self._source_uid), as_follow_up=True)


class ImportWorkshop(_AddingCommand):
    """A workshop from a .coprod file, already added (off the UI thread) as ``made_id``."""

    def __init__(
        self, path: Path, made_id: int, workshops: WorkshopService, view: WorkshopsView
    ) -> None:
        super().__init__(
            translate("WorkshopList", "Import “{name}”").format(name=path.name), workshops, view
        )
        self._made_id = made_id

    def _make(self) -> int:
        return self._made_id


class AddDemo(_AddingCommand):
    """The demo workshop, for trying the app out."""

    def __init__(
        self, add_demo: Callable[[], int], workshops: WorkshopService, view: WorkshopsView
    ) -> None:
        super().__init__(translate("WorkshopList", "Add the demo workshop"), workshops, view)
        self._add_demo = add_demo

    def _make(self) -> int:
        return self._add_demo()


class DeleteWorkshop(WorkshopCommand):
    """Deletes a workshop; undo puts it back whole, ratings and all, with the same uid."""

    def __init__(
        self, uid: str, title: str, workshops: WorkshopService, view: WorkshopsView
    ) -> None:
        super().__init__(
            translate("WorkshopList", "Delete “{title}”").format(title=title), workshops, view
        )
        self._uid = uid
        self._kept: Workshop | None = None

    def _redo(self) -> None:
        workshop_id = self._id_of(self._uid)
        try:
            self._kept = self._workshops.get(workshop_id)
        except UnreadableWorkshopError:
            # A row in it breaks the rules, so no copy can be kept to put back: it is still
            # deleted, as asked, and the step is not kept: Undo would have nothing to put back.
            self._kept = None
            self.setObsolete(True)
        self._workshops.delete(workshop_id)

    def _undo(self) -> int:
        if self._kept is None:
            raise NotFoundError("There is nothing to put back.")
        return self._workshops.add(self._kept)
