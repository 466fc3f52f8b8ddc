"""The framework's rules, and the default framework shipped as data."""

from __future__ import annotations

import dataclasses

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Area, Framework, Item, Stage
from coprod_desktop.domain.scale import Scale, ScaleLevel
from tests.worded import raises_worded, worded


def test_default_framework_covers_every_area_and_principle(default_framework: Framework) -> None:
    f = default_framework
    assert len(f.items) >= 32
    for area in Area:
        for principle in f.principles:
            hits = [i for i in f.items if i.area is area and i.principle == principle.code]
            assert len(hits) >= 2, (area, principle.code)
    assert [s.stage for s in f.stages] == list(Stage)
    assert len(f.default_groups) == 4


def test_default_framework_items_are_complete(default_framework: Framework) -> None:
    scale = default_framework.scale
    assert (scale.lowest, scale.highest) == (1, 5)
    assert scale.level(5).label == "Could teach others"
    for item in default_framework.items:
        assert item.activities, item.code
        assert item.easy_read, item.code
        assert set(item.required_by_stage) == set(Stage), item.code


def test_required_levels_must_not_fall(default_framework: Framework) -> None:
    item = default_framework.items[0]
    falling = dataclasses.replace(
        item,
        required_by_stage={
            Stage.ACTIVE_INVOLVEMENT: 3,
            Stage.CO_DESIGN: 2,
            Stage.CO_DELIVERY: 4,
            Stage.FULL_CO_PRODUCTION: 5,
        },
    )
    with raises_worded(ValidationError, match="must not fall"):
        dataclasses.replace(default_framework, items=(falling,))


def test_required_level_off_the_scale_is_refused(default_framework: Framework) -> None:
    item = dataclasses.replace(default_framework.items[0], required_by_stage={Stage.CO_DESIGN: 9})
    with raises_worded(ValidationError, match="outside the scale 1–5"):
        dataclasses.replace(default_framework, items=(item,))


def test_duplicate_item_codes_are_refused(default_framework: Framework) -> None:
    first = default_framework.items[0]
    with raises_worded(ValidationError, match="more than once"):
        dataclasses.replace(default_framework, items=(first, first))


def test_unknown_principle_is_refused(default_framework: Framework) -> None:
    stray = Item(code="X1", area=Area.KNOWLEDGE, principle="P9", text="Something")
    with raises_worded(ValidationError, match="unknown principle, P9"):
        dataclasses.replace(default_framework, items=(stray,))


def test_scale_levels_must_count_up_by_one() -> None:
    with raises_worded(ValidationError, match="count up by one"):
        Scale((ScaleLevel(1, "One", ""), ScaleLevel(3, "Three", "")))
    with raises_worded(ValidationError, match="between 2 and 9"):
        Scale((ScaleLevel(1, "One", ""),))


def test_scale_check_names_the_field() -> None:
    scale = Scale(tuple(ScaleLevel(n, f"L{n}", "") for n in range(1, 6)))
    assert scale.check(3, "current") == 3
    assert scale.check(None, "current") is None
    with pytest.raises(ValidationError) as info:
        scale.check(6, "current")
    assert worded(info.value) == "6 is outside the scale 1–5."
    assert info.value.field == "current"
    with pytest.raises(ValidationError):
        scale.check(True, "current")  # a bool is not a level


def test_lookups(default_framework: Framework) -> None:
    f = default_framework
    assert f.item("K1").area is Area.KNOWLEDGE
    assert f.principle("P4").code == "P4"
    assert f.stage_text(Stage.CO_DELIVERY).title == "Co-delivery"
    assert f.area_text(Area.SOFT_SKILL).title == "Soft skills"
    assert all(i.area is Area.ATTITUDE for i in f.items_in(Area.ATTITUDE))
    with pytest.raises(ValidationError):
        f.item("nope")
