"""SessionController: the live state of one workshop, changed only through undoable steps."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

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
from coprod_desktop.domain.foresight import Foresight, Outcome, foresee
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, StagePlacement, Workshop
from coprod_desktop.services.unsaved import UnsavedSteps
from coprod_desktop.storage.errors import WriteFailedError
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session import commands

if TYPE_CHECKING:
    from pathlib import Path

    from coprod_desktop.domain.paper_form import PaperEntry
    from coprod_desktop.services.session import LiveSession


class SessionController(QObject):
    """Owns the workshop being run, the cursor and the projector's presentation.

    Every change to the workshop is committed by the live session *before* the controller
    updates its state and tells the listeners, so anything shown as saved is on disk.
    """

    workshop_changed = Signal()
    #: A rating was committed: (group key, item code). Emitted just before workshop_changed,
    #: so views that show ratings can update that one cell instead of everything. Ratings
    #: change only through :meth:`apply_rating`.
    rating_recorded = Signal(str, str)
    cursor_changed = Signal()
    #: What the facilitator chose to show changed (slide, reveal, curtain, Easy Read, timer).
    presentation_changed = Signal()
    audience_changed = Signal(object)  # AudienceState
    saved = Signal(str)  # what was saved, in words
    failed = Signal(str)  # why a change could not be saved
    #: How many steps are kept in memory because the disk refused them (0: all saved).
    unsaved_changed = Signal(int)
    timer_ticked = Signal(str)

    def __init__(self, live: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.workshop, self.cursor = live.load()
        self.presentation = Presentation(slide=Slide.ITEM)
        self.show_timer_to_room = False
        #: The workshop a follow-up is compared with (set by the console), for the results.
        self.baseline: Workshop | None = None
        self.undo_stack = QUndoStack(self)
        #: Steps the disk refused (full, read-only), saved in order by the next change or
        #: "Retry saving". See "saving when the disk refuses" below.
        self._unsaved = UnsavedSteps(self.unsaved_changed.emit)
        self._shown = self._build_audience()
        self._foresight: Foresight | None = None
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

    # --- reading -------------------------------------------------------------------------
    @property
    def group(self) -> Group:
        """The group being captured."""
        return self.workshop.group(self.cursor.group_key)

    def rating(self, group_key: str | None = None, item_code: str | None = None) -> Rating | None:
        key = group_key or self.cursor.group_key
        return self.workshop.group(key).ratings.get(item_code or self.cursor.item_code)

    @property
    def audience(self) -> AudienceState:
        """What the projector shows now (the frozen slide while the curtain is frozen)."""
        return self._shown

    def likely_audiences(self) -> list[AudienceState]:
        """What the projector would show after each level key the facilitator might press
        next, each once (for the view to lay out ahead while the room talks). Those that
        would not change the wall are left out: on another slide, or with the curtain down,
        that is all of them. What was worked out is kept for when the key comes."""
        self._foresight = foresee(self.workshop, self.cursor, self.presentation, self.baseline)
        return self._foresight.states(self._shown)

    def timer_text(self) -> str:
        seconds = self._elapsed.elapsed() // 1000
        return f"{seconds // 60}:{seconds % 60:02d}"

    # --- capture: each is one undoable, committed step --------------------------------------
    def set_current_level(self, level: int) -> None:
        """The group agrees it is at ``level`` now; the required level defaults from its aim."""
        key, code, before = self._here()
        after = rules.with_current_level(self.workshop, key, code, before, level)
        self._change_rating(
            before, after, translate("Session", "current level {level}").format(level=level)
        )

    def set_required_level(self, level: int) -> None:
        _, code, before = self._here()
        after = rules.with_required_level(code, before, level)
        self._change_rating(
            before, after, translate("Session", "required level {level}").format(level=level)
        )

    def mark_split(self) -> None:
        """No consensus (yet): the item stays open for a tally and a minority note."""
        _, code, before = self._here()
        self._change_rating(
            before, rules.as_split(code, before), translate("Session", "split view")
        )

    def mark_agreed(self) -> None:
        before = self.rating()
        if before is None or before.current_level is None:
            self.failed.emit(translate("Session", "Choose the level the group agrees on first."))
            return
        self._change_rating(before, rules.as_agreed(before), translate("Session", "agreed"))

    def skip(self) -> None:
        _, code, before = self._here()
        self._change_rating(before, rules.as_skipped(code, before), translate("Session", "skipped"))

    def set_tally(self, counts: dict[int, int]) -> None:
        """Record a dot-vote; a split without a consensus level takes the median's level."""
        key, code, before = self._here()
        after = rules.with_tally(self.workshop, key, code, before, counts)
        self._change_rating(before, after, translate("Session", "tally"))

    def set_note(self, note: str) -> None:
        _, code, before = self._here()
        self._change_rating(
            before, rules.with_note(code, before, note), translate("Session", "note")
        )

    def set_private_note(self, note: str) -> None:
        _, code, before = self._here()
        after = rules.with_note(code, before, note, private=True)
        self._change_rating(before, after, translate("Session", "private note"))

    def clear_rating(self) -> None:
        self._change_rating(self.rating(), None, translate("Session", "clear"))

    def set_placement(self, group_key: str, placement: StagePlacement) -> None:
        before = self.workshop.group(group_key).placement
        if self._attempt(lambda: self.apply_placement(group_key, placement)):
            self.undo_stack.push(commands.placement_step(self, group_key, before, placement))

    def add_action(self, action: Action) -> None:
        self._set_actions((*self.workshop.actions, action), translate("Session", "add action"))

    def remove_action(self, index: int) -> None:
        actions = list(self.workshop.actions)
        del actions[index]
        self._set_actions(tuple(actions), translate("Session", "remove action"))

    def toggle_action_done(self, index: int) -> None:
        actions = list(self.workshop.actions)
        actions[index] = dataclasses.replace(actions[index], done=not actions[index].done)
        self._set_actions(tuple(actions), translate("Session", "action done"))

    def add_parking_lot_entry(self, entry: ParkingLotEntry) -> None:
        self._set_parking_lot(
            (*self.workshop.parking_lot, entry), translate("Session", "park a question")
        )

    def remove_parking_lot_entry(self, index: int) -> None:
        entries = list(self.workshop.parking_lot)
        del entries[index]
        self._set_parking_lot(tuple(entries), translate("Session", "remove parked question"))

    # --- applying (called by the first attempt and by undo/redo) ------------------------------
    def apply_rating(self, group_key: str, item_code: str, rating: Rating | None) -> None:
        foreseen = self._foreseen(group_key, item_code, rating)
        try:
            self._unsaved.save()  # anything the disk refused earlier goes first, in order
            self.workshop = self.live.record(
                self.workshop, group_key, item_code, rating,
                checked=foreseen.workshop if foreseen else None,
            )  # fmt: skip
        except WriteFailedError as exc:  # disk full or read-only: carry on in memory
            self.workshop = self.workshop.with_rating(group_key, item_code, rating)
            self._keep_unsaved(
                ("rating", group_key, item_code),
                lambda: self.live.record(self.workshop, group_key, item_code, rating),
                exc,
            )
            self._after_unsaved_change(recorded=((group_key, item_code),))
            return
        self._after_change(
            translate("Session", "Saved"),
            recorded=((group_key, item_code),),
            state=foreseen.state if foreseen else None,
        )

    def apply_ratings(self, group_key: str, ratings: Mapping[str, Rating | None]) -> None:
        """Several of one group's ratings, committed together (None clears one)."""
        self.workshop = self.live.record_many(self.workshop, group_key, ratings)
        recorded = tuple((group_key, item_code) for item_code in ratings)
        self._after_change(translate("Session", "Saved"), recorded=recorded)

    def record_paper_entry(self, entry: PaperEntry, text: str) -> None:
        """A group's ratings typed from its paper form, as one undoable, committed step.
        Raises CoprodError, having saved nothing, if the workshop's rules or the store refuse
        it (the paper-entry dialog shows why)."""
        key, after, before = entry.group_key, dict(entry.after), dict(entry.before)
        self.apply_ratings(key, after)
        self.undo_stack.push(
            commands.CaptureCommand(
                text,
                self,
                lambda: self.apply_ratings(key, after),
                lambda: self.apply_ratings(key, before),
            )
        )

    def apply_placement(self, group_key: str, placement: StagePlacement) -> None:
        saved = self._save(("placement", group_key), lambda: self.live.place(group_key, placement))
        self.workshop = self.workshop.with_placement(group_key, placement)
        self._after_saving(translate("Session", "Stage placement saved"), saved=saved)

    def apply_actions(self, actions: tuple[Action, ...]) -> None:
        saved = self._save(("actions",), lambda: self.live.set_actions(actions))
        self.workshop = dataclasses.replace(self.workshop, actions=actions)
        self._after_saving(translate("Session", "Actions saved"), saved=saved)

    def apply_parking_lot(self, entries: tuple[ParkingLotEntry, ...]) -> None:
        saved = self._save(("parking lot",), lambda: self.live.set_parking_lot(entries))
        self.workshop = dataclasses.replace(self.workshop, parking_lot=entries)
        self._after_saving(translate("Session", "Parking lot saved"), saved=saved)

    def report_failure(self, error: CoprodError) -> None:
        self.failed.emit(str(error))

    # --- moving: saved so that a restart resumes here, not undoable --------------------------
    def next_item(self) -> None:
        self._move(moves.step(self.workshop, self.cursor, 1))

    def previous_item(self) -> None:
        self._move(moves.step(self.workshop, self.cursor, -1))

    def next_group(self, delta: int = 1) -> None:
        self._move(moves.next_group(self.workshop, self.cursor, delta))

    def jump(self, group_key: str | None = None, item_code: str | None = None) -> None:
        self._move(moves.jump(self.workshop, self.cursor, group_key=group_key, item_code=item_code))

    def set_running_order(self, order: RunningOrder) -> None:
        self._move(dataclasses.replace(self.cursor, order=order))

    def close_session(self) -> None:
        """The facilitator closes the workshop: a restart then opens the list, not here."""
        cursor = self.cursor
        self._attempt(lambda: self._save_cursor(lambda: self.live.remember(cursor, is_open=False)))
        self.live.close()

    # --- saving when the disk refuses (full, read-only): the session carries on in memory ------
    @property
    def unsaved_count(self) -> int:
        """Steps shown on screen but not yet on disk (0 in the normal case)."""
        return len(self._unsaved)

    def retry_saving(self) -> bool:
        """The facilitator freed space (or the folder is writable again): save what is kept."""
        try:
            self._unsaved.save()
        except WriteFailedError as exc:
            self.failed.emit(str(exc))
            return False
        self.saved.emit(translate("Session", "All changes saved"))
        return True

    def save_copy_to(self, path: Path) -> None:
        """Write the whole workshop, as on screen (unsaved steps too), to a workshop file at
        ``path`` — for when the data folder cannot take it. Raises CoprodError."""
        from coprod_desktop.services.exchange import write_workshop_file

        write_workshop_file(self.workshop, path, keep_out=self.live.store.path.parent)

    def _save(self, key: tuple[str, ...], write: Callable[[], object]) -> bool:
        """Run ``write`` (after any unsaved steps); False if the disk refused and it is kept."""
        refused = self._unsaved.write(key, write)
        if refused is not None:
            self.failed.emit(str(refused))
        return refused is None

    def _save_cursor(self, write: Callable[[], object]) -> None:
        self._save(("cursor",), write)

    def _keep_unsaved(self, key: tuple[str, ...], write: Callable[[], object],
                      error: WriteFailedError) -> None:  # fmt: skip
        self._unsaved.keep(key, write)
        self.failed.emit(str(error))

    def _after_unsaved_change(self, recorded: tuple[tuple[str, str], ...] = ()) -> None:
        self._refresh_audience()
        self._tell_views(recorded)

    def _after_saving(self, message: str, *, saved: bool) -> None:
        if saved:
            self._after_change(message)
        else:
            self._after_unsaved_change()

    # --- the projector ---------------------------------------------------------------------
    def show_slide(self, slide: Slide) -> None:
        self._present(
            slide=slide, revealed=False if slide is Slide.ITEM else self.presentation.revealed
        )

    def set_revealed(self, revealed: bool) -> None:
        self._present(revealed=revealed)

    def set_curtain(self, curtain: Curtain) -> None:
        self._present(curtain=curtain)

    def toggle_curtain(self) -> None:
        is_open = self.presentation.curtain is Curtain.OPEN
        self.set_curtain(Curtain.BLANK if is_open else Curtain.OPEN)

    def set_easy_read(self, on: bool) -> None:
        self._present(easy_read=on)

    def set_timer_shown_to_room(self, shown: bool) -> None:
        self.show_timer_to_room = shown
        self._present(timer_text=self.timer_text() if shown else None)

    # --- internals -------------------------------------------------------------------------
    def _here(self) -> tuple[str, str, Rating | None]:
        """The group and item under the cursor, and the rating they have now."""
        key, code = self.cursor.group_key, self.cursor.item_code
        return key, code, self.workshop.group(key).ratings.get(code)

    def _change_rating(self, before: Rating | None, after: Rating | None, text: str) -> None:
        if before == after:
            return
        key, code = self.cursor.group_key, self.cursor.item_code
        if self._attempt(lambda: self.apply_rating(key, code, after)):
            label = translate("Session", "{group}, {code}: {change}").format(
                group=self.workshop.group(key).name, code=code, change=text
            )
            self.undo_stack.push(commands.rating_step(self, key, code, before, after, text=label))

    def _set_actions(self, actions: tuple[Action, ...], text: str) -> None:
        before = self.workshop.actions
        if self._attempt(lambda: self.apply_actions(actions)):
            self.undo_stack.push(commands.actions_step(self, before, actions, text))

    def _set_parking_lot(self, entries: tuple[ParkingLotEntry, ...], text: str) -> None:
        before = self.workshop.parking_lot
        if self._attempt(lambda: self.apply_parking_lot(entries)):
            self.undo_stack.push(commands.parking_lot_step(self, before, entries, text))

    def _attempt(self, change: Callable[[], None]) -> bool:
        try:
            change()
        except CoprodError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def _after_change(self, message: str, recorded: tuple[tuple[str, str], ...] = (),
                      state: AudienceState | None = None) -> None:  # fmt: skip
        # The wall first: the projector repaints as soon as it is told, and the room is
        # waiting on it; the console's own widgets follow within the same turn.
        self._refresh_audience(state)
        self._tell_views(recorded)
        self.saved.emit(message)

    def _tell_views(self, recorded: tuple[tuple[str, str], ...]) -> None:
        for group_key, item_code in recorded:
            self.rating_recorded.emit(group_key, item_code)
        self.workshop_changed.emit()

    def _move(self, cursor: Cursor) -> None:
        if cursor == self.cursor:
            return
        self.cursor = cursor
        self._elapsed.restart()
        shown = self.presentation
        if shown.slide is Slide.ITEM:
            self.presentation = dataclasses.replace(shown, revealed=False)
        self._attempt(lambda: self._save_cursor(lambda: self.live.remember(cursor)))
        self._refresh_audience()
        self.cursor_changed.emit()
        if self.presentation != shown:
            self.presentation_changed.emit()

    def _present(self, **changes: object) -> None:
        shown = self.presentation
        self.presentation = dataclasses.replace(shown, **changes)  # type: ignore[arg-type]
        self._refresh_audience()
        if self.presentation != shown:
            self.presentation_changed.emit()

    def _build_audience(self) -> AudienceState:
        return audience_state(self.workshop, self.cursor, self.presentation, self.baseline)

    def _refresh_audience(self, known: AudienceState | None = None) -> None:
        """Tell the projector what it shows now (``known``: that snapshot, built ahead)."""
        if self.presentation.curtain is Curtain.FROZEN:
            if self._shown.curtain is not Curtain.FROZEN:
                self._shown = dataclasses.replace(self._shown, curtain=Curtain.FROZEN)
                self.audience_changed.emit(self._shown)
            return
        state = known if known is not None else self._build_audience()
        if state != self._shown:
            self._shown = state
            self.audience_changed.emit(state)

    def _foreseen(self, group_key: str, item_code: str, rating: Rating | None) -> Outcome | None:
        """The outcome worked out ahead for recording ``rating`` here and now, if any."""
        here = (group_key, item_code) == (self.cursor.group_key, self.cursor.item_code)
        if self._foresight is None or not here:
            return None
        return self._foresight.outcome(self.workshop, self.cursor, self.presentation,
                                       self.baseline, rating)  # fmt: skip

    def _on_tick(self) -> None:
        text = self.timer_text()
        self.timer_ticked.emit(text)
        if self.show_timer_to_room:
            self._present(timer_text=text)
