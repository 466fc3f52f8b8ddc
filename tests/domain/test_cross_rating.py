"""Cross-rating: the rules a view of another group keeps, and how others see a group (the
perception gap), against a hand-worked example."""

from __future__ import annotations

import dataclasses

import pytest

from coprod_desktop.domain.cross_rating import (
    CrossRating,
    how_others_see,
    of_subject,
    with_cross_rating,
)
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Group, Workshop


def workshop(framework: Framework, *views: CrossRating) -> Workshop:
    """Users rate themselves K1 at 2, Staff at 4, Managers skipped K1; on K3 only Users (3)."""
    return Workshop(
        uid="w", title="Views", framework=framework, item_codes=("K1", "K3"),
        groups=(
            Group("u", "Users", ratings={"K1": Rating("K1", current_level=2),
                                          "K3": Rating("K3", current_level=3)}),
            Group("s", "Staff", ratings={"K1": Rating("K1", current_level=4)}),
            Group("m", "Managers", ratings={"K1": Rating("K1", RatingStatus.SKIPPED)}),
        ),
        cross_ratings=views,
    )  # fmt: skip


def test_how_others_see_a_group_and_the_partnership(default_framework: Framework) -> None:
    w = workshop(
        default_framework,
        CrossRating("s", "u", "K1", 4),  # Staff think Users readier than Users do (2)
        CrossRating("m", "u", "K1", 3),
        CrossRating("u", "s", "K1", 2),  # Users think Staff less ready than Staff do (4)
        CrossRating("u", None, "K1", 2),  # the partnership: own mean (2 + 4) / 2 = 3
        CrossRating("u", "m", "K1", 3),  # Managers skipped K1: no own level
    )
    views = how_others_see(w)
    [users] = of_subject(views, "u")
    assert users.others == (("s", 4), ("m", 3))
    assert (users.own, users.others_mean, users.gap) == (2.0, 3.5, 1.5)
    assert users.worth_talking_about
    [staff] = of_subject(views, "s")
    assert (staff.own, staff.gap) == (4.0, -2.0)
    [managers] = of_subject(views, "m")
    assert managers.own is None and managers.gap is None and not managers.worth_talking_about
    [partnership] = of_subject(views, None)
    assert (partnership.own, partnership.gap) == (3.0, -1.0)
    assert [v.subject_key for v in views] == ["u", "s", "m", None]


def test_a_view_is_set_replaced_and_taken_back_in_place() -> None:
    first = with_cross_rating((), ("u", "s", "K1"), 3)
    second = with_cross_rating(first, ("u", None, "K1"), 2)
    assert with_cross_rating(second, ("u", "s", "K1"), 4) == (
        CrossRating("u", "s", "K1", 4),
        CrossRating("u", None, "K1", 2),
    )
    assert with_cross_rating(second, ("u", "s", "K1"), None) == (CrossRating("u", None, "K1", 2),)


@pytest.mark.parametrize(
    ("view", "code"),
    [
        (CrossRating("u", "u", "K1", 3), "cross_rating.own_group"),
        (CrossRating("u", "x", "K1", 3), "cross_rating.unknown_group"),
        (CrossRating("x", "u", "K1", 3), "cross_rating.unknown_group"),
        (CrossRating("u", "s", "K9", 3), "cross_rating.item_out_of_scope"),
        (CrossRating("u", "s", "K1", 6), "scale.outside"),
    ],
)
def test_a_view_that_breaks_a_rule_is_refused(
    default_framework: Framework, view: CrossRating, code: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        workshop(default_framework, view)
    assert caught.value.code == code


def test_a_view_given_twice_is_refused(default_framework: Framework) -> None:
    w = workshop(default_framework, CrossRating("u", "s", "K1", 3))
    with pytest.raises(ValidationError) as caught:
        dataclasses.replace(w, cross_ratings=(*w.cross_ratings, CrossRating("u", "s", "K1", 4)))
    assert caught.value.code == "cross_rating.twice"
