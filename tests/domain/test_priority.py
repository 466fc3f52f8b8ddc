"""The priority of training needs: gap, groups sharing, then areas taking turns; never the
order of the items."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.analysis import shared_needs, training_needs
from coprod_desktop.domain.framework import Area, Framework
from coprod_desktop.domain.priority import code_key
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Group, Workshop
from tests.strategies import workshops
from tests.worded import first_bank


def one_group(framework: Framework, levels: dict[str, tuple[int, int]]) -> Workshop:
    ratings = {
        c: Rating(item_code=c, current_level=now, required_level=needed)
        for c, (now, needed) in levels.items()
    }
    return Workshop(
        uid="w",
        title="Priorities",
        framework=framework,
        item_codes=tuple(i.code for i in first_bank(framework.items)),
        groups=(Group(key="g1", name="Staff", ratings=ratings),),
    )


def test_a_tie_of_equal_gaps_across_all_areas_is_not_ordered_by_area(
    default_framework: Framework,
) -> None:
    w = one_group(default_framework, {i.code: (3, 4) for i in first_bank(default_framework.items)})
    needs = training_needs(w)
    assert len(needs) == 40
    areas = [n.area for n in needs]
    # The areas take turns: every run of four has one need from each area.
    for start in range(0, 40, 4):
        assert set(areas[start : start + 4]) == set(Area)
    assert [n.item_code for n in needs[:8]] == ["K1", "H1", "S1", "A1", "K2", "H2", "S2", "A2"]
    assert [n.item_code for n in needs if n.area is Area.KNOWLEDGE][-1] == "K10"  # not K2


def test_the_area_with_more_to_gain_leads_each_turn(default_framework: Framework) -> None:
    levels = {i.code: (3, 4) for i in first_bank(default_framework.items)}
    levels |= {"A1": (1, 4), "A9": (1, 2), "A10": (2, 3)}
    needs = training_needs(one_group(default_framework, levels))
    assert needs[0].item_code == "A1"  # the larger gap first, whatever its area
    # Attitude's total gap is now the largest (9 + 3), so it leads each turn of the gap-1
    # needs; within attitude the lower current level goes first.
    assert [n.item_code for n in needs[1:9]] == ["A9", "K1", "H1", "S1", "A10", "K2", "H2", "S2"]


def test_item_codes_sort_by_their_number() -> None:
    assert sorted(["K10", "K2", "H1", "K1"], key=code_key) == ["H1", "K1", "K2", "K10"]


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_reordering_the_items_never_changes_the_ranking(
    default_framework: Framework, data: st.DataObject
) -> None:
    w = data.draw(workshops(default_framework))
    shuffled = data.draw(st.permutations(w.item_codes))
    again = Workshop(
        uid=w.uid, title=w.title, framework=w.framework, item_codes=tuple(shuffled),
        groups=w.groups,
    )  # fmt: skip
    key = [(n.group_key, n.item_code) for n in training_needs(w)]
    assert key == [(n.group_key, n.item_code) for n in training_needs(again)]
    first = shared_needs(training_needs(w), w, at_least=1)
    assert first == shared_needs(training_needs(again), again, at_least=1)
