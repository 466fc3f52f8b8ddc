"""What a live-session change is made of: the parts of the workshop it touches, the undoable
step (plain before and after values), and the :class:`Changes` value every change returns.

A part knows how to read its value from a workshop, put a value into a workshop (checked by
the workshop's rules) and write the workshop's value to the store. Adding a kind of change
(CONTRIBUTING, "Adding a live-session change") usually needs no new part: a step is any list
of edits of existing parts, saved together.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Connection

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.storage.capture import CaptureWriter


def has_group(workshop: Workshop, key: str) -> bool:
    return any(g.key == key for g in workshop.groups)


class Part(Protocol):
    """Something in the workshop a step changes and the store keeps."""

    def read(self, workshop: Workshop) -> Any: ...
    def put(self, workshop: Workshop, value: Any) -> Workshop: ...
    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None: ...


@dataclass(frozen=True, slots=True)
class RatingOf:
    """One group's rating of one item (None: not rated)."""

    group_key: str
    item_code: str

    def read(self, workshop: Workshop) -> Any:
        return workshop.group(self.group_key).ratings.get(self.item_code)

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return workshop.with_rating(self.group_key, self.item_code, value)

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        if has_group(workshop, self.group_key):  # else removed since: GroupIn saves that
            writer.put_rating(conn, self.group_key, self.item_code, self.read(workshop))


@dataclass(frozen=True, slots=True)
class PlacementOf:
    """Where a group places itself on the stages, and where it aims to be."""

    group_key: str

    def read(self, workshop: Workshop) -> Any:
        return workshop.group(self.group_key).placement

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return workshop.with_placement(self.group_key, value)

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        if has_group(workshop, self.group_key):  # else removed since: GroupIn saves that
            writer.put_placement(conn, self.group_key, self.read(workshop))


@dataclass(frozen=True, slots=True)
class GroupDetails:
    """A group's name and how many people it has: (name, participant count)."""

    group_key: str

    def read(self, workshop: Workshop) -> Any:
        group = workshop.group(self.group_key)
        return group.name, group.participant_count

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        name, count = value
        group = workshop.group(self.group_key)
        return workshop.with_group(dataclasses.replace(group, name=name, participant_count=count))

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        if has_group(workshop, self.group_key):  # else removed since: GroupIn saves that
            writer.put_group_details(conn, self.group_key, *self.read(workshop))


@dataclass(frozen=True, slots=True)
class Actions:
    """The workshop's actions, in order."""

    def read(self, workshop: Workshop) -> Any:
        return workshop.actions

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return dataclasses.replace(workshop, actions=value)

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        writer.put_actions(conn, workshop.actions)


@dataclass(frozen=True, slots=True)
class ParkingLot:
    """The questions set aside, in order."""

    def read(self, workshop: Workshop) -> Any:
        return workshop.parking_lot

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return dataclasses.replace(workshop, parking_lot=value)

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        writer.put_parking_lot(conn, workshop.parking_lot)


@dataclass(frozen=True, slots=True)
class CrossRatings:
    """The groups' views of each other (and of the partnership), in the order given."""

    def read(self, workshop: Workshop) -> Any:
        return workshop.cross_ratings

    def put(self, workshop: Workshop, value: Any) -> Workshop:
        return dataclasses.replace(workshop, cross_ratings=value)

    def save(self, writer: CaptureWriter, conn: Connection, workshop: Workshop) -> None:
        writer.put_cross_ratings(conn, workshop.cross_ratings)


@dataclass(frozen=True, slots=True)
class Edit:
    """One part's value before and after a step."""

    part: Part
    before: Any
    after: Any


class StepKind(StrEnum):
    """What the facilitator did, for the words of Undo and Redo (the UI words it)."""

    CURRENT_LEVEL = "current_level"
    REQUIRED_LEVEL = "required_level"
    SPLIT = "split"
    AGREED = "agreed"
    SKIPPED = "skipped"
    TALLY = "tally"
    NOTE = "note"
    PRIVATE_NOTE = "private_note"
    CLEAR = "clear"
    RATING = "rating"
    PAPER_FORM = "paper_form"
    PLACEMENT = "placement"
    GROUP_DETAILS = "group_details"
    ADD_GROUP = "add_group"
    REMOVE_GROUP = "remove_group"
    ADD_ACTION = "add_action"
    REMOVE_ACTION = "remove_action"
    ACTION_DONE = "action_done"
    CHANGE_ACTION = "change_action"
    PARK = "park"
    UNPARK = "unpark"
    CROSS_RATING = "cross_rating"
    ADD_PLAN_ENTRY = "add_plan_entry"
    CHANGE_PLAN_ENTRY = "change_plan_entry"
    PLAN_STATUS = "plan_status"
    REMOVE_PLAN_ENTRY = "remove_plan_entry"
    ADD_BARRIER = "add_barrier"
    CHANGE_BARRIER = "change_barrier"
    BARRIER_STATUS = "barrier_status"
    REMOVE_BARRIER = "remove_barrier"


@dataclass(frozen=True, slots=True)
class Step:
    """One undoable change: what was done (``kind``, to which group and item, with which
    level or how many ratings) and the edits it made, applied in order and undone backwards."""

    kind: StepKind
    edits: tuple[Edit, ...]
    group_name: str = ""
    item_code: str = ""
    number: int | None = None


@dataclass(frozen=True, slots=True)
class Changes:
    """What one change did, for the front end to show (as Anki's ``OpChanges``).

    ``problem`` is why the change was refused (nothing changed) or could not be saved (it
    stands in memory, counted in ``unsaved``, and is saved by a later change or a retry).
    """

    #: (group key, item code) of each rating that changed.
    ratings: tuple[tuple[str, str], ...] = ()
    #: Anything in the workshop changed (ratings, placements, actions, parking lot).
    workshop: bool = False
    cursor: bool = False
    #: What the facilitator chose to show (slide, reveal, curtain, Easy Read, timer).
    presentation: bool = False
    #: The projector's snapshot changed.
    audience: bool = False
    #: A new undoable step was taken (not set by undo and redo themselves).
    step: Step | None = None
    #: A change reached the disk and nothing is left unsaved.
    saved: bool = False
    problem: CoprodError | None = None
    #: Changes shown but not yet on disk (0 in the normal case).
    unsaved: int = 0
    #: The clock ticked (the time on the item moved on).
    tick: bool = False
