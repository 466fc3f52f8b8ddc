"""The capture rules: what each key makes of a group's rating, and what a level key could."""

from __future__ import annotations

import pytest

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Workshop


@pytest.fixture
def workshop(small: Workshop) -> Workshop:
    return small


def test_a_level_now_agrees_and_fills_the_level_needed_from_the_aim(workshop: Workshop) -> None:
    needed = workshop.default_required_level("g2", "K1")
    assert needed is not None
    after = rules.with_current_level(workshop, "g2", "K1", None, 2)
    aim = workshop.group("g2").placement.aim
    assert after == Rating(
        "K1", RatingStatus.AGREED, current_level=2, required_level=needed,
        needed_from=NeededFrom.FRAMEWORK, needed_for=aim,
    )  # fmt: skip
    # No aim, no default; a level needed already given is kept, with where it came from.
    no_aim = rules.with_current_level(workshop, "g1", "K1", None, 2)
    assert (no_aim.required_level, no_aim.needed_from) == (None, None)
    kept = rules.with_required_level("K1", Rating("K1", current_level=1), 5)
    assert (kept.required_level, kept.needed_from, kept.needed_for) == (5, NeededFrom.GROUP, None)
    again = rules.with_current_level(workshop, "g2", "K1", kept, 3)
    assert (again.required_level, again.needed_from) == (5, NeededFrom.GROUP)


def test_a_split_without_dots_stays_a_split_when_its_level_is_chosen(workshop: Workshop) -> None:
    split = Rating("K1", RatingStatus.SPLIT, note="two disagree")
    after = rules.with_current_level(workshop, "g1", "K1", split, 4)
    assert (after.status, after.current_level, after.note) == (
        RatingStatus.SPLIT,
        4,
        "two disagree",
    )


def test_a_level_chosen_over_dots_means_the_group_agreed_and_the_vote_is_kept(
    workshop: Workshop,
) -> None:
    split = Rating("K1", RatingStatus.SPLIT, tally=Tally({2: 1, 4: 3}), note="two disagree")
    assert split.current_level == 4  # the dots' median
    after = rules.with_current_level(workshop, "g1", "K1", split, 2)
    assert (after.status, after.current_level, after.tally, after.note) == (
        RatingStatus.AGREED, 2, split.tally, "two disagree",
    )  # fmt: skip
    # Split again, the item goes back to where its dots put it.
    assert rules.as_split("K1", after).current_level == 4


def test_a_level_needed_alone_leaves_the_item_open(workshop: Workshop) -> None:
    assert rules.with_required_level("K1", None, 4) == Rating(
        "K1", RatingStatus.SPLIT, required_level=4, needed_from=NeededFrom.GROUP
    )
    skipped = Rating("K1", RatingStatus.SKIPPED)
    assert rules.with_required_level("K1", skipped, 4).status is RatingStatus.SPLIT
    agreed = Rating("K1", RatingStatus.AGREED, current_level=2)
    assert rules.with_required_level("K1", agreed, 4) == Rating(
        "K1", RatingStatus.AGREED, current_level=2, required_level=4, needed_from=NeededFrom.GROUP
    )


def test_skip_drops_the_tally_and_a_tally_takes_the_median_rounded_half_up(
    workshop: Workshop,
) -> None:
    split = Rating("K1", RatingStatus.SPLIT, tally=Tally({2: 1}))
    assert rules.as_skipped("K1", split) == Rating("K1", RatingStatus.SKIPPED, current_level=2)
    after = rules.with_tally(workshop, "g1", "K1", None, {2: 2, 3: 2})
    assert (after.status, after.current_level) == (RatingStatus.SPLIT, 3)  # median 2.5
    # Dots counted after a level was chosen move the level to where they put it.
    chosen = rules.with_current_level(workshop, "g1", "K1", as_open_split(), 1)
    moved = rules.with_tally(workshop, "g1", "K1", chosen, {1: 1, 2: 5, 3: 2})
    assert (moved.status, moved.current_level) == (RatingStatus.SPLIT, 2)
    assert rules.with_tally(workshop, "g1", "K1", None, {2: 0}).tally is None


def as_open_split() -> Rating:
    return Rating("K1", RatingStatus.SPLIT)


def test_notes_public_and_private_keep_the_status(workshop: Workshop) -> None:
    agreed = Rating("K1", RatingStatus.AGREED, current_level=2)
    assert rules.with_note("K1", agreed, "a minority").note == "a minority"
    private = rules.with_note("K1", agreed, "ask Sam", private=True)
    assert (private.status, private.note, private.private_note) == (
        RatingStatus.AGREED, "", "ask Sam",
    )  # fmt: skip
    assert rules.with_note("K1", None, "x").status is RatingStatus.SPLIT


def test_agreed_needs_a_level_first() -> None:
    with pytest.raises(rules.LevelNotChosenError):
        rules.as_agreed(None)
    with pytest.raises(rules.LevelNotChosenError):
        rules.as_agreed(Rating("K1", RatingStatus.SPLIT))
    agreed = rules.as_agreed(Rating("K1", RatingStatus.SPLIT, current_level=3))
    assert agreed.status is RatingStatus.AGREED
