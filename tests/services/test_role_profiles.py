"""Needed levels filled in from the framework follow the group's role: the same ratings and
aim give different training needs to service users, commissioners and a group with no role;
each rating records the stage and role its level came from, in the store and in the file."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.analysis import needs_of, training_needs
from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.domain.rating import NeededFrom
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService

AIM = Stage.CO_DELIVERY


def test_needs_are_computed_from_per_role_profiles(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        draft = WorkshopDraft(
            title="Roles",
            groups=[
                GroupDraft("Tenants", aim=AIM, role=GroupRole.SERVICE_USERS),
                GroupDraft("Commissioners", aim=AIM, role=GroupRole.COMMISSIONERS),
                GroupDraft("Mixed", aim=AIM),
            ],
        )
        workshop_id = WorkshopService(folder.store).create(draft)
        live = LiveSession(folder.store, workshop_id)
        for group in live.workshop.groups:
            for code in live.workshop.item_codes:
                live.jump(group.key, code)
                assert live.set_current_level(2).problem is None
        workshop = live.workshop
        live.close()

        tenants, commissioners, mixed = workshop.groups
        h1 = {g.name: g.ratings["H1"] for g in workshop.groups}  # reading a budget
        assert {n: r.required_level for n, r in h1.items()} == {
            "Tenants": 2, "Commissioners": 4, "Mixed": 3,
        }  # fmt: skip
        assert all(r.needed_from is NeededFrom.FRAMEWORK and r.needed_for is AIM
                   for r in h1.values())  # fmt: skip
        assert [r.needed_role for r in h1.values()] == [
            GroupRole.SERVICE_USERS, GroupRole.COMMISSIONERS, None,
        ]  # fmt: skip

        needs = training_needs(workshop)
        by_group = {g.name: {n.item_code: n.gap for n in needs_of(needs, g.key)}
                    for g in workshop.groups}  # fmt: skip
        assert "H1" not in by_group["Tenants"]
        assert by_group["Commissioners"]["H1"] == 2 and by_group["Mixed"]["H1"] == 1
        assert by_group["Tenants"]["A2"] == 3 > by_group["Commissioners"]["A2"] == 2
        # Every gap is the role profile's level minus 2, item by item.
        framework = workshop.framework
        for group in workshop.groups:
            expected = {
                i.code: i.required_level(AIM, group.role) - 2  # type: ignore[operator]
                for i in framework.items
                if i.required_level(AIM, group.role) > 2  # type: ignore[operator]
            }
            assert by_group[group.name] == expected, group.name
        assert len({frozenset(v.items()) for v in by_group.values()}) == 3

        # Kept by the store and by the workshop file.
        stored = WorkshopService(folder.store).get(workshop_id)
        assert stored.groups == workshop.groups
        path = tmp_path / "roles.coprod"
        WorkshopExchange(folder.store).export_file(workshop_id, path)
        copy = WorkshopService(folder.store).get(WorkshopExchange(folder.store).import_file(path))
        assert [g.ratings["H1"].needed_role for g in copy.groups] == [
            GroupRole.SERVICE_USERS, GroupRole.COMMISSIONERS, None,
        ]  # fmt: skip
        assert {tenants.key, commissioners.key, mixed.key} == {g.key for g in copy.groups}
    finally:
        folder.close()


def test_changing_a_groups_aim_refills_from_its_roles_profile(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        draft = WorkshopDraft(
            title="Refill",
            groups=[GroupDraft("Managers", aim=Stage.CO_DESIGN, role=GroupRole.MANAGERS)],
        )
        live = LiveSession(folder.store, WorkshopService(folder.store).create(draft))
        live.jump(live.workshop.groups[0].key, "S4")
        live.set_current_level(1)
        group = live.workshop.groups[0]
        assert group.ratings["S4"].required_level == 3  # managers share power sooner
        live.set_placement(group.key, StagePlacement(aim=Stage.FULL_CO_PRODUCTION), refill=True)
        s4 = live.workshop.groups[0].ratings["S4"]
        assert (s4.required_level, s4.needed_for, s4.needed_role) == (
            5, Stage.FULL_CO_PRODUCTION, GroupRole.MANAGERS,
        )  # fmt: skip
        live.undo()
        assert live.workshop.groups[0].ratings["S4"] == group.ratings["S4"]
        live.close()
    finally:
        folder.close()


def test_the_demo_fills_in_needed_levels_from_each_groups_role(tmp_path: Path) -> None:
    from coprod_desktop.services.demo import create_demo

    folder = open_data_folder(tmp_path / "data")
    try:
        workshop = WorkshopService(folder.store).get(create_demo(folder.store))
    finally:
        folder.close()
    framework = workshop.framework
    needs = training_needs(workshop)
    differ = 0
    for group in workshop.groups:
        aim = group.placement.aim
        assert group.role is not None and aim is not None
        filled = [r for r in group.ratings.values() if r.needed_from is NeededFrom.FRAMEWORK]
        assert filled, group.name
        for r in filled:
            item = framework.item(r.item_code)
            assert r.required_level == item.required_level(aim, group.role), r.item_code
            assert (r.needed_for, r.needed_role) == (aim, group.role)
            differ += r.required_level != item.required_level(aim)
        # Its needs are the gaps to those levels.
        expected = {
            code: r.required_level - r.current_level
            for code, r in group.ratings.items()
            if r.current_level is not None
            and r.required_level is not None
            and r.required_level > r.current_level
        }
        assert {n.item_code: n.gap for n in needs_of(needs, group.key)} == expected
    assert differ > 0  # the role profiles are not the profile every role shares
