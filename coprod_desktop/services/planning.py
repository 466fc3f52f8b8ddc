"""Live-session changes to the training plan (``domain/plan.py``): make an entry (from a
need or from scratch), change it, step its status on, remove it. Each is one undoable step
saved at once, like every capture key (CONTRIBUTING, "Adding a live-session change").

:class:`PlanChanges` is mixed into :class:`~coprod_desktop.services.session.LiveSession`,
which supplies the workshop and ``_take``; this module keeps the plan's changes out of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from coprod_desktop.domain.action_links import without_plan_entries
from coprod_desktop.domain.analysis import training_needs
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.plan import PlanEntry, entry_for_need, peer_helpers
from coprod_desktop.domain.strengths import strengths_to_share
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.steps import Actions, Changes, Part, StepKind
from coprod_desktop.storage.capture import CaptureWriter


@dataclass(frozen=True, slots=True)
class Plan:
    """The workshop's training plan, in the order its entries were made."""

    def read(self, workshop: Workshop) -> Any:
        return workshop.plan

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return dataclasses.replace(workshop, plan=value)  # checked by the workshop's rules

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        writer.put_plan(conn, workshop.plan)


class PlanChanges:
    """The training plan's changes, for the live session."""

    if TYPE_CHECKING:

        @property
        def workshop(self) -> Workshop: ...

        def _take(self, kind: StepKind, edits: Iterable[tuple[Part, object]],
                  group_key: str = "", item_code: str = "", *,
                  number: int | None = None) -> Changes: ...  # fmt: skip

        def _refused(self, problem: CoprodError) -> Changes: ...

    def plan_need(self, item_code: str, group_keys: Sequence[str]) -> Changes:
        """A new entry meeting the need of ``group_keys`` on ``item_code`` (the framework's
        suggested activity as its first words; for peer learning, from a group strong on
        it, by the strengths rule)."""
        w = self.workshop
        strengths = strengths_to_share(w, training_needs(w))
        try:
            helpers = peer_helpers(strengths, item_code, group_keys)
            entry = entry_for_need(w.framework, item_code, group_keys, helpers)
        except CoprodError as exc:
            return self._refused(exc)
        return self.add_plan_entry(entry)

    def add_plan_entry(self, entry: PlanEntry) -> Changes:
        plan = (*self.workshop.plan, entry)
        return self._take(StepKind.ADD_PLAN_ENTRY, [(Plan(), plan)], number=len(plan))

    def change_plan_entry(self, index: int, entry: PlanEntry) -> Changes:
        """Put ``entry`` in place of the entry at ``index`` (what, groups, how, who, when)."""
        plan = list(self.workshop.plan)
        plan[index] = entry
        return self._take(StepKind.CHANGE_PLAN_ENTRY, [(Plan(), tuple(plan))], number=index + 1)

    def step_plan_status(self, index: int) -> Changes:
        """Planned → under way → done (→ planned again)."""
        entry = self.workshop.plan[index]
        after = dataclasses.replace(entry, status=entry.status.next())
        plan = list(self.workshop.plan)
        plan[index] = after
        return self._take(StepKind.PLAN_STATUS, [(Plan(), tuple(plan))], number=index + 1)

    def remove_plan_entry(self, index: int) -> Changes:
        """The entry goes; an action about it is then about its item (if it had one), and
        actions about later entries follow them (one step: undo puts the links back)."""
        w = self.workshop
        plan = list(w.plan)
        del plan[index]
        edits: list[tuple[Part, object]] = [
            (Actions(), without_plan_entries(w.actions, w.plan, {index})),
            (Plan(), tuple(plan)),  # after the actions: none may name a place the plan lost
        ]
        return self._take(StepKind.REMOVE_PLAN_ENTRY, edits, number=index + 1)
