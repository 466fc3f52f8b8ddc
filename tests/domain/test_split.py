"""A split view's level, median and dots tell one story, whatever the dots and the keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.split import split_facts

counts = st.dictionaries(st.integers(1, 5), st.integers(0, 12), min_size=1).filter(
    lambda c: sum(c.values()) > 0
)


@given(counts, st.none() | st.integers(1, 5))
def test_a_split_with_dots_sits_at_their_median_whatever_level_it_was_given(
    dots: dict[int, int], given_level: int | None
) -> None:
    rating = Rating("K1", RatingStatus.SPLIT, current_level=given_level, tally=Tally(dots))
    facts = split_facts(rating)
    assert facts is not None
    assert rating.current_level == facts.level
    votes = sorted(level for level, n in dots.items() for _ in range(n))
    # The level is a median: at least half the dots at or below it, at least half at or above.
    assert 2 * sum(v <= facts.level for v in votes) >= len(votes)
    assert 2 * sum(v >= facts.level for v in votes) >= len(votes)
    assert facts.lowest <= facts.level <= facts.highest
    assert facts.median <= facts.level <= facts.median + 0.5
    assert facts.rounded_up == (facts.median != facts.level)
    assert facts.at_level == dots.get(facts.level, 0)
    assert facts.at_level + facts.elsewhere == facts.dots == len(votes)


@given(counts, st.integers(1, 5))
def test_only_a_split_has_split_facts(dots: dict[int, int], level: int) -> None:
    agreed = Rating("K1", RatingStatus.AGREED, current_level=level, tally=Tally(dots))
    assert agreed.current_level == level  # an agreement after a vote stands
    assert split_facts(agreed) is None
    assert split_facts(Rating("K1", RatingStatus.SPLIT, current_level=level)) is None


def test_the_examples_a_room_would_check_by_eye() -> None:
    # One on 1, five on 2, two on 3: the middle dot is on 2.
    facts = split_facts(Rating("K1", RatingStatus.SPLIT, 1, tally=Tally({1: 1, 2: 5, 3: 2})))
    assert facts is not None
    assert (facts.level, facts.median, facts.at_level, facts.elsewhere) == (2, 2.0, 5, 3)
    # Evenly split between 2 and 3: half-way, counted as the higher.
    facts = split_facts(Rating("K1", RatingStatus.SPLIT, tally=Tally({2: 2, 3: 2})))
    assert facts is not None and (facts.level, facts.median, facts.rounded_up) == (3, 2.5, True)
