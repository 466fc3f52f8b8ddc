"""Live-session changes to the actions agreed: add one, remove one, mark one done (each one
undoable step, saved at once). :class:`ActionChanges` is mixed into ``LiveSession``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Action, Workshop
from coprod_desktop.services.steps import Actions, Changes, Part, StepKind


class ActionChanges:
    """The actions' changes, for the live session."""

    if TYPE_CHECKING:

        @property
        def workshop(self) -> Workshop: ...

        def _take(self, kind: StepKind, edits: Iterable[tuple[Part, object]],
                  group_key: str = "", item_code: str = "", *,
                  number: int | None = None) -> Changes: ...  # fmt: skip

        def _refused(self, problem: CoprodError) -> Changes: ...

    def add_action(self, what: str, who: str = "", group_key: str | None = None,
                   due: dt.date | None = None) -> Changes:  # fmt: skip
        """An action agreed: what, who (optional), for a group or for all (None), by when."""
        try:
            action = Action(what=what, who=who, group_key=group_key, due=due)
        except CoprodError as exc:
            return self._refused(exc)
        return self._take(StepKind.ADD_ACTION, [(Actions(), (*self.workshop.actions, action))])

    def remove_action(self, index: int) -> Changes:
        actions = list(self.workshop.actions)
        del actions[index]
        return self._take(StepKind.REMOVE_ACTION, [(Actions(), tuple(actions))])

    def toggle_action_done(self, index: int) -> Changes:
        actions = list(self.workshop.actions)
        actions[index] = dataclasses.replace(actions[index], done=not actions[index].done)
        return self._take(StepKind.ACTION_DONE, [(Actions(), tuple(actions))])
