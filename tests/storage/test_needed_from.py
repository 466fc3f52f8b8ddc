"""Where each needed level came from, kept in real stores: written by the live capture, read
back after a reopen, and unknown (never guessed) for ratings stored before it was recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import NeededFrom
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import STORE_NAME, Store, open_store

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "stores"


def test_the_live_capture_stores_where_each_needed_level_came_from(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path)
    store = folder.store
    try:
        workshop_id = create_demo(store)
        session = LiveSession(store, workshop_id)
        w = session.workshop
        group = w.groups[0]
        aim = group.placement.aim
        assert aim is not None
        unrated = w.item_codes[0]
        session.record(group.key, unrated, None)
        filled = rules.with_current_level(session.workshop, group.key, unrated, None, 1)
        session.record(group.key, unrated, filled)
        rated = next(c for c in w.item_codes if c != unrated and c in group.ratings)
        chosen = rules.with_required_level(rated, group.ratings[rated], 5)
        session.record(group.key, rated, chosen)
        session.close()
    finally:
        folder.close()
    store = open_store(tmp_path)
    try:
        again = WorkshopService(store).get(workshop_id).group(group.key).ratings
        assert (again[unrated].needed_from, again[unrated].needed_for) == (
            NeededFrom.FRAMEWORK,
            aim,
        )
        assert (again[rated].needed_from, again[rated].needed_for) == (NeededFrom.GROUP, None)
    finally:
        store.close()


def test_ratings_stored_before_the_record_keep_their_levels_and_no_source(
    tmp_path: Path,
) -> None:
    shutil.copyfile(FIXTURES / "schema-0004.sqlite", tmp_path / STORE_NAME)
    store: Store = open_store(tmp_path)
    try:
        service = WorkshopService(store)
        ratings = [
            r for s in service.list() for g in service.get(s.id).groups for r in g.ratings.values()
        ]
        assert any(r.required_level is not None for r in ratings)
        assert all(r.needed_from is None and r.needed_for is None for r in ratings)
    finally:
        store.close()


def test_the_demo_marks_the_frameworks_needed_levels(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path)
    try:
        w = WorkshopService(folder.store).get(create_demo(folder.store))
        sources = [r.needed_from for g in w.groups for r in g.ratings.values() if r.required_level]
        assert NeededFrom.GROUP in sources and NeededFrom.FRAMEWORK in sources
        assert all(
            isinstance(r.needed_for, Stage)
            for g in w.groups
            for r in g.ratings.values()
            if r.needed_from is NeededFrom.FRAMEWORK
        )
    finally:
        folder.close()
