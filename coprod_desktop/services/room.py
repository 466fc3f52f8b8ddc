"""Changing the room mid-session: a group joins, leaves, gets another name or size. Each is
one undoable step of the live session (:class:`RoomChanges` is mixed into ``LiveSession``),
saved like any other; undoing a group's leaving brings it back whole, where it was."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from coprod_desktop.domain.action_links import without_plan_entries
from coprod_desktop.domain.barrier import barriers_without_group
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.plan import entries_only_for, plan_without_group
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.services.barriers import Barriers
from coprod_desktop.services.planning import Plan
from coprod_desktop.services.steps import (
    Actions,
    Changes,
    CrossRatings,
    GroupDetails,
    ParkingLot,
    Part,
    StepKind,
)
from coprod_desktop.storage.capture import CaptureWriter

_NUMBERED = re.compile(r"g(\d+)")


@dataclass(frozen=True, slots=True)
class GroupIn:
    """Whether a group is in the workshop, and where: (position, group) or None. Saving it
    writes the whole group, ratings and all, or deletes it; it is saved before other parts,
    so they find the group's row (see ``Unsaved``)."""

    group_key: str

    def read(self, workshop: Workshop) -> Any:
        for position, group in enumerate(workshop.groups):
            if group.key == self.group_key:
                return position, group
        return None

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        groups = [g for g in workshop.groups if g.key != self.group_key]
        if value is not None:
            position, group = value
            groups.insert(position, group)
        return dataclasses.replace(workshop, groups=tuple(groups))

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        writer.put_group(conn, self.group_key, workshop.groups)


def new_group_key(*workshops: Workshop | None) -> str:
    """A key no group of ``workshops`` has (nor had: "g" and one more than the highest
    number), so a follow-up's new group never matches one of its baseline's by key."""
    numbers = [
        int(match.group(1))
        for workshop in workshops
        if workshop is not None
        for g in workshop.groups
        if (match := _NUMBERED.fullmatch(g.key))
    ]
    return f"g{max(numbers, default=0) + 1}"


class RoomChanges:
    """The live session's changes to its groups (``LiveSession`` provides what is declared
    under ``TYPE_CHECKING``)."""

    if TYPE_CHECKING:
        _workshop: Workshop
        _baseline: Workshop | None

        def _take(self, kind: StepKind, edits: Iterable[tuple[Part, object]],
                  group_key: str = "", item_code: str = "", *,
                  number: int | None = None) -> Changes: ...  # fmt: skip

        def _refused(self, problem: CoprodError) -> Changes: ...

    def change_group(self, group_key: str, name: str, participant_count: int | None) -> Changes:
        """Rename a group or change how many people it has (refused below a tally's dots)."""
        details = (name.strip(), participant_count)
        return self._take(StepKind.GROUP_DETAILS, [(GroupDetails(group_key), details)], group_key)

    def add_group(self, name: str, participant_count: int | None = None) -> Changes:
        """A group joins mid-session, after the others (its stages are placed later, with C).
        Refused, with the reason, for a name another group has or a 25th group."""
        try:
            group = Group(new_group_key(self._workshop, self._baseline), name.strip(),
                          participant_count)  # fmt: skip
        except CoprodError as exc:
            return self._refused(exc)
        edit = (GroupIn(group.key), (len(self._workshop.groups), group))
        return self._take(StepKind.ADD_GROUP, [edit], group.key)

    def remove_group(self, group_key: str) -> Changes:
        """A group leaves, with its ratings, notes, tallies and stage placement; its actions,
        parked questions and barriers stay, for all groups; the plan no longer names it (an
        entry only for it goes). Refused for the last group. Undo puts it all back;
        the capture moves on to the next group if it was on this one."""
        w = self._workshop
        actions = without_plan_entries(
            [dataclasses.replace(a, group_key=None) if a.group_key == group_key else a
             for a in w.actions],
            w.plan, entries_only_for(w.plan, group_key),
        )  # fmt: skip
        lot = tuple(
            dataclasses.replace(e, group_key=None) if e.group_key == group_key else e
            for e in w.parking_lot
        )
        views = tuple(  # views given by the group, or of it, leave with it
            r for r in w.cross_ratings if group_key not in (r.rater_key, r.subject_key)
        )
        edits: list[tuple[Part, object]] = [
            (Actions(), actions),
            (ParkingLot(), lot),
            (CrossRatings(), views),
            (Plan(), plan_without_group(w.plan, group_key)),
            (Barriers(), barriers_without_group(w.barriers, group_key)),
            (GroupIn(group_key), None),
        ]
        return self._take(StepKind.REMOVE_GROUP, edits, group_key)
