"""Changing a group's aim refills only the needed levels the framework filled in (and fills
missing ones), never the group's own, as one undoable step, in a real store."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.rating import NeededFrom
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService


def test_an_aim_changed_after_rating_refills_only_the_filled_in_levels(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        workshop_id = create_demo(folder.store)
        live = LiveSession(folder.store, workshop_id)
        group = live.workshop.groups[0]
        before = dict(group.ratings)
        own = {c for c, r in before.items() if r.needed_from is NeededFrom.GROUP}
        filled = {c for c, r in before.items() if r.needed_from is NeededFrom.FRAMEWORK}
        assert own and filled
        new_aim = Stage.FULL_CO_PRODUCTION
        assert group.placement.aim is not new_aim
        placement = StagePlacement(group.placement.current, new_aim, group.placement.note)
        changes = live.set_placement(group.key, placement, refill=True)
        assert changes.step is not None and changes.problem is None
        after = live.workshop.group(group.key).ratings
        fw = live.workshop.framework
        for code in filled:
            assert after[code].required_level == fw.item(code).required_level(new_aim, group.role)
            assert after[code].needed_for is new_aim
            assert after[code].needed_role is group.role  # refilled from the group's role
        for code in own:
            assert after[code] == before[code]  # the group's own choice is never touched
        live.close()
        stored = WorkshopService(folder.store).get(workshop_id).group(group.key)
        assert stored.placement.aim is new_aim and dict(stored.ratings) == dict(after)
        live = LiveSession(folder.store, workshop_id)
        assert live.workshop.group(group.key).placement.aim is new_aim
    finally:
        folder.close()


def test_one_undo_restores_the_aim_and_every_level(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        live = LiveSession(folder.store, create_demo(folder.store))
        group = live.workshop.groups[1]
        placement = StagePlacement(group.placement.current, Stage.ACTIVE_INVOLVEMENT)
        live.set_placement(group.key, placement, refill=True)
        assert live.workshop.group(group.key) != group
        live.undo()
        assert live.workshop.group(group.key) == group
        live.redo()
        assert live.workshop.group(group.key).placement.aim is Stage.ACTIVE_INVOLVEMENT
    finally:
        folder.close()


def test_a_group_with_no_aim_gets_its_missing_levels_filled_in(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        live = LiveSession(folder.store, create_demo(folder.store))
        key = live.workshop.groups[0].key
        live.set_placement(key, StagePlacement(), refill=True)  # no aim: framework levels go
        no_aim = live.workshop.group(key).ratings
        assert not any(r.needed_from is NeededFrom.FRAMEWORK for r in no_aim.values())
        missing = {c for c, r in no_aim.items() if r.required_level is None and r.current_level}
        assert missing
        assert rules.refilled_for_aim(live.workshop, key, None) == {}
        live.set_placement(key, StagePlacement(aim=Stage.CO_DESIGN), refill=True)
        again = live.workshop.group(key).ratings
        assert all(again[c].needed_from is NeededFrom.FRAMEWORK for c in missing)
        # Without refill, the levels stay as they are.
        live.set_placement(key, StagePlacement(aim=Stage.CO_DELIVERY))
        assert live.workshop.group(key).ratings == again
    finally:
        folder.close()
