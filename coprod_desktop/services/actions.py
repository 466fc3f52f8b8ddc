"""Live-session changes to the actions agreed: add one, change one (its words, owner, date,
group and link to an item or plan entry), remove one, mark one done (each one undoable step,
saved at once). :class:`ActionChanges` is mixed into ``LiveSession``."""

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
                   due: dt.date | None = None, *, item_code: str | None = None,
                   plan_entry: int | None = None) -> Changes:  # fmt: skip
        """An action agreed: what, who (optional), for a group or for all (None), by when,
        about an item or a plan entry (its place in the plan) or neither."""
        try:
            action = Action(what=what, who=who, group_key=group_key, due=due,
                            item_code=item_code, plan_entry=plan_entry)  # fmt: skip
        except CoprodError as exc:
            return self._refused(exc)
        return self._take(StepKind.ADD_ACTION, [(Actions(), (*self.workshop.actions, action))])

    def change_action(self, index: int, action: Action) -> Changes:
        """Put ``action`` in place of the action at ``index``: its words, who, by when, for
        which group, what it is about (refused if the workshop has no such group, item or
        plan entry: nothing changes)."""
        actions = list(self.workshop.actions)
        actions[index] = action
        return self._take(StepKind.CHANGE_ACTION, [(Actions(), tuple(actions))], number=index + 1)

    def remove_action(self, index: int) -> Changes:
        actions = list(self.workshop.actions)
        del actions[index]
        return self._take(StepKind.REMOVE_ACTION, [(Actions(), tuple(actions))])

    def toggle_action_done(self, index: int) -> Changes:
        actions = list(self.workshop.actions)
        actions[index] = dataclasses.replace(actions[index], done=not actions[index].done)
        return self._take(StepKind.ACTION_DONE, [(Actions(), tuple(actions))])
