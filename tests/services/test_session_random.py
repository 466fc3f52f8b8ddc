"""Random sequences of changes, with the disk refusing and recovering at random points: the
live session always ends with the disk holding exactly what the screen shows."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from coprod_desktop.domain.barrier import Barrier, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from tests.services.refusing_disk import RefusingDisk

LEVELS = st.integers(1, 5)
CODES = ["K1", "K2", "S1", "A1"]


class LiveSessionWithAFlakyDisk(RuleBasedStateMachine):
    """Each example runs a new workshop in one store shared by the examples."""

    store: Store

    def __init__(self) -> None:
        super().__init__()
        workshop_id = WorkshopService(self.store).create(
            WorkshopDraft(
                title="Random",
                groups=[GroupDraft("Users", 4), GroupDraft("Staff")],
                item_codes=CODES,
            )
        )
        self.disk = RefusingDisk(self.store)
        self.live = LiveSession(self.store, workshop_id)

    @rule(level=LEVELS)
    def level_now(self, level: int) -> None:
        self.live.set_current_level(level)

    @rule(level=LEVELS)
    def level_needed(self, level: int) -> None:
        self.live.set_required_level(level)

    @rule()
    def split(self) -> None:
        self.live.mark_split()

    @rule()
    def agreed(self) -> None:
        self.live.mark_agreed()

    @rule()
    def skip(self) -> None:
        self.live.skip()

    @rule()
    def clear(self) -> None:
        self.live.clear_rating()

    @rule(counts=st.dictionaries(LEVELS, st.integers(0, 3), max_size=3), resize=st.booleans())
    def tally(self, counts: dict[int, int], resize: bool) -> None:
        self.live.set_tally(counts, resize=resize)  # more dots than people: refused, or resized

    @rule(name=st.sampled_from(["Users", "People", "Staff"]), size=st.sampled_from([None, 3, 9]))
    def group(self, name: str, size: int | None) -> None:
        self.live.change_group(self.live.cursor.group_key, name, size)

    @rule(name=st.sampled_from(["Carers", "Volunteers"]), size=st.sampled_from([None, 2]))
    def group_joins(self, name: str, size: int | None) -> None:
        self.live.add_group(name, size)

    @rule(which=st.integers(0, 3))
    def group_leaves(self, which: int) -> None:
        groups = self.live.workshop.groups
        self.live.remove_group(groups[which % len(groups)].key)

    @rule(which=st.integers(0, 4), level=st.one_of(st.none(), LEVELS))
    def view_of_another(self, which: int, level: int | None) -> None:
        groups = self.live.workshop.groups
        subject = None if which == 4 else groups[which % len(groups)].key  # 4: the partnership
        self.live.set_cross_rating(subject, level)  # its own group: refused, nothing changes

    @rule(note=st.sampled_from(["", "a minority view", "ask Sam"]))
    def note(self, note: str) -> None:
        self.live.set_note(note)

    @rule(levels=st.lists(st.one_of(st.none(), LEVELS), min_size=len(CODES), max_size=len(CODES)))
    def paper_form(self, levels: list[int | None]) -> None:
        ratings = {
            code: None if level is None else Rating(code, RatingStatus.AGREED, level, 5)
            for code, level in zip(CODES, levels, strict=True)
        }
        self.live.record_many(self.live.cursor.group_key, ratings)

    @rule(aim=st.sampled_from([None, *Stage]))
    def placement(self, aim: Stage | None) -> None:
        self.live.set_placement(self.live.cursor.group_key, StagePlacement(aim=aim))

    @rule(text=st.sampled_from(["Budget", "Travel"]))
    def action(self, text: str) -> None:
        self.live.add_action(text, "", self.live.cursor.group_key)

    @rule(tag=st.sampled_from(BarrierTag), stage=st.sampled_from([None, *Stage]),
          deal=st.booleans())  # fmt: skip
    def barrier(self, tag: BarrierTag, stage: Stage | None, deal: bool) -> None:
        """A barrier for the group on screen (it may leave later), or one dealt with."""
        barrier = Barrier("No budget", tag, stage=stage, group_key=self.live.cursor.group_key)
        self.live.add_barrier(barrier)
        if deal and self.live.workshop.barriers:
            self.live.toggle_barrier_dealt_with(0)

    @rule(link=st.sampled_from([None, "K2", "A1"]), everyone=st.booleans())
    def change_action(self, link: str | None, everyone: bool) -> None:
        """The last action changed: about another item (or none), for everyone or a group."""
        if self.live.workshop.actions:
            last = self.live.workshop.actions[-1]
            key = None if everyone else self.live.cursor.group_key
            after = dataclasses.replace(last, item_code=link, group_key=key, who="Sam")
            self.live.change_action(len(self.live.workshop.actions) - 1, after)

    @rule()
    def next_item(self) -> None:
        self.live.next_item()

    @rule()
    def next_group(self) -> None:
        self.live.next_group()

    @rule()
    def undo(self) -> None:
        self.live.undo()

    @rule()
    def redo(self) -> None:
        self.live.redo()

    @rule()
    def disk_refuses(self) -> None:
        self.disk.refusing = True

    @rule()
    def disk_recovers(self) -> None:
        self.disk.refusing = False

    @rule()
    def retry(self) -> None:
        self.live.retry_saving()

    @invariant()
    def saved_means_on_disk(self) -> None:
        """Whenever nothing is kept unsaved, the disk holds exactly what the screen shows."""
        if self.live.unsaved_count == 0:
            assert self.live.load() == (self.live.workshop, self.live.cursor)

    def teardown(self) -> None:
        try:
            self.disk.refusing = False
            self.live.retry_saving()
            assert self.live.unsaved_count == 0
            assert self.live.load() == (self.live.workshop, self.live.cursor)
            assert self.store.integrity_check() == ["ok"]
        finally:
            self.disk.remove()


@pytest.fixture(scope="module", autouse=True)
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = open_data_folder(Path(tmp_path_factory.mktemp("random")) / "data")
    LiveSessionWithAFlakyDisk.store = folder.store
    yield
    folder.close()


LiveSessionWithAFlakyDisk.TestCase.settings = settings(
    max_examples=20, stateful_step_count=25, deadline=None
)
TestLiveSessionWithAFlakyDisk = LiveSessionWithAFlakyDisk.TestCase
