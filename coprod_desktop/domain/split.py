"""What a split view's dots say, as facts every place words alike: the level marked NOW, the
median it comes from, and how many dots sit there and elsewhere.

The rule itself lives on :class:`~coprod_desktop.domain.rating.Rating`: a split view with dots
sits at :attr:`~coprod_desktop.domain.rating.Tally.level`. The console, the projector and the
report all read these facts, so none of them can tell the room a different story.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.rating import Rating, RatingStatus, Tally


@dataclass(frozen=True, slots=True)
class SplitFacts:
    """A split view's dot vote, summed up.

    ``level`` is the level marked NOW (the median of the dots, a half-way median rounded up:
    then ``rounded_up`` is true); ``at_level`` dots are on it and ``elsewhere`` on other
    levels (the minority); ``lowest`` and ``highest`` are the ends of the spread.
    """

    level: int
    median: float
    rounded_up: bool
    dots: int
    at_level: int
    elsewhere: int
    lowest: int
    highest: int


def split_facts(rating: Rating) -> SplitFacts | None:
    """The facts of ``rating``'s dot vote; None unless it is a split view with dots."""
    if rating.status is not RatingStatus.SPLIT:
        return None
    return tally_facts(rating.tally)


def tally_facts(tally: Tally | None) -> SplitFacts | None:
    """The facts of a dot vote (None with no dots): where it puts the group, and the spread."""
    if tally is None or not tally.total:
        return None
    median, level = tally.median, tally.level
    lowest, highest = tally.lowest, tally.highest
    assert median is not None and level is not None
    assert lowest is not None and highest is not None
    at_level = tally.counts.get(level, 0)
    return SplitFacts(
        level=level,
        median=median,
        rounded_up=median != level,
        dots=tally.total,
        at_level=at_level,
        elsewhere=tally.total - at_level,
        lowest=lowest,
        highest=highest,
    )
