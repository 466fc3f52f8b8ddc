"""Workshop rules: items in scope, groups, completeness."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Action, Group, Workshop
from tests.worded import raises_worded


def make(framework: Framework, **changes: Any) -> Workshop:
    base = Workshop(
        uid="w-1",
        title="Test workshop",
        framework=framework,
        item_codes=("K1", "K2", "H1"),
        groups=(Group(key="g1", name="Front-line staff", participant_count=5),),
    )
    return dataclasses.replace(base, **changes)


def test_completeness_counts_every_recorded_rating(default_framework: Framework) -> None:
    group = Group(
        key="g1",
        name="Staff",
        participant_count=5,
        ratings={
            "K1": Rating(item_code="K1", current_level=2, required_level=3),
            "K2": Rating(item_code="K2", status=RatingStatus.SKIPPED),
        },
    )
    other = Group(key="g2", name="Managers")
    w = make(default_framework, groups=(group, other))
    assert w.rating_slots == 6
    assert w.ratings_recorded == 2
    assert w.completeness == pytest.approx(2 / 6)


def test_rating_for_item_out_of_scope_is_refused(default_framework: Framework) -> None:
    group = Group(key="g1", name="Staff", ratings={"A1": Rating(item_code="A1", current_level=2)})
    with raises_worded(ValidationError, match="which is not in this workshop"):
        make(default_framework, groups=(group,))


def test_tally_must_match_the_groups_participant_count(default_framework: Framework) -> None:
    rating = Rating(
        item_code="K1", status=RatingStatus.SPLIT, current_level=2, tally=Tally({1: 2, 2: 2})
    )
    group = Group(key="g1", name="Staff", participant_count=5, ratings={"K1": rating})
    with raises_worded(ValidationError, match="add up to 4, but the group has 5"):
        make(default_framework, groups=(group,))


def test_items_must_exist_and_be_unique(default_framework: Framework) -> None:
    with raises_worded(ValidationError, match="not in the framework"):
        make(default_framework, item_codes=("K1", "Z9"))
    with raises_worded(ValidationError, match="listed twice"):
        make(default_framework, item_codes=("K1", "K1"))
    with raises_worded(ValidationError, match="at least one item"):
        make(default_framework, item_codes=())


def test_groups_need_distinct_names_and_sane_counts(default_framework: Framework) -> None:
    with raises_worded(ValidationError, match="Two groups are called"):
        make(
            default_framework, groups=(Group(key="g1", name="Staff"), Group(key="g2", name="staff"))
        )
    with raises_worded(ValidationError, match="the number of participants must be a whole number"):
        Group(key="g1", name="Staff", participant_count=0)
    with raises_worded(ValidationError, match="1 to 24 groups"):
        make(default_framework, groups=())


def test_title_is_required_and_one_line(default_framework: Framework) -> None:
    with raises_worded(ValidationError, match="Title: this must not be empty"):
        make(default_framework, title="   ")
    with raises_worded(ValidationError, match="control character"):
        make(default_framework, title="two\nlines")


def test_actions_name_known_groups(default_framework: Framework) -> None:
    with raises_worded(ValidationError, match="names a group that is not in this workshop"):
        make(default_framework, actions=(Action(what="Do it", group_key="g9"),))
    w = make(default_framework, actions=(Action(what="Do it", group_key="g1"),))
    assert w.actions[0].group_key == "g1"
