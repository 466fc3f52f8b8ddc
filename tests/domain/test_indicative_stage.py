"""The indicative stage over the default framework's 40 items: coverage, tolerance, partial
credit, the four-principle rule, and the properties a commissioner relies on."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.indicative_stage import (
    allowed_short,
    coverage_needed,
    stage_reading,
)
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Group, Workshop
from tests.worded import first_bank


def rated(
    framework: Framework,
    levels: dict[str, int],
    skipped: tuple[str, ...] = (),
    role: GroupRole | None = None,
) -> Workshop:
    ratings = {c: Rating(item_code=c, current_level=lv) for c, lv in levels.items()}
    ratings |= {c: Rating(item_code=c, status=RatingStatus.SKIPPED) for c in skipped}
    group = Group(key="g1", name="Carers", ratings=ratings, role=role)
    return Workshop(
        uid="w",
        title="Stage",
        framework=framework,
        item_codes=tuple(i.code for i in first_bank(framework.items)),
        groups=(group,),
    )


def all_at(framework: Framework, level: int) -> dict[str, int]:
    return {i.code: level for i in first_bank(framework.items)}


def test_the_coverage_is_three_quarters_rounded_up_and_the_tolerance_one_in_ten() -> None:
    assert [coverage_needed(n) for n in (1, 3, 4, 40, 41)] == [1, 3, 3, 30, 31]
    assert [allowed_short(n) for n in (0, 9, 10, 19, 40)] == [0, 0, 1, 1, 4]


def test_three_of_forty_items_rated_indicates_no_stage(default_framework: Framework) -> None:
    w = rated(default_framework, {"K1": 5, "K2": 5, "K3": 5})
    reading = stage_reading(w, w.groups[0])
    assert reading.counted == 3 and reading.coverage == 30 and not reading.enough
    assert (reading.indicative, reading.next_stage, reading.holding_back) == (None, None, ())
    assert reading.matches_placement is None


def test_skipped_items_do_not_count_towards_the_coverage(default_framework: Framework) -> None:
    codes = [i.code for i in first_bank(default_framework.items)]
    w = rated(default_framework, dict.fromkeys(codes[:29], 5), skipped=tuple(codes[29:]))
    assert stage_reading(w, w.groups[0]).indicative is None
    w = rated(default_framework, dict.fromkeys(codes[:30], 5), skipped=tuple(codes[30:]))
    assert stage_reading(w, w.groups[0]).indicative is Stage.FULL_CO_PRODUCTION


def test_39_items_at_5_and_one_at_1_still_indicates_a_stage(
    default_framework: Framework,
) -> None:
    levels = all_at(default_framework, 5) | {"K1": 1}
    w = rated(default_framework, levels)
    reading = stage_reading(w, w.groups[0])
    assert reading.indicative is Stage.FULL_CO_PRODUCTION
    assert [x.item_code for x in reading.tolerated] == ["K1"]
    full = reading.credit(Stage.FULL_CO_PRODUCTION)
    assert (full.met, full.checked, full.allowed_short) == (39, 40, 4)


def test_full_co_production_needs_every_principle(default_framework: Framework) -> None:
    # P4 has 8 items in the default framework, so none of them may fall short; two P4 items
    # at 1 are within the tolerance over all 40 items, but not within P4's own.
    p4 = [i.code for i in first_bank(default_framework.items) if i.principle == "P4"]
    levels = all_at(default_framework, 5) | {p4[0]: 1, p4[1]: 1}
    w = rated(default_framework, levels)
    reading = stage_reading(w, w.groups[0])
    full = reading.credit(Stage.FULL_CO_PRODUCTION)
    assert full.short <= full.allowed_short and full.principles_short == ("P4",)
    assert reading.indicative is Stage.CO_DELIVERY
    assert reading.next_stage is Stage.FULL_CO_PRODUCTION
    assert {x.item_code for x in reading.holding_back} == {p4[0], p4[1]}


def test_a_principle_with_no_item_assessed_cannot_meet_full_co_production(
    default_framework: Framework,
) -> None:
    p4 = {i.code for i in first_bank(default_framework.items) if i.principle == "P4"}
    levels = {c: 5 for c in all_at(default_framework, 5) if c not in p4}
    w = rated(default_framework, levels)
    reading = stage_reading(w, w.groups[0])
    assert reading.enough and reading.indicative is Stage.CO_DELIVERY
    assert reading.credit(Stage.FULL_CO_PRODUCTION).principles_short == ("P4",)


def test_partial_credit_towards_the_next_stage_and_what_holds_the_group_back(
    default_framework: Framework,
) -> None:
    # Everything at 3 meets Co-design except the items that need 4 there (none) and the
    # Co-delivery items that need 4: K1, K2, K4, H5, S1, A1, A2 (seven: more than 4 allowed).
    w = rated(default_framework, all_at(default_framework, 3))
    reading = stage_reading(w, w.groups[0])
    assert reading.indicative is Stage.CO_DESIGN and reading.next_stage is Stage.CO_DELIVERY
    delivery = reading.credit(Stage.CO_DELIVERY)
    assert (delivery.met, delivery.checked) == (33, 40)
    assert {x.item_code for x in reading.holding_back} == {"K1", "K2", "K4", "H5", "S1", "A1", "A2"}
    assert reading.tolerated == ()


def test_the_stage_is_measured_against_the_levels_the_groups_role_needs(
    default_framework: Framework,
) -> None:
    # Everything at 4 but the items managers need at 4 for Co-delivery while the profile every
    # role shares needs 3 or less there: the same ratings meet Co-delivery for a group with no
    # role, not for managers, whom those items hold back.
    bank = first_bank(default_framework.items)
    theirs = [
        i.code
        for i in bank
        if i.required_level(Stage.CO_DELIVERY, GroupRole.MANAGERS) == 4
        and (i.required_level(Stage.CO_DELIVERY) or 0) <= 3
    ]
    assert len(theirs) > allowed_short(len(bank))
    levels = all_at(default_framework, 4) | dict.fromkeys(theirs, 3)
    anyone = rated(default_framework, levels)
    assert stage_reading(anyone, anyone.groups[0]).indicative is Stage.CO_DELIVERY
    managers = rated(default_framework, levels, role=GroupRole.MANAGERS)
    reading = stage_reading(managers, managers.groups[0])
    assert reading.indicative is Stage.CO_DESIGN and reading.next_stage is Stage.CO_DELIVERY
    assert set(theirs) <= {x.item_code for x in reading.holding_back}
    assert all(x.required == managers.framework.item(x.item_code).required_level(
        Stage.CO_DELIVERY, GroupRole.MANAGERS) for x in reading.holding_back)  # fmt: skip


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def some_levels(draw: st.DrawFn, framework: Framework) -> dict[str, int]:
    codes = [i.code for i in first_bank(framework.items)]
    chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=len(codes)))
    low, high = framework.scale.lowest, framework.scale.highest
    return {c: draw(st.integers(low, high)) for c in chosen}


def order(stage: Stage | None) -> int:
    return -1 if stage is None else stage.order


@SETTINGS
@given(data=st.data())
def test_raising_any_rating_never_lowers_the_indicated_stage(
    default_framework: Framework, data: st.DataObject
) -> None:
    levels = data.draw(some_levels(default_framework))
    if not levels:
        return
    code = data.draw(st.sampled_from(sorted(levels)))
    higher = data.draw(st.integers(levels[code], default_framework.scale.highest))
    role = data.draw(st.none() | st.sampled_from(GroupRole))  # measured against its levels
    before = rated(default_framework, levels, role=role)
    after = rated(default_framework, levels | {code: higher}, role=role)
    assert order(stage_reading(after, after.groups[0]).indicative) >= order(
        stage_reading(before, before.groups[0]).indicative
    )


@SETTINGS
@given(data=st.data())
def test_fewer_rated_items_than_the_coverage_never_indicates_a_stage(
    default_framework: Framework, data: st.DataObject
) -> None:
    levels = data.draw(some_levels(default_framework))
    w = rated(default_framework, levels, role=data.draw(st.none() | st.sampled_from(GroupRole)))
    reading = stage_reading(w, w.groups[0])
    if len(levels) < coverage_needed(len(first_bank(default_framework.items))):
        assert reading.indicative is None and reading.next_stage is None
    else:
        assert reading.enough
    if reading.next_stage is not None:
        assert not reading.credit(reading.next_stage).meets
        assert all(x.current < x.required for x in reading.holding_back)
    if reading.indicative is not None:
        assert all(reading.credit(s).meets for s in list(Stage)[: reading.indicative.order + 1])


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_every_item_at_one_level_gives_one_clear_answer(
    default_framework: Framework, level: int
) -> None:
    w = rated(default_framework, all_at(default_framework, level))
    reading = stage_reading(w, w.groups[0])
    expected = {1: None, 2: Stage.ACTIVE_INVOLVEMENT, 3: Stage.CO_DESIGN,
                4: Stage.CO_DELIVERY, 5: Stage.FULL_CO_PRODUCTION}  # fmt: skip
    assert reading.indicative is expected[level]
