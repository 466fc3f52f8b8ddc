"""The live session on a real store: each change saved before it returns, undoable, resumable
after a restart, and carried on in memory while the disk refuses (then saved, in order)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.domain.audience import Curtain, Slide
from coprod_desktop.domain.capture import LevelNotChosenError
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.paper_form import PaperEntry
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.workshop import StagePlacement, Workshop
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.session import LiveSession, session_to_resume
from coprod_desktop.services.steps import StepKind
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.errors import ReadOnlyError
from tests.services.refusing_disk import RefusingDisk


@pytest.fixture
def workshop_id(store: Store) -> int:
    return WorkshopService(store).create(
        WorkshopDraft(
            title="Live",
            groups=[GroupDraft("Users", 5), GroupDraft("Staff", 3)],
            item_codes=["K1", "K2", "S1"],
        )
    )


@pytest.fixture
def live(store: Store, workshop_id: int) -> LiveSession:
    return LiveSession(store, workshop_id)


@pytest.fixture
def disk(store: Store) -> Iterator[RefusingDisk]:
    refusing = RefusingDisk(store)
    yield refusing
    refusing.remove()


def on_disk(live: LiveSession) -> Workshop:
    return live.load()[0]


def ratings_on_disk(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM rating").fetchone()[0])
    finally:
        conn.close()


def test_each_change_is_on_disk_when_it_returns(store: Store, live: LiveSession) -> None:
    changes = live.set_current_level(2)
    assert changes.saved and changes.workshop and changes.ratings == (("g1", "K1"),)
    assert changes.step is not None and changes.step.kind is StepKind.CURRENT_LEVEL
    assert ratings_on_disk(store.path) == 1  # another connection sees it: committed
    split = Rating("K2", RatingStatus.SPLIT, current_level=3, tally=Tally({2: 2, 3: 3}))
    live.record("g1", "K2", split)
    live.set_required_level(4)
    assert on_disk(live).group("g1").ratings["K2"] == split
    assert on_disk(live).group("g1").ratings["K1"].required_level == 4
    live.clear_rating()
    assert ratings_on_disk(store.path) == 1


def test_refused_changes_change_nothing(store: Store, live: LiveSession) -> None:
    before = live.workshop
    for changes in (
        live.record("g1", "K1", Rating("K1", current_level=7)),
        live.set_tally({1: 1}),  # the group has 5 participants
        live.record("g1", "A1", Rating("A1", current_level=1)),
        live.jump(group_key="nobody"),
    ):
        assert isinstance(changes.problem, ValidationError)
        assert changes.step is None and not changes.workshop and not changes.cursor
    assert isinstance(live.mark_agreed().problem, LevelNotChosenError)
    assert live.workshop is before and live.history == ((), ())
    assert ratings_on_disk(store.path) == 0


def test_undo_and_redo_put_back_plain_values_and_save_them(live: LiveSession) -> None:
    live.set_placement("g1", StagePlacement(aim=Stage.CO_DELIVERY))
    live.set_current_level(3)
    live.set_tally({2: 2, 3: 2, 4: 1})
    live.set_note("Two felt we are not there yet.")
    final = live.rating()
    assert final is not None and final.status is RatingStatus.SPLIT
    live.undo()
    live.undo()
    assert on_disk(live).group("g1").ratings["K1"].tally is None
    live.undo()
    assert "K1" not in on_disk(live).group("g1").ratings and live.rating() is None
    for _ in range(3):
        live.redo()
    assert on_disk(live).group("g1").ratings["K1"] == final == live.rating()
    live.undo()
    live.set_private_note("ask Sam")  # a new step: nothing left to redo
    assert live.history[1] == ()
    assert live.redo().workshop is False


def test_actions_parking_lot_and_placement(live: LiveSession) -> None:
    live.set_placement("g2", StagePlacement(Stage.CO_DESIGN, Stage.CO_DELIVERY, "Soon"))
    live.add_action("Budget session", "Finance lead", "g2")
    live.park("Travel expenses?")
    live.park("Venue")
    live.remove_parking_lot_entry(0)
    live.toggle_action_done(0)
    assert isinstance(live.add_action("").problem, ValidationError)
    stored = on_disk(live)
    assert stored.group("g2").placement.aim is Stage.CO_DELIVERY
    assert [(a.what, a.group_key, a.done) for a in stored.actions] == [
        ("Budget session", "g2", True)
    ]
    assert [e.text for e in stored.parking_lot] == ["Venue"]
    for _ in range(6):
        live.undo()
    stored = on_disk(live)
    assert stored.actions == () and stored.parking_lot == ()
    assert stored.group("g2").placement == StagePlacement()


def test_the_projector_follows_and_freezes(live: LiveSession) -> None:
    live.set_current_level(4)
    assert not live.audience.results
    changes = live.set_revealed(True)
    assert changes.presentation and changes.audience
    assert [r.current for r in live.audience.results] == [4]
    assert live.next_item().audience and not live.presentation.revealed
    live.set_curtain(Curtain.FROZEN)
    assert live.next_item().audience is False  # the room still sees K2
    assert live.audience.item is not None and live.audience.item.code == "K2"
    live.set_curtain(Curtain.OPEN)
    assert live.audience.item is not None and live.audience.item.code == "S1"
    assert live.show_slide(Slide.STAGES).audience


def test_the_time_on_an_item_follows_the_clock(store: Store, workshop_id: int) -> None:
    now = [100.0]
    live = LiveSession(store, workshop_id, clock=lambda: now[0])
    now[0] += 75
    assert live.tick().tick and live.timer_text() == "1:15"
    live.set_timer_shown(True)
    now[0] += 1
    assert live.tick().audience and live.audience.timer_text == "1:16"
    live.next_item()
    assert live.timer_text() == "0:00"


def test_resume_after_restart(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path)
    wid = WorkshopService(folder.store).create(
        WorkshopDraft(title="Resume", groups=[GroupDraft("A"), GroupDraft("B")])
    )
    live = LiveSession(folder.store, wid)
    assert live.cursor == Cursor("g1", live.workshop.item_codes[0], RunningOrder.GROUP_BY_GROUP)
    live.record("g2", "K3", Rating("K3", current_level=4))
    live.set_running_order(RunningOrder.ITEM_BY_ITEM)
    live.jump("g2", "K4")
    folder.close()  # the app stops (or is killed: every write above was already committed)

    again = open_data_folder(tmp_path)
    try:
        assert session_to_resume(again.store) == wid
        resumed = LiveSession(again.store, wid)
        assert resumed.cursor == Cursor("g2", "K4", RunningOrder.ITEM_BY_ITEM)
        assert resumed.workshop.group("g2").ratings["K3"].current_level == 4
        resumed.close()
        assert session_to_resume(again.store) is None
    finally:
        again.close()


def test_paper_entry_commits_all_together_or_refuses_all(live: LiveSession) -> None:
    good = {"K1": Rating("K1", RatingStatus.AGREED, 2, 4), "K2": Rating("K2", RatingStatus.SKIPPED)}
    changes = live.record_many("g1", good)
    assert changes.step is not None and changes.step.kind is StepKind.PAPER_FORM
    assert dict(on_disk(live).group("g1").ratings) == good
    bad = {"S1": Rating("S1", RatingStatus.AGREED, 3, 4), "K2": Rating("K2", current_level=9)}
    assert isinstance(live.record_many("g1", bad).problem, ValidationError)
    assert dict(on_disk(live).group("g1").ratings) == good  # S1 was not written
    live.undo()
    assert dict(on_disk(live).group("g1").ratings) == {}


def test_a_refused_write_stays_on_screen_and_is_saved_with_the_next_change(
    live: LiveSession, disk: RefusingDisk
) -> None:
    disk.refusing = True
    changes = live.set_current_level(1)
    assert isinstance(changes.problem, ReadOnlyError) and not changes.saved
    assert changes.unsaved == 1 and changes.step is not None  # on screen, undoable
    assert live.rating() is not None and "K1" not in on_disk(live).group("g1").ratings
    assert live.next_item().unsaved == 2  # the cursor waits too
    disk.refusing = False
    assert live.set_current_level(2).saved
    stored = live.load()
    assert stored[0].group("g1").ratings == live.workshop.group("g1").ratings
    assert stored[1] == live.cursor and live.unsaved_count == 0


def test_paper_entry_after_a_refused_write_does_not_let_the_old_write_win(
    live: LiveSession, disk: RefusingDisk
) -> None:
    """The disk refuses K1=1 (kept in memory); space returns; a paper form saves K1=4; the next
    change must not replay the old K1=1 over it. (The old controller's paper entry skipped the
    queue of kept writes: the screen showed 4 and the disk held 1.)"""
    disk.refusing = True
    live.set_current_level(1)
    disk.refusing = False
    entry = PaperEntry("g1", after={"K1": Rating("K1", RatingStatus.AGREED, 4, 5)},
                       before={"K1": live.rating()})  # fmt: skip
    assert live.record_many(entry.group_key, entry.after).saved
    live.next_item()
    live.set_current_level(2)  # the next change
    shown = live.workshop.group("g1").ratings
    assert shown["K1"].current_level == 4
    assert on_disk(live).group("g1").ratings == shown


def test_closing_saves_what_was_kept_and_marks_the_session_closed(
    store: Store, live: LiveSession, disk: RefusingDisk
) -> None:
    disk.refusing = True
    live.set_current_level(3)
    assert live.close().problem is not None and live.unsaved_count
    disk.refusing = False
    assert live.retry_saving().saved and live.unsaved_count == 0
    assert on_disk(live).group("g1").ratings["K1"].current_level == 3
    assert session_to_resume(store) is None


def test_a_group_is_renamed_and_resized_mid_session_and_back(live: LiveSession) -> None:
    changes = live.change_group("g1", "Service users", 7)
    assert changes.step is not None and changes.saved
    stored = on_disk(live).group("g1")
    assert (stored.name, stored.participant_count) == ("Service users", 7)
    live.undo()
    stored = on_disk(live).group("g1")
    assert (stored.name, stored.participant_count) == ("Users", 5)
    live.redo()
    assert live.group.name == "Service users"
    assert isinstance(live.change_group("g1", "Staff", 7).problem, ValidationError)  # taken
    live.set_tally({2: 3, 3: 4})
    assert isinstance(live.change_group("g1", "Users", 5).problem, ValidationError)  # 7 dots


def test_a_tally_larger_than_the_group_can_resize_it_in_the_same_step(live: LiveSession) -> None:
    assert isinstance(live.set_tally({2: 4, 3: 4}).problem, ValidationError)  # 8 dots, 5 people
    changes = live.set_tally({2: 4, 3: 4}, resize=True)
    assert changes.step is not None and changes.saved
    stored = on_disk(live).group("g1")
    assert stored.participant_count == 8 and stored.ratings["K1"].tally == Tally({2: 4, 3: 4})
    live.undo()  # the dots and the size go back together
    stored = on_disk(live).group("g1")
    assert stored.participant_count == 5 and "K1" not in stored.ratings
