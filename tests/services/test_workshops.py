"""Workshop use cases against a real store."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from coprod_desktop.domain.errors import NotFoundError, ValidationError
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from tests.worded import raises_worded


def draft(**changes: object) -> WorkshopDraft:
    values: dict[str, object] = {
        "title": "Youth services readiness",
        "groups": [GroupDraft("Young people", 8), GroupDraft("Youth workers", 5)],
        "organisation": "Northvale Council",
        "held_on": dt.date(2026, 12, 3),
    }
    values.update(changes)
    return WorkshopDraft(**values)  # type: ignore[arg-type]


def test_create_freezes_a_copy_of_the_framework(store: Store) -> None:
    service = WorkshopService(store)
    wid = service.create(draft())
    workshop = service.get(wid)
    assert workshop.title == "Youth services readiness"
    assert [g.name for g in workshop.groups] == ["Young people", "Youth workers"]
    assert len(workshop.item_codes) == len(workshop.framework.items) == 46
    assert workshop.completeness == 0.0
    [summary] = service.list()
    assert (summary.id, summary.item_count, summary.ratings_recorded) == (wid, 46, 0)


def test_create_with_chosen_items_keeps_their_order(store: Store) -> None:
    service = WorkshopService(store)
    wid = service.create(draft(item_codes=["S2", "K1", "A3"]))
    assert service.get(wid).item_codes == ("S2", "K1", "A3")


def test_invalid_draft_is_refused_and_nothing_is_stored(store: Store) -> None:
    service = WorkshopService(store)
    with raises_worded(ValidationError, match="Title"):
        service.create(draft(title=""))
    with raises_worded(ValidationError, match="Two groups are called"):
        service.create(draft(groups=[GroupDraft("Staff"), GroupDraft("Staff")]))
    assert service.list() == []


def test_demo_has_something_on_every_screen(store: Store, demo_id: int) -> None:
    demo = WorkshopService(store).get(demo_id)
    assert len(demo.groups) == 4
    assert 0.75 < demo.completeness < 1.0
    ratings = [r for g in demo.groups for r in g.ratings.values()]
    splits = [r for r in ratings if r.status is RatingStatus.SPLIT]
    assert len(splits) >= 4 and all(r.tally for r in splits)
    assert any(r.note for r in splits)
    assert any(r.private_note for r in ratings)
    assert any(r.status is RatingStatus.SKIPPED for r in ratings)
    assert all(g.placement.current and g.placement.aim for g in demo.groups)
    assert demo.actions and demo.parking_lot


def test_duplicate_as_follow_up_remembers_its_baseline(store: Store, demo_id: int) -> None:
    service = WorkshopService(store)
    original = service.get(demo_id)
    copy_id = service.duplicate(demo_id)
    copy = service.get(copy_id)
    assert copy.baseline_uid == original.uid
    assert copy.title.endswith("(follow-up)")
    assert copy.framework == original.framework
    assert [g.name for g in copy.groups] == [g.name for g in original.groups]
    assert [g.placement.aim for g in copy.groups] == [g.placement.aim for g in original.groups]
    assert copy.ratings_recorded == 0
    plain = service.get(service.duplicate(demo_id, as_follow_up=False))
    assert plain.baseline_uid is None


def test_delete_removes_every_child_row(store: Store, demo_id: int) -> None:
    service = WorkshopService(store)
    service.delete(demo_id)
    assert service.list() == []
    conn = sqlite3.connect(store.path)
    try:
        for table in ("workshop_item", "workshop_group", "rating", "action", "parking_lot_entry"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    finally:
        conn.close()
    with pytest.raises(NotFoundError):
        service.delete(demo_id)
    with raises_worded(NotFoundError, match="no workshop with id"):
        service.get(demo_id)


def test_add_puts_back_a_deleted_workshop_whole(store: Store, demo_id: int) -> None:
    service = WorkshopService(store)
    before = service.get(demo_id)
    service.delete(demo_id)
    again = service.get(service.add(before))
    assert again == before
