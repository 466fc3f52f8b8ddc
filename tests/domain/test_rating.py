"""Ratings and tallies: dissent and spread are information."""

from __future__ import annotations

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.scale import Scale, ScaleLevel
from tests.worded import raises_worded

SCALE = Scale(tuple(ScaleLevel(n, f"L{n}", "") for n in range(1, 6)))


def test_tally_median_and_range() -> None:
    t = Tally({1: 2, 2: 4, 3: 3})
    assert t.total == 9
    assert t.median == 2.0
    assert (t.lowest, t.highest) == (1, 3)
    assert Tally({2: 1, 4: 1}).median == 3.0
    assert Tally({}).median is None
    assert dict(Tally({3: 0, 1: 2}).counts) == {1: 2}  # zero counts are dropped


def test_tally_must_match_participants_when_known() -> None:
    Tally({1: 2, 3: 4}).check(SCALE, 6, "tally")
    Tally({1: 2, 3: 4}).check(SCALE, None, "tally")
    with raises_worded(ValidationError, match="add up to 6, but the group has 7 participants"):
        Tally({1: 2, 3: 4}).check(SCALE, 7, "tally")


def test_tally_levels_must_be_on_the_scale() -> None:
    with raises_worded(ValidationError, match="outside the scale"):
        Tally({6: 1}).check(SCALE, None, "tally")


def test_agreed_rating_needs_a_current_level() -> None:
    with raises_worded(ValidationError, match="needs the level now"):
        Rating(item_code="K1", status=RatingStatus.AGREED)


def test_skipped_rating_has_no_tally() -> None:
    with raises_worded(ValidationError, match="has no dots"):
        Rating(item_code="K1", status=RatingStatus.SKIPPED, tally=Tally({1: 1}))


def test_rating_levels_are_checked_against_the_scale() -> None:
    Rating(item_code="K1", current_level=2, required_level=5).check(SCALE, None)
    with raises_worded(ValidationError, match="7 is outside the scale"):
        Rating(item_code="K1", current_level=2, required_level=7).check(SCALE, None)


def test_gap() -> None:
    assert Rating(item_code="K1", current_level=2, required_level=4).gap == 2
    assert Rating(item_code="K1", current_level=4, required_level=3).gap == -1
    assert Rating(item_code="K1", status=RatingStatus.SPLIT).gap is None


def test_notes_keep_markup_and_scripts_but_refuse_control_characters() -> None:
    hostile = '<b>R&D</b> <img src="x"> مرحبا Tŷ Ŵ 🙂\nsecond line'
    assert Rating(item_code="K1", current_level=1, note=hostile).note == hostile
    with raises_worded(ValidationError, match="U\\+0007"):
        Rating(item_code="K1", current_level=1, note="bell\x07")
    with raises_worded(ValidationError, match="limit is 20,000"):
        Rating(item_code="K1", current_level=1, note="x" * 20_001)
