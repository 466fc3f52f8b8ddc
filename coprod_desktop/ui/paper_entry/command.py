"""Paper entry from the workshop list: one undoable step on the list's undo stack.

(In the console the same entry goes through the live session, which owns the workshop while
it runs: see ``LiveSession.record_many``.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from coprod_desktop.domain.paper_form import PaperEntry
from coprod_desktop.domain.rating import Rating
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.undo import WorkshopCommand, WorkshopsView

if TYPE_CHECKING:
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.services.workshops import WorkshopService


class EnterPaperForm(WorkshopCommand):
    """Records a group's ratings typed from its paper form; undo puts back what was there."""

    def __init__(
        self,
        uid: str,
        entry: PaperEntry,
        *,
        group_name: str,
        open_session: Callable[[int], LiveSession],
        workshops: WorkshopService,
        view: WorkshopsView,
    ) -> None:
        text = translate(
            "PaperEntry",
            "Enter %n rating(s) for “{group}” from the paper form",
            None,
            len(entry.after),
        ).format(group=group_name)
        super().__init__(text, workshops, view)
        self._uid = uid
        self._entry = entry
        self._open_session = open_session

    def _redo(self) -> int:
        return self._write(dict(self._entry.after))

    def _undo(self) -> int:
        return self._write(dict(self._entry.before))

    def _write(self, ratings: Mapping[str, Rating | None]) -> int:
        workshop_id = self._id_of(self._uid)
        changes = self._open_session(workshop_id).record_many(self._entry.group_key, ratings)
        if changes.problem is not None:  # nothing runs on to save it later: keep nothing
            raise changes.problem
        return workshop_id
