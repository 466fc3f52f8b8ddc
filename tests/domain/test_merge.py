"""Merging two copies of one workshop: nothing lost, nothing overwritten silently."""

from __future__ import annotations

import dataclasses

import pytest

from coprod_desktop.domain.barrier import Barrier, BarrierTag
from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.merge import MergeRefusedError, merge
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Action, Group, StagePlacement, Workshop


def blank(framework: Framework) -> Workshop:
    return Workshop(
        uid="w-1",
        title="Riverside",
        framework=framework,
        item_codes=tuple(i.code for i in framework.items[:4]),
        groups=(Group(key="g1", name="Service users"), Group(key="g2", name="Front-line staff")),
    )


def rated(workshop: Workshop, group: str, item: str, level: int, **extra: str) -> Workshop:
    rating = Rating(item_code=item, current_level=level, required_level=4, **extra)  # type: ignore[arg-type]
    return workshop.with_rating(group, item, rating)


def test_two_rooms_make_one_workshop(default_framework: Framework) -> None:
    start = blank(default_framework)
    a, b, c = start.item_codes[:3]
    room_one = rated(rated(start, "g1", a, 2), "g1", b, 3)
    room_two = rated(rated(start, "g2", a, 4), "g2", c, 1)
    result = merge(room_one, room_two)
    assert result.differences == ()
    merged = result.workshop
    assert merged.ratings_recorded == 4
    assert merged.group("g2").ratings[c].current_level == 1


def test_a_rating_captured_differently_is_a_choice(default_framework: Framework) -> None:
    start = blank(default_framework)
    code = start.item_codes[0]
    ours = rated(start, "g1", code, 2, private_note="mine only")
    theirs = rated(start, "g1", code, 4)
    result = merge(ours, theirs)
    (difference,) = result.differences
    assert difference.key == f"g1:{code}"
    assert result.workshop.group("g1").ratings[code].current_level == 2  # nothing overwritten
    assert result.unresolved({}) == result.differences
    took = result.resolved({difference.key: Side.THEIRS}).group("g1").ratings[code]
    assert took.current_level == 4 and took.private_note == "mine only"


def test_a_private_note_alone_is_no_difference(default_framework: Framework) -> None:
    start = blank(default_framework)
    code = start.item_codes[0]
    ours = rated(start, "g1", code, 2, private_note="mine only")
    assert merge(ours, rated(start, "g1", code, 2)).differences == ()


def test_placements_groups_and_actions_are_merged(default_framework: Framework) -> None:
    start = blank(default_framework)
    ours = start.with_placement("g1", StagePlacement(current=Stage.CO_DESIGN))
    extra = Group(key="g2", name="Commissioners")  # their g2 is another group
    theirs = dataclasses.replace(
        start,
        groups=(*start.groups[:1], extra, Group(key="g3", name="Front-line staff")),
        actions=(Action(what="Book the training", group_key="g3"),),
    ).with_placement("g1", StagePlacement(current=Stage.CO_DELIVERY))
    result = merge(ours, theirs)
    assert [d.key for d in result.differences] == ["g1:placement"]
    names = [g.name for g in result.workshop.groups]
    assert names == ["Service users", "Front-line staff", "Commissioners"]
    assert result.workshop.actions[0].group_key == "g2"  # their g3 is our g2


def test_both_rooms_barriers_are_kept_once(default_framework: Framework) -> None:
    start = blank(default_framework)
    shared = Barrier("No budget line", BarrierTag.RESOURCES, stage=Stage.CO_DELIVERY)
    ours = dataclasses.replace(start, barriers=(shared,))
    theirs = dataclasses.replace(
        start,
        groups=(*start.groups[:1], Group(key="g3", name="Front-line staff")),
        barriers=(shared, Barrier("No rota cover", BarrierTag.ORGANISATION, group_key="g3")),
    )
    merged = merge(ours, theirs).workshop.barriers
    assert merged == (shared, Barrier("No rota cover", BarrierTag.ORGANISATION, group_key="g2"))


def test_two_different_workshops_are_refused(default_framework: Framework) -> None:
    start = blank(default_framework)
    with pytest.raises(MergeRefusedError) as info:
        merge(start, dataclasses.replace(start, uid="w-2"))
    assert info.value.reason == "different_workshops"


def test_with_the_common_base_only_both_sided_changes_are_choices(
    default_framework: Framework,
) -> None:
    a, b = blank(default_framework).item_codes[:2]
    base = rated(rated(blank(default_framework), "g1", a, 2), "g1", b, 2)
    ours = rated(rated(base, "g1", a, 3), "g1", b, 4)  # we changed both
    theirs = rated(base, "g1", b, 5)  # they changed only b
    result = merge(ours, theirs, base)
    assert [d.key for d in result.differences] == [f"g1:{b}"]
    assert result.workshop.group("g1").ratings[a].current_level == 3
    only_theirs = merge(base, theirs, base)
    assert only_theirs.differences == ()
    assert only_theirs.workshop.group("g1").ratings[b].current_level == 5


def test_views_of_other_groups_are_merged_ours_first(default_framework: Framework) -> None:
    start = blank(default_framework)
    code = start.item_codes[0]
    ours = dataclasses.replace(start, cross_ratings=(CrossRating("g1", "g2", code, 3),))
    theirs = dataclasses.replace(
        start,
        groups=(*start.groups[:1], Group(key="g3", name="Front-line staff")),
        cross_ratings=(
            CrossRating("g1", "g3", code, 5),  # the same view as ours (their g3 is our g2)
            CrossRating("g3", None, code, 2),  # a view ours lacks, of the partnership
        ),
    )
    views = merge(ours, theirs).workshop.cross_ratings
    assert views == (CrossRating("g1", "g2", code, 3), CrossRating("g2", None, code, 2))
