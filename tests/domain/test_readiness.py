"""Readiness per stage across groups, against a hand-worked example on the default framework
(required levels: Active Involvement 1-2, Co-design 1-3, Co-delivery 2-4, Full Co-production
3-5; K1 needs 2, 3, 4, 4 and K2 2, 3, 4, 5)."""

from __future__ import annotations

from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.indicative_stage import stage_reading
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.readiness import readiness
from coprod_desktop.domain.workshop import Group, Workshop
from tests.worded import first_bank


def at(level: int, codes: list[str]) -> dict[str, Rating]:
    return {c: Rating(item_code=c, current_level=level) for c in codes}


def test_who_is_ready_for_each_stage_and_what_is_in_the_way(
    default_framework: Framework,
) -> None:
    codes = [i.code for i in first_bank(default_framework.items)]
    w = Workshop(
        uid="r", title="Planning", framework=default_framework, item_codes=tuple(codes),
        groups=(Group("a", "All fives", ratings=at(5, codes)),
                Group("b", "All ones", ratings=at(1, codes)),
                Group("c", "Three rated", ratings=at(4, codes[:3])),
                Group("e", "All threes", ratings=at(3, codes))),
    )  # fmt: skip
    stages = readiness(w, tuple(stage_reading(w, g) for g in w.groups))
    assert [s.stage for s in stages] == list(Stage)
    ai, design, delivery, full = stages
    # All ones is short on the 13 items Active Involvement needs at 2 (only 4 may be).
    assert (ai.ready, ai.not_yet, ai.too_few_ratings) == (("a", "e"), ("b",), ("c",))
    assert len(ai.in_the_way) == 13
    assert (ai.in_the_way[0].item_code, ai.in_the_way[0].group_keys) == ("K1", ("b",))
    # Co-design: the 9 items it needs at 3 come first (a shortfall of 2), in item order.
    assert (design.ready, design.not_yet) == (("a", "e"), ("b",))
    assert [x.item_code for x in design.in_the_way[:2]] == ["K1", "K2"]
    assert design.in_the_way[0].largest_gap == 2 and len(design.in_the_way) == 36
    # Co-delivery: All threes is short on the 7 items it needs at 4, so they come first.
    assert (delivery.ready, delivery.not_yet) == (("a",), ("b", "e"))
    both = [x for x in delivery.in_the_way if x.group_keys == ("b", "e")]
    assert len(both) == 7 and delivery.in_the_way[:7] == tuple(both)
    assert delivery.in_the_way[0].largest_gap == 3
    # Full Co-production: both groups are short on 38 items; K2 (needs 5) is furthest.
    assert full.in_the_way[0].item_code == "K2" and full.in_the_way[0].largest_gap == 4
    assert sum(len(x.group_keys) == 2 for x in full.in_the_way) == 38
