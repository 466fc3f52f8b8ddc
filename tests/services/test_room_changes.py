"""Groups joining and leaving mid-session, on a real store: each one undoable step, saved
before it returns, read back from the disk (and after a restart), and saved in the end when
the disk refused at first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.domain.workshop import MAX_GROUPS, StagePlacement, Workshop
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.room import new_group_key
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import StepKind
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from tests.services.refusing_disk import RefusingDisk

NAMES = ["Users", "Carers", "Staff"]


@pytest.fixture
def live(store: Store) -> LiveSession:
    groups = [GroupDraft("Users", 5), GroupDraft("Carers", 4), GroupDraft("Staff", 3)]
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Room", groups=groups, item_codes=["K1", "K2", "S1"])
    )
    return LiveSession(store, wid)


@pytest.fixture
def disk(store: Store) -> Iterator[RefusingDisk]:
    refusing = RefusingDisk(store)
    yield refusing
    refusing.remove()


def on_disk(live: LiveSession) -> Workshop:
    return live.load()[0]


def names(workshop: Workshop) -> list[str]:
    return [g.name for g in workshop.groups]


def rate_carers_fully(live: LiveSession) -> None:
    """Carers: an agreed rating with notes, a split view with its tally, a stage placement,
    an action and a parked question of their own."""
    live.record("g2", "K1", Rating("K1", RatingStatus.AGREED, 2, 4, note="room", private_note="me"))
    live.record("g2", "K2", Rating("K2", RatingStatus.SPLIT, 3, 4, tally=Tally({2: 1, 3: 3})))
    live.set_placement("g2", StagePlacement(Stage.CO_DESIGN, Stage.CO_DELIVERY, "soon"))
    live.add_action("Book the hall", "Sam", "g2")
    live.park("Transport?", "g2")


def test_a_group_joins_after_the_others_and_its_ratings_are_saved(live: LiveSession) -> None:
    changes = live.add_group("  Young carers ", 6)
    assert changes.step is not None and changes.step.kind is StepKind.ADD_GROUP
    assert changes.saved and changes.step.group_name == "Young carers"
    stored = on_disk(live)
    assert names(stored) == [*NAMES, "Young carers"]
    assert stored.groups[3].key == "g4" and stored.groups[3].participant_count == 6
    live.jump("g4", "K2")
    live.set_current_level(3)
    assert on_disk(live).group("g4").ratings["K2"].current_level == 3
    live.undo()  # the rating
    live.undo()  # the group
    assert names(on_disk(live)) == NAMES and live.cursor.group_key == "g3"  # in its place
    live.redo()
    live.redo()
    assert on_disk(live).group("g4").ratings["K2"].current_level == 3


def test_a_group_with_ratings_leaves_and_undo_brings_every_part_back(live: LiveSession) -> None:
    rate_carers_fully(live)
    before = live.workshop
    assert before == on_disk(live)
    changes = live.remove_group("g2")
    assert changes.step is not None and changes.step.kind is StepKind.REMOVE_GROUP
    assert changes.saved and changes.step.group_name == "Carers"
    stored = on_disk(live)
    assert names(stored) == ["Users", "Staff"]
    # Its action and parked question stay, for all groups.
    assert stored.actions[0].group_key is None and stored.parking_lot[0].group_key is None
    live.undo()
    assert live.workshop == before
    assert on_disk(live) == before  # in its place, with its ratings, notes, tally, stages
    live.redo()
    assert on_disk(live) == live.workshop and names(live.workshop) == ["Users", "Staff"]


def test_removing_and_undoing_survive_a_restart(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path)
    wid = WorkshopService(folder.store).create(
        WorkshopDraft(title="Restart", groups=[GroupDraft(n) for n in NAMES])
    )
    live = LiveSession(folder.store, wid)
    rate_carers_fully(live)
    kept = live.workshop
    live.remove_group("g2")
    live.add_group("Volunteers", 2)
    folder.close()  # the app stops; everything was committed as it was shown

    again = open_data_folder(tmp_path)
    try:
        resumed = LiveSession(again.store, wid)
        assert names(resumed.workshop) == ["Users", "Staff", "Volunteers"]
        assert resumed.workshop.group("g4").key == "g4"  # a new key, never the one that left
        resumed.remove_group("g4")
        resumed.add_group("Carers", 4)  # back under the same name: a group of its own
        assert names(on_disk(resumed)) == ["Users", "Staff", "Carers"]
        assert on_disk(resumed).groups[-1].ratings == {}
    finally:
        again.close()
    assert kept.group("g2").ratings["K2"].tally == Tally({2: 1, 3: 3})


def test_the_capture_moves_on_when_its_group_leaves(live: LiveSession) -> None:
    live.record("g3", "K1", Rating("K1", current_level=2))
    live.jump("g2", "K2")
    changes = live.remove_group("g2")
    # Group by group: the group that took its place, at its first unrated item.
    assert changes.cursor and (live.cursor.group_key, live.cursor.item_code) == ("g3", "K2")
    assert live.load()[1] == live.cursor  # a restart resumes there
    live.undo()
    live.set_running_order(RunningOrder.ITEM_BY_ITEM)
    live.jump("g3", "S1")
    live.remove_group("g3")  # the last one: the new last one, on the same item
    assert (live.cursor.group_key, live.cursor.item_code) == ("g2", "S1")


def test_what_the_room_cannot_have_is_refused_and_nothing_changes(live: LiveSession) -> None:
    assert isinstance(live.add_group("staff").problem, ValidationError)  # the name is taken
    assert isinstance(live.add_group("   ").problem, ValidationError)
    for n in range(MAX_GROUPS - 3):
        assert live.add_group(f"Table {n}").saved
    assert isinstance(live.add_group("One too many").problem, ValidationError)
    live.remove_group("g2")
    live.remove_group("g3")
    for key in [g.key for g in live.workshop.groups][1:]:
        assert live.remove_group(key).saved
    refused = live.remove_group("g1")  # a workshop keeps one group
    assert isinstance(refused.problem, ValidationError) and refused.step is None
    assert names(on_disk(live)) == ["Users"]


def test_a_new_key_is_new_to_the_baseline_too(live: LiveSession) -> None:
    baseline = live.workshop
    live.remove_group("g3")
    assert new_group_key(live.workshop) == "g3"
    assert new_group_key(live.workshop, baseline) == "g4"
    live.set_baseline(baseline)
    live.add_group("Newcomers")
    assert live.workshop.groups[-1].key == "g4"


def test_a_refused_disk_takes_the_groups_as_shown_once_it_recovers(
    live: LiveSession, disk: RefusingDisk
) -> None:
    rate_carers_fully(live)
    disk.refusing = True
    assert live.remove_group("g2").problem is not None
    live.add_group("Late", 3)
    live.jump("g4", "K1")
    live.set_current_level(4)
    live.undo()
    live.undo()  # "Late" leaves again: it never reached the disk
    live.undo()  # Carers back, whole
    live.add_group("Later")
    assert live.unsaved_count > 0
    disk.refusing = False
    assert live.retry_saving().saved
    assert live.load() == (live.workshop, live.cursor)
    assert names(on_disk(live)) == [*NAMES, "Later"]
    assert on_disk(live).group("g2").ratings["K2"].tally == Tally({2: 1, 3: 3})
