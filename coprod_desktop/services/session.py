"""The live session, below any window: the workshop, the cursor, what the projector shows,
the undo history (plain before/after values) and what the disk has not taken yet
(``unsaved.py``). Every change — a key, a paper form, a dialog, the command line — goes
through it, in order, and returns :class:`Changes` saying what changed."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain import session as moves
from coprod_desktop.domain.audience import (
    AudienceState,
    Curtain,
    Presentation,
    Slide,
    audience_state,
)
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor, RunningOrder, valid_cursor
from coprod_desktop.domain.workshop import Group, ParkingLotEntry, StagePlacement, Workshop
from coprod_desktop.services.actions import ActionChanges
from coprod_desktop.services.barriers import BarrierChanges
from coprod_desktop.services.cross_rating import CrossRatingChanges
from coprod_desktop.services.planning import PlanChanges
from coprod_desktop.services.room import RoomChanges
from coprod_desktop.services.steps import (
    Changes,
    Edit,
    GroupDetails,
    ParkingLot,
    Part,
    PlacementOf,
    RatingOf,
    Step,
    StepKind,
)
from coprod_desktop.services.unsaved import Unsaved
from coprod_desktop.storage.capture import CaptureWriter, open_session_workshop, saved_cursor
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository

RatingRule = Callable[[Rating | None], Rating | None]


class LiveSession(RoomChanges, CrossRatingChanges, PlanChanges, ActionChanges, BarrierChanges):
    """One workshop's live session. Reading is through properties; every change is a method
    returning :class:`Changes` (never raising for a refused or unsaved change: ``problem`` says
    why). ``clock`` gives seconds, for the time on an item. The groups' own changes are in
    :class:`RoomChanges`, their views of each other in :class:`CrossRatingChanges`."""

    def __init__(self, store: Store, workshop_id: int, *,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.store = store
        self.workshop_id = workshop_id
        self._writer = CaptureWriter(store, workshop_id)
        self._workshop, self._cursor = self.load()
        self._presentation = Presentation(slide=Slide.ITEM)
        self._baseline: Workshop | None = None
        self._timer_shown = False
        self._clock = clock
        self._item_since = clock()
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._unsaved = Unsaved(self._writer)
        self._is_open = True
        self._shown = self._snapshot()

    # --- reading ---------------------------------------------------------------------------
    @property
    def workshop(self) -> Workshop:
        return self._workshop

    @property
    def cursor(self) -> Cursor:
        return self._cursor

    @property
    def presentation(self) -> Presentation:
        return self._presentation

    @property
    def audience(self) -> AudienceState:  # what the projector shows (frozen: the last slide)
        return self._shown

    @property
    def baseline(self) -> Workshop | None:  # a follow-up's earlier workshop, for the results
        return self._baseline

    @property
    def group(self) -> Group:  # the group being captured
        return self._workshop.group(self._cursor.group_key)

    def rating(self, group_key: str | None = None, item_code: str | None = None) -> Rating | None:
        key = group_key or self._cursor.group_key
        return self._workshop.group(key).ratings.get(item_code or self._cursor.item_code)

    @property
    def unsaved_count(self) -> int:  # changes shown but not yet on disk (normally 0)
        return len(self._unsaved)

    def timer_text(self) -> str:  # the time spent on the item, as m:ss
        seconds = int(self._clock() - self._item_since)
        return f"{seconds // 60}:{seconds % 60:02d}"

    def load(self) -> tuple[Workshop, Cursor]:
        """The workshop as stored on disk, and where its session was (or its start)."""
        with self.store.reading() as session:
            workshop = WorkshopRepository(session).load(self.workshop_id)
            cursor = saved_cursor(session.connection(), self.workshop_id)
        return workshop, valid_cursor(workshop, cursor)

    # --- capture: each is one undoable step -----------------------------------------------
    def set_current_level(self, level: int) -> Changes:
        """The group agrees it is at ``level`` now; the level needed defaults from its aim."""
        key, code = self._here()
        return self._rate(StepKind.CURRENT_LEVEL, lambda r: rules.with_current_level(
            self._workshop, key, code, r, level), number=level)  # fmt: skip

    def set_required_level(self, level: int) -> Changes:
        code = self._cursor.item_code
        rule: RatingRule = lambda r: rules.with_required_level(code, r, level)  # noqa: E731
        return self._rate(StepKind.REQUIRED_LEVEL, rule, number=level)

    def mark_split(self) -> Changes:
        """No consensus (yet): the item stays open for a tally and a minority note."""
        return self._rate(StepKind.SPLIT, lambda r: rules.as_split(self._cursor.item_code, r))

    def mark_agreed(self) -> Changes:
        return self._rate(StepKind.AGREED, rules.as_agreed)

    def skip(self) -> Changes:
        return self._rate(StepKind.SKIPPED, lambda r: rules.as_skipped(self._cursor.item_code, r))

    def set_tally(self, counts: Mapping[int, int], *, resize: bool = False) -> Changes:
        """A dot vote; ``resize``: more dots than planned people make that the group's size."""
        key, code = self._here()
        try:
            after = rules.with_tally(self._workshop, key, code, self.rating(), dict(counts))
        except CoprodError as exc:
            return self._refused(exc)
        edits: list[tuple[Part, object]] = [(RatingOf(key, code), after)]
        planned, total = self.group.participant_count, sum(counts.values())
        if resize and planned is not None and total > planned:
            edits.insert(0, (GroupDetails(key), (self.group.name, total)))
        return self._take(StepKind.TALLY, edits, key, code)

    def set_note(self, note: str) -> Changes:
        return self._rate(StepKind.NOTE, lambda r: rules.with_note(self._cursor.item_code, r, note))

    def set_private_note(self, note: str) -> Changes:
        code = self._cursor.item_code
        return self._rate(StepKind.PRIVATE_NOTE,
                          lambda r: rules.with_note(code, r, note, private=True))  # fmt: skip

    def clear_rating(self) -> Changes:
        return self._rate(StepKind.CLEAR, lambda _r: None)

    def record(self, group_key: str, item_code: str, rating: Rating | None) -> Changes:
        """Any rating for any group and item (None clears it), as one step."""
        edits = [(RatingOf(group_key, item_code), rating)]
        return self._take(StepKind.RATING, edits, group_key, item_code)

    def record_many(self, group_key: str, ratings: Mapping[str, Rating | None]) -> Changes:
        """Several of one group's ratings (None clears one) as one step, saved together."""
        edits = [(RatingOf(group_key, code), rating) for code, rating in ratings.items()]
        return self._take(StepKind.PAPER_FORM, edits, group_key, number=len(edits))

    def set_placement(self, group_key: str, placement: StagePlacement, *,
                      refill: bool = False) -> Changes:  # fmt: skip
        """Place the group. With ``refill``, the needed levels filled in from the framework
        (and missing ones) follow the new aim, in the same undoable step; the group's own
        choices never change (see :func:`~coprod_desktop.domain.capture.refilled_for_aim`)."""
        edits: list[tuple[Part, object]] = [(PlacementOf(group_key), placement)]
        if refill:
            refilled = rules.refilled_for_aim(self._workshop, group_key, placement.aim)
            edits += [(RatingOf(group_key, code), r) for code, r in refilled.items()]
        return self._take(StepKind.PLACEMENT, edits, group_key)

    def park(self, text: str, group_key: str | None = None) -> Changes:
        """Set a question aside in the parking lot."""
        try:
            entries = (*self._workshop.parking_lot, ParkingLotEntry(text, group_key))
        except CoprodError as exc:
            return self._refused(exc)
        return self._take(StepKind.PARK, [(ParkingLot(), entries)])

    def remove_parking_lot_entry(self, index: int) -> Changes:
        entries = list(self._workshop.parking_lot)
        del entries[index]
        return self._take(StepKind.UNPARK, [(ParkingLot(), tuple(entries))])

    def undo(self) -> Changes:
        """Put back what the last step changed (saved like any change)."""
        return self._replay(self._done, self._undone, backwards=True)

    def redo(self) -> Changes:
        return self._replay(self._undone, self._done, backwards=False)

    @property
    def history(self) -> tuple[tuple[Step, ...], tuple[Step, ...]]:
        """The steps undo would take back (oldest first), and redo would redo (next first)."""
        return tuple(self._done), tuple(reversed(self._undone))

    # --- moving: saved so that a restart resumes here, not undoable -------------------------
    def next_item(self) -> Changes:
        return self._move(lambda: moves.step(self._workshop, self._cursor, 1))

    def previous_item(self) -> Changes:
        return self._move(lambda: moves.step(self._workshop, self._cursor, -1))

    def next_group(self, delta: int = 1) -> Changes:
        return self._move(lambda: moves.next_group(self._workshop, self._cursor, delta))

    def jump(self, group_key: str | None = None, item_code: str | None = None) -> Changes:
        return self._move(lambda: moves.jump(self._workshop, self._cursor,
                                             group_key=group_key, item_code=item_code))  # fmt: skip

    def set_running_order(self, order: RunningOrder) -> Changes:
        return self._move(lambda: dataclasses.replace(self._cursor, order=order))

    # --- the projector ----------------------------------------------------------------------
    def show_slide(self, slide: Slide) -> Changes:
        revealed = False if slide is Slide.ITEM else self._presentation.revealed
        return self._present(slide=slide, revealed=revealed)

    def set_revealed(self, revealed: bool) -> Changes:
        return self._present(revealed=revealed)

    def set_curtain(self, curtain: Curtain) -> Changes:
        return self._present(curtain=curtain)

    def toggle_curtain(self) -> Changes:
        is_open = self._presentation.curtain is Curtain.OPEN
        return self.set_curtain(Curtain.BLANK if is_open else Curtain.OPEN)

    def set_easy_read(self, on: bool) -> Changes:
        return self._present(easy_read=on)

    def set_timer_shown(self, shown: bool) -> Changes:  # the time on the item, on the wall too
        self._timer_shown = shown
        return self._present(timer_text=self.timer_text() if shown else None)

    def tick(self) -> Changes:
        """A second passed: the time on the item moves on (on the wall too, if shown)."""
        changes = self._present(timer_text=self.timer_text()) if self._timer_shown else Changes()
        return dataclasses.replace(changes, tick=True, unsaved=self.unsaved_count)

    def set_baseline(self, baseline: Workshop | None) -> Changes:  # a follow-up's earlier one
        self._baseline = baseline
        return Changes(audience=self._refresh(), unsaved=self.unsaved_count)

    def retry_saving(self) -> Changes:  # space freed, or the folder writable again
        problem = self._save()
        return Changes(saved=problem is None, problem=problem, unsaved=self.unsaved_count)

    def close(self) -> Changes:  # a restart then opens the list, not this workshop
        self._is_open = False
        self._unsaved.cursor = True
        return self.retry_saving()

    def save_copy_to(self, path: Path) -> None:
        """The workshop as in memory, to a workshop file elsewhere; raises CoprodError."""
        from coprod_desktop.services.exchange import write_workshop_file

        write_workshop_file(self._workshop, path, keep_out=self.store.path.parent)

    # --- internals --------------------------------------------------------------------------
    def _here(self) -> tuple[str, str]:
        return self._cursor.group_key, self._cursor.item_code

    def _rate(self, kind: StepKind, rule: RatingRule, *, number: int | None = None) -> Changes:
        """Apply a capture key's ``rule`` to the rating under the cursor, as one step."""
        key, code = self._here()
        try:
            after = rule(self.rating())
        except CoprodError as exc:
            return self._refused(exc)
        return self._take(kind, [(RatingOf(key, code), after)], key, code, number=number)

    def _take(self, kind: StepKind, edits: Iterable[tuple[Part, object]], group_key: str = "",
              item_code: str = "", *, number: int | None = None) -> Changes:  # fmt: skip
        """Make ``edits`` (part, value after) one undoable step, if the rules allow them all."""
        workshop, made = self._workshop, []
        try:
            for part, after in edits:
                before = part.read(workshop)
                if before != after:
                    workshop = part.put(workshop, after)
                    made.append(Edit(part, before, after))
        except CoprodError as exc:
            return self._refused(exc)
        if not made:
            return Changes(unsaved=self.unsaved_count)
        groups = (*self._workshop.groups, *workshop.groups)  # after: a group that joined
        name = next((g.name for g in groups if g.key == group_key), "")
        step = Step(kind, tuple(made), name, item_code, number)
        self._done.append(step)
        self._undone.clear()
        return dataclasses.replace(self._commit(workshop, step), step=step)

    def _replay(self, source: list[Step], target: list[Step], *, backwards: bool) -> Changes:
        if not source:
            return Changes(unsaved=self.unsaved_count)
        step = source[-1]
        workshop = self._workshop
        try:
            for edit in reversed(step.edits) if backwards else step.edits:
                workshop = edit.part.put(workshop, edit.before if backwards else edit.after)
        except CoprodError as exc:  # e.g. a tally larger than a group since made smaller
            return self._refused(exc)
        target.append(source.pop())
        return self._commit(workshop, step)

    def _commit(self, workshop: Workshop, step: Step) -> Changes:
        """Show ``workshop`` and save what ``step`` changed (with anything kept before)."""
        cursor = moves.after_change(self._workshop, workshop, self._cursor)  # a group left
        moved, self._cursor, self._workshop = cursor != self._cursor, cursor, workshop
        self._unsaved.cursor |= moved
        self._unsaved.add(edit.part for edit in step.edits)
        problem = self._save()
        ratings = tuple(
            (e.part.group_key, e.part.item_code) for e in step.edits if isinstance(e.part, RatingOf)
        )
        return Changes(ratings=ratings, workshop=True, cursor=moved, audience=self._refresh(),
                       saved=problem is None, problem=problem,
                       unsaved=self.unsaved_count)  # fmt: skip

    def _save(self) -> CoprodError | None:
        return self._unsaved.save(self._workshop, self._cursor, is_open=self._is_open)

    def _refused(self, problem: CoprodError) -> Changes:
        return Changes(problem=problem, unsaved=self.unsaved_count)

    def _move(self, where: Callable[[], Cursor]) -> Changes:
        try:
            cursor = where()
        except CoprodError as exc:
            return self._refused(exc)
        if cursor == self._cursor:
            return Changes(unsaved=self.unsaved_count)
        self._cursor = cursor
        self._item_since = self._clock()
        shown = self._presentation
        if shown.slide is Slide.ITEM:
            self._presentation = dataclasses.replace(shown, revealed=False)
        had_changes = len(self._unsaved) > self._unsaved.cursor
        self._unsaved.cursor = True
        problem = self._save()
        return Changes(cursor=True, presentation=self._presentation != shown,
                       audience=self._refresh(), saved=had_changes and problem is None,
                       problem=problem, unsaved=self.unsaved_count)  # fmt: skip

    def _present(self, **changes: object) -> Changes:
        shown = self._presentation
        self._presentation = dataclasses.replace(shown, **changes)  # type: ignore[arg-type]
        return Changes(presentation=self._presentation != shown, audience=self._refresh(),
                       unsaved=self.unsaved_count)  # fmt: skip

    def _snapshot(self) -> AudienceState:
        return audience_state(self._workshop, self._cursor, self._presentation, self._baseline)

    def _refresh(self) -> bool:
        """Bring the projector's snapshot up to date; whether it changed."""
        if self._presentation.curtain is Curtain.FROZEN:
            if self._shown.curtain is Curtain.FROZEN:
                return False
            self._shown = dataclasses.replace(self._shown, curtain=Curtain.FROZEN)
            return True
        state = self._snapshot()
        if state == self._shown:
            return False
        self._shown = state
        return True


def session_to_resume(store: Store) -> int | None:
    """The workshop whose session was still open when the app last stopped."""
    with store.reading() as session:
        return open_session_workshop(session.connection())
