"""Live-session changes to the barrier log (``domain/barrier.py``): log a barrier, change it,
mark it dealt with (or open again), remove it. Each is one undoable step saved at once, like
every capture key (CONTRIBUTING, "Adding a live-session change").

:class:`BarrierChanges` is mixed into :class:`~coprod_desktop.services.session.LiveSession`,
which supplies the workshop and ``_take``; this module keeps the log's changes out of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from coprod_desktop.domain.barrier import Barrier, BarrierStatus
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.steps import Changes, Part, StepKind
from coprod_desktop.storage.capture import CaptureWriter


@dataclass(frozen=True, slots=True)
class Barriers:
    """The workshop's barrier log, in the order its barriers were logged."""

    def read(self, workshop: Workshop) -> Any:
        return workshop.barriers

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return dataclasses.replace(workshop, barriers=value)  # checked by the workshop's rules

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        writer.put_barriers(conn, workshop.barriers)


class BarrierChanges:
    """The barrier log's changes, for the live session."""

    if TYPE_CHECKING:

        @property
        def workshop(self) -> Workshop: ...

        def _take(self, kind: StepKind, edits: Iterable[tuple[Part, object]],
                  group_key: str = "", item_code: str = "", *,
                  number: int | None = None) -> Changes: ...  # fmt: skip

        def _refused(self, problem: CoprodError) -> Changes: ...

    def add_barrier(self, barrier: Barrier) -> Changes:
        """Log ``barrier`` after the others (refused, with the reason, for a group or
        principle the workshop does not have)."""
        barriers = (*self.workshop.barriers, barrier)
        return self._take(StepKind.ADD_BARRIER, [(Barriers(), barriers)], number=len(barriers))

    def change_barrier(self, index: int, barrier: Barrier) -> Changes:
        """Put ``barrier`` in place of the one at ``index`` (what, tag, link, owner, next step,
        group, status)."""
        barriers = list(self.workshop.barriers)
        barriers[index] = barrier
        edit = (Barriers(), tuple(barriers))
        return self._take(StepKind.CHANGE_BARRIER, [edit], number=index + 1)

    def toggle_barrier_dealt_with(self, index: int) -> Changes:
        """Open → dealt with, or dealt with → open again."""
        barrier = self.workshop.barriers[index]
        status = BarrierStatus.DEALT_WITH if barrier.is_open else BarrierStatus.OPEN
        barriers = list(self.workshop.barriers)
        barriers[index] = dataclasses.replace(barrier, status=status)
        edit = (Barriers(), tuple(barriers))
        return self._take(StepKind.BARRIER_STATUS, [edit], number=index + 1)

    def remove_barrier(self, index: int) -> Changes:
        barriers = list(self.workshop.barriers)
        del barriers[index]
        edit = (Barriers(), tuple(barriers))
        return self._take(StepKind.REMOVE_BARRIER, [edit], number=index + 1)
