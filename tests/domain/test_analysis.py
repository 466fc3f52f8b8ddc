"""Results: gaps, training needs, profiles, indicative stage, differences between groups, follow-up."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.analysis import (
    gap,
    group_differences,
    group_profile,
    room_notes,
    shared_needs,
    training_needs,
)
from coprod_desktop.domain.follow_up import MatchedBy, compare, match_groups
from coprod_desktop.domain.framework import Area, Framework, Stage
from coprod_desktop.domain.indicative_stage import meets, stage_reading
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.split import split_views
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop
from tests.strategies import workshops

# In the default framework K1 needs 2/3/4/4 by stage, K3 and H1 1/2/3/4, S1 2/3/4/4.
CODES = ("K1", "K3", "H1", "S1")


def agreed(code: str, now: int, needed: int | None = None, note: str = "") -> Rating:
    return Rating(item_code=code, current_level=now, required_level=needed, note=note)


def split(code: str, now: int | None, needed: int | None, tally: dict[int, int]) -> Rating:
    return Rating(
        item_code=code,
        status=RatingStatus.SPLIT,
        current_level=now,
        required_level=needed,
        tally=Tally(tally),
        note="Two felt otherwise.",
    )


def skipped(code: str) -> Rating:
    return Rating(item_code=code, status=RatingStatus.SKIPPED)


def group(key: str, name: str, *ratings: Rating, **kw: object) -> Group:
    return Group(key=key, name=name, ratings={r.item_code: r for r in ratings}, **kw)  # type: ignore[arg-type]


def workshop(framework: Framework, *groups: Group, **kw: object) -> Workshop:
    return Workshop(
        uid="w-1",
        title="Test",
        framework=framework,
        item_codes=CODES,
        groups=groups,
        **kw,  # type: ignore[arg-type]
    )


def test_gap_is_required_minus_current_and_absent_when_unknown() -> None:
    assert gap(agreed("K1", 2, 4)) == 2
    assert gap(agreed("K1", 4, 3)) == -1
    assert gap(agreed("K1", 2)) is None
    assert gap(skipped("K1")) is None
    assert gap(split("K1", None, 4, {})) is None
    # A split's dots put it at their median (1, 1, 3, 3: 2), so it has a gap.
    assert gap(split("K1", None, 4, {1: 2, 3: 2})) == 2


def test_needs_are_ranked_group_by_group_by_gap_then_groups_sharing(
    default_framework: Framework,
) -> None:
    w = workshop(
        default_framework,
        group("g1", "Staff", agreed("K1", 1, 4), agreed("K3", 2, 3), agreed("H1", 2, 3)),
        group("g2", "Carers", agreed("H1", 1, 2), agreed("S1", 2, 4), agreed("K3", 3, 3)),
    )
    needs = training_needs(w)
    assert [(n.group_key, n.item_code, n.gap, n.shared_by) for n in needs] == [
        ("g1", "K1", 3, 1),
        ("g1", "H1", 1, 2),  # shared by two groups: before K3, though K3 comes first
        ("g1", "K3", 1, 1),
        ("g2", "S1", 2, 1),
        ("g2", "H1", 1, 2),
    ]
    assert needs[0].area is Area.KNOWLEDGE and needs[0].principle == "P1"
    assert not any(n.uncertain for n in needs)


def test_a_need_from_a_split_view_is_uncertain_and_no_need_below_gap_one(
    default_framework: Framework,
) -> None:
    w = workshop(
        default_framework,
        group(
            "g1",
            "Staff",
            split("K1", 2, 3, {1: 2, 2: 3, 3: 1}),
            agreed("K3", 3, 3),
            agreed("H1", 4, 2),
            skipped("S1"),
        ),
    )
    (need,) = training_needs(w)
    assert (need.item_code, need.gap, need.uncertain) == ("K1", 1, True)


def test_profile_by_area_and_principle(default_framework: Framework) -> None:
    g = group(
        "g1",
        "Staff",
        agreed("K1", 2, 4),
        split("K3", 3, None, {2: 1, 3: 2}),
        skipped("H1"),
    )
    profile = group_profile(workshop(default_framework, g), g)
    knowledge, hard, soft, attitude = profile.by_area
    assert (knowledge.key, knowledge.title) == ("knowledge", "Knowledge")
    assert (knowledge.items, knowledge.assessed, knowledge.split, knowledge.needs) == (2, 2, 1, 1)
    assert knowledge.mean_current == pytest.approx(2.5)
    assert knowledge.mean_required == 4
    assert knowledge.mean_gap == 2
    assert (hard.items, hard.assessed, hard.skipped, hard.mean_current) == (1, 0, 1, None)
    assert (soft.items, soft.assessed, soft.mean_gap) == (1, 0, None)
    assert attitude.items == 0
    by_code = {row.key: row for row in profile.by_principle}
    assert set(by_code) == {"P1", "P2", "P3", "P4"}
    assert by_code["P1"].items == 1 and by_code["P1"].mean_current == 2  # K1
    assert by_code["P2"].items == 2  # K3 and S1


@pytest.mark.parametrize(
    ("levels", "indicative", "next_stage", "to_close"),
    [
        # K1 2/3/4/4, K3 1/2/3/4, H1 1/2/3/4, S1 2/3/4/4
        # No P4 item is in scope, so Full Co-production (every principle) cannot be met.
        ({"K1": 4, "K3": 4, "H1": 4, "S1": 4}, Stage.CO_DELIVERY, Stage.FULL_CO_PRODUCTION, []),
        (
            {"K1": 3, "K3": 2, "H1": 2, "S1": 3},
            Stage.CO_DESIGN,
            Stage.CO_DELIVERY,
            [("K1", 3, 4), ("K3", 2, 3), ("H1", 2, 3), ("S1", 3, 4)],
        ),
        ({"K1": 1, "K3": 5, "H1": 5, "S1": 5}, None, Stage.ACTIVE_INVOLVEMENT, [("K1", 1, 2)]),
        (
            {"K1": 4, "K3": 1, "H1": 3},  # S1 unrated: left out, not counted as failing
            Stage.ACTIVE_INVOLVEMENT,
            Stage.CO_DESIGN,
            [("K3", 1, 2)],
        ),
        ({"K1": 4, "K3": 2, "S1": 1}, None, Stage.ACTIVE_INVOLVEMENT, [("S1", 1, 2)]),
    ],
)
def test_indicative_stage_is_the_last_stage_met_walking_up(
    default_framework: Framework,
    levels: dict[str, int],
    indicative: Stage | None,
    next_stage: Stage | None,
    to_close: list[tuple[str, int, int]],
) -> None:
    g = group(
        "g1",
        "Staff",
        *(agreed(c, lv) for c, lv in levels.items()),
        placement=StagePlacement(current=Stage.CO_DESIGN, aim=Stage.CO_DELIVERY),
    )
    reading = stage_reading(workshop(default_framework, g), g)
    assert reading.indicative is indicative
    assert reading.next_stage is next_stage
    assert [(x.item_code, x.current, x.required) for x in reading.to_close] == sorted(
        to_close, key=lambda t: -(t[2] - t[1])
    )
    assert (reading.placed, reading.aim) == (Stage.CO_DESIGN, Stage.CO_DELIVERY)
    assert reading.counted == len(levels) and reading.in_scope == 4
    assert reading.matches_placement is (indicative is Stage.CO_DESIGN)


def test_skipped_and_levelless_ratings_do_not_count_for_the_stage(
    default_framework: Framework,
) -> None:
    g = group(
        "g1",
        "Staff",
        agreed("K1", 4),
        skipped("K3"),
        split("H1", None, None, {}),
        split("S1", 4, None, {3: 1, 4: 2}),
    )
    reading = stage_reading(workshop(default_framework, g), g)
    assert reading.counted == 2
    # Two of four items is under the coverage (three): no stage yet.
    assert (reading.coverage, reading.indicative, reading.next_stage) == (3, None, None)


def test_nothing_assessed_gives_no_reading(default_framework: Framework) -> None:
    g = group("g1", "Staff", skipped("K1"))
    reading = stage_reading(workshop(default_framework, g), g)
    assert (reading.indicative, reading.next_stage, reading.to_close) == (None, None, ())
    assert reading.matches_placement is None


def test_group_differences_are_two_or_more_levels_apart(default_framework: Framework) -> None:
    w = workshop(
        default_framework,
        group("g1", "Carers", agreed("K1", 1), agreed("K3", 2), skipped("H1")),
        group("g2", "Staff", agreed("K1", 3), agreed("K3", 3), agreed("H1", 5)),
        group("g3", "Managers", agreed("K1", 4), agreed("K3", 1), agreed("H1", 1)),
    )
    gaps = group_differences(w)
    assert [(p.item_code, p.spread) for p in gaps] == [("H1", 4), ("K1", 3), ("K3", 2)]
    k1 = gaps[1]
    assert k1.levels == (("g1", 1), ("g2", 3), ("g3", 4))
    assert (k1.low_groups, k1.high_groups) == (("g1",), ("g3",))
    assert gaps[0].levels == (("g2", 5), ("g3", 1))  # the skipped view is left out
    assert group_differences(w, threshold=3) == gaps[:2]


def test_shared_needs_list_items_needed_by_several_groups(default_framework: Framework) -> None:
    w = workshop(
        default_framework,
        group("g1", "A", agreed("K1", 1, 4), agreed("H1", 2, 3)),
        group("g2", "B", split("K1", 2, 3, {2: 3, 3: 1}), agreed("H1", 1, 3)),
        group("g3", "C", agreed("K1", 3, 4), agreed("S1", 1, 2)),
    )
    shared = shared_needs(training_needs(w), w)
    assert [(s.item_code, s.group_keys, s.largest_gap) for s in shared] == [
        ("K1", ("g1", "g2", "g3"), 3),
        ("H1", ("g1", "g2"), 2),
    ]
    assert shared[0].mean_gap == pytest.approx(5 / 3)
    assert shared[0].uncertain_groups == 1
    assert len(shared_needs(training_needs(w), w, at_least=1)) == 3


def test_split_views_show_the_spread_and_the_minority(default_framework: Framework) -> None:
    g = group("g1", "A", split("K3", 2, 4, {1: 2, 2: 4, 3: 3}), agreed("K1", 2))
    (view,) = split_views(workshop(default_framework, g), g)
    assert (view.item_code, view.current, view.required) == ("K3", 2, 4)
    assert (view.median, view.lowest, view.highest, view.range) == (2.0, 1, 3, 2)
    assert view.votes_elsewhere == 5
    assert view.note == "Two felt otherwise."


def test_room_notes_never_carry_private_notes(default_framework: Framework) -> None:
    rating = dataclasses.replace(
        agreed("K1", 2, 3, note="For the room"), private_note="Facilitator only"
    )
    g = group(
        "g1",
        "A",
        rating,
        agreed("K3", 1),
        Rating(item_code="H1", current_level=1, private_note="Only private"),
    )
    notes = room_notes(workshop(default_framework, g), g)
    assert [(n.item_code, n.text) for n in notes] == [("K1", "For the room")]


def test_follow_up_matches_by_key_then_name_and_measures_change(
    default_framework: Framework,
) -> None:
    baseline = workshop(
        default_framework,
        group("g1", "Carers", agreed("K1", 1, 3), agreed("K3", 2), agreed("H1", 3), skipped("S1")),
        group("g2", "Staff", agreed("K1", 3), agreed("S1", 2)),
        group("g3", "Managers", agreed("K1", 2)),
    )
    follow_up = dataclasses.replace(
        workshop(
            default_framework,
            group(
                "g1",
                "Carers and families",
                agreed("K1", 3, 3),
                agreed("K3", 2),
                agreed("H1", 2),
                agreed("S1", 2),
            ),
            group("g9", "staff", agreed("K1", 4), agreed("S1", 4)),
            group("g4", "Volunteers", agreed("K1", 1)),
        ),
        uid="w-2",
        baseline_uid="w-1",
    )
    matches = match_groups(baseline, follow_up)
    assert [(m.group_key, m.baseline_key, m.matched_by) for m in matches] == [
        ("g1", "g1", MatchedBy.KEY),
        ("g9", "g2", MatchedBy.NAME),
    ]
    result = compare(baseline, follow_up)
    carers, staff = result.groups
    assert (carers.compared, carers.improved, carers.same, carers.worse) == (3, 1, 1, 1)
    assert carers.mean_before == pytest.approx(2) and carers.mean_after == pytest.approx(7 / 3)
    assert carers.change == pytest.approx(1 / 3)
    assert (staff.compared, staff.improved, staff.change) == (2, 2, 1.5)
    k1 = result.items_of("g1")[0]
    assert (k1.item_code, k1.before, k1.after, k1.change, k1.gap_before, k1.gap_after) == (
        "K1",
        1,
        3,
        2,
        2,
        0,
    )
    knowledge = next(a for a in result.areas if a.area is Area.KNOWLEDGE)
    assert (knowledge.compared, knowledge.mean_before, knowledge.mean_after) == (3, 2, 3)
    assert knowledge.change == 1
    assert {a.group_key for a in result.group_areas} == {"g1", "g9"}
    assert (result.new_groups, result.missing_groups) == (("g4",), ("g3",))
    assert carers.stage_before is None or isinstance(carers.stage_before, Stage)


def test_analyse_bundles_everything(default_framework: Framework) -> None:
    w = workshop(default_framework, group("g1", "A", agreed("K1", 1, 3)), group("g2", "B"))
    results = analyse(w, baseline=w)
    assert [r.group.key for r in results.groups] == ["g1", "g2"]
    assert results.of("g1").needs == results.needs
    assert results.follow_up is not None and all(c.change == 0 for c in results.follow_up.items)
    with pytest.raises(KeyError):
        results.of("nope")


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_properties_of_needs_and_gaps(default_framework: Framework, data: st.DataObject) -> None:
    w = data.draw(workshops(default_framework))
    needs = training_needs(w)
    for g in w.groups:
        keys = [(-n.gap, -n.shared_by) for n in needs if n.group_key == g.key]
        assert keys == sorted(keys)
    groups = [g.key for g in w.groups]
    assert [groups.index(n.group_key) for n in needs] == sorted(
        groups.index(n.group_key) for n in needs
    )
    assert all(n.gap >= 1 for n in needs)
    for n in needs:
        rating = w.group(n.group_key).ratings[n.item_code]
        assert rating.status is not RatingStatus.SKIPPED
        assert n.uncertain == (rating.status is RatingStatus.SPLIT)
        assert n.shared_by == sum(1 for m in needs if m.item_code == n.item_code)
    for p in group_differences(w):
        assert p.spread >= 2 and len(p.levels) >= 2


@SETTINGS
@given(data=st.data())
def test_properties_of_the_indicative_stage(
    default_framework: Framework, data: st.DataObject
) -> None:
    w = data.draw(workshops(default_framework))
    for g in w.groups:
        reading = stage_reading(w, g)
        levels = {
            c: r.current_level
            for c, r in g.ratings.items()
            if r.status is not RatingStatus.SKIPPED and r.current_level is not None
        }
        items = tuple(w.framework.item(c) for c in w.item_codes)
        principles = tuple(p.code for p in w.framework.principles)
        reached = [] if reading.indicative is None else list(Stage)[: reading.indicative.order + 1]
        # Measured against the levels the group's role needs (its role's profile).
        assert all(meets(levels, items, s, principles, g.role) for s in reached)
        if reading.next_stage is not None:
            assert not meets(levels, items, reading.next_stage, principles, g.role)
        if reading.counted < reading.coverage:
            assert reading.indicative is None and reading.next_stage is None
        assert all(x.current < x.required for x in reading.to_close)


@SETTINGS
@given(data=st.data())
def test_a_workshop_compared_with_itself_has_travelled_nowhere(
    default_framework: Framework, data: st.DataObject
) -> None:
    w = data.draw(workshops(default_framework))
    result = compare(w, w)
    assert len(result.groups) == len(w.groups)
    assert all(c.change == 0 for c in result.items)
    assert all(g.worse == 0 and g.improved == 0 for g in result.groups)
    assert result.new_groups == () and result.missing_groups == ()
