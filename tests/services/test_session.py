"""Live capture against a real store: each change committed, resumable after a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.workshop import Action, ParkingLotEntry, StagePlacement
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.session import LiveSession, session_to_resume
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store


@pytest.fixture
def workshop_id(store: Store) -> int:
    return WorkshopService(store).create(
        WorkshopDraft(
            title="Live",
            groups=[GroupDraft("Users", 5), GroupDraft("Staff", 3)],
            item_codes=["K1", "K2", "S1"],
        )
    )


def ratings_on_disk(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM rating").fetchone()[0])
    finally:
        conn.close()


def test_each_rating_is_on_disk_when_record_returns(store: Store, workshop_id: int) -> None:
    live = LiveSession(store, workshop_id)
    workshop, _ = live.load()
    live.record(workshop, "g1", "K1", Rating(item_code="K1", current_level=2, required_level=4))
    assert ratings_on_disk(store.path) == 1  # another connection sees it: committed
    split = Rating(
        item_code="K2", status=RatingStatus.SPLIT, current_level=3, tally=Tally({2: 2, 3: 3})
    )
    live.record(workshop, "g1", "K2", split)
    live.record(workshop, "g1", "K1", Rating(item_code="K1", current_level=3))  # replaces
    assert ratings_on_disk(store.path) == 2
    reloaded, _ = live.load()
    assert reloaded.group("g1").ratings["K1"].current_level == 3
    assert reloaded.group("g1").ratings["K2"] == split
    live.record(workshop, "g1", "K1", None)
    assert ratings_on_disk(store.path) == 1


def test_invalid_rating_is_refused_and_nothing_written(store: Store, workshop_id: int) -> None:
    live = LiveSession(store, workshop_id)
    workshop, _ = live.load()
    with pytest.raises(ValidationError, match="outside the scale"):
        live.record(workshop, "g1", "K1", Rating(item_code="K1", current_level=7))
    bad_tally = Rating(item_code="K1", status=RatingStatus.SPLIT, tally=Tally({1: 1}))
    with pytest.raises(ValidationError, match="group has 5 participants"):
        live.record(workshop, "g1", "K1", bad_tally)
    with pytest.raises(ValidationError, match="not in this workshop"):
        live.record(workshop, "g1", "A1", Rating(item_code="A1", current_level=1))
    assert ratings_on_disk(store.path) == 0


def test_placements_actions_and_parking_lot(store: Store, workshop_id: int) -> None:
    live = LiveSession(store, workshop_id)
    live.place("g2", StagePlacement(current=Stage.CO_DESIGN, aim=Stage.CO_DELIVERY, note="Soon"))
    live.set_actions([Action(what="Budget session", who="Finance lead", group_key="g2")])
    live.set_parking_lot([ParkingLotEntry(text="Travel expenses?"), ParkingLotEntry(text="Venue")])
    live.set_parking_lot([ParkingLotEntry(text="Venue")])
    workshop, _ = live.load()
    assert workshop.group("g2").placement.aim is Stage.CO_DELIVERY
    assert [a.what for a in workshop.actions] == ["Budget session"]
    assert workshop.actions[0].group_key == "g2"
    assert [e.text for e in workshop.parking_lot] == ["Venue"]


def test_resume_after_restart(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path)
    wid = WorkshopService(folder.store).create(
        WorkshopDraft(title="Resume", groups=[GroupDraft("A"), GroupDraft("B")])
    )
    live = LiveSession(folder.store, wid)
    workshop, cursor = live.load()
    assert cursor == Cursor("g1", workshop.item_codes[0], RunningOrder.GROUP_BY_GROUP)
    live.record(workshop, "g2", "K3", Rating(item_code="K3", current_level=4))
    live.remember(Cursor("g2", "K4", RunningOrder.ITEM_BY_ITEM))
    folder.close()  # the app stops (or is killed: every write above was already committed)

    again = open_data_folder(tmp_path)
    try:
        assert session_to_resume(again.store) == wid
        workshop, cursor = LiveSession(again.store, wid).load()
        assert cursor == Cursor("g2", "K4", RunningOrder.ITEM_BY_ITEM)
        assert workshop.group("g2").ratings["K3"].current_level == 4
        LiveSession(again.store, wid).remember(cursor, is_open=False)
        assert session_to_resume(again.store) is None
    finally:
        again.close()
