"""What a split view's dots say, as facts every place words alike: the level marked NOW, the
median it comes from, and how many dots sit there and elsewhere.

The rule itself lives on :class:`~coprod_desktop.domain.rating.Rating`: a split view with dots
sits at :attr:`~coprod_desktop.domain.rating.Tally.level`. The console, the projector and the
report all read these facts, so none of them can tell the room a different story.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Group, Workshop


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


@dataclass(frozen=True, slots=True)
class SplitView:
    """A rating the group could not agree on, with the spread of its dot vote."""

    group_key: str
    item_code: str
    current: int | None
    required: int | None
    tally: Tally | None
    note: str

    @property
    def median(self) -> float | None:
        return self.tally.median if self.tally else None

    @property
    def lowest(self) -> int | None:
        return self.tally.lowest if self.tally else None

    @property
    def highest(self) -> int | None:
        return self.tally.highest if self.tally else None

    @property
    def range(self) -> int | None:
        """Highest minus lowest vote: 0 means everyone voted the same level."""
        if self.tally is None or not self.tally.counts:
            return None
        return self.tally.highest - self.tally.lowest  # type: ignore[operator]

    @property
    def facts(self) -> SplitFacts | None:
        """What the dots say (the level they put the group at, the spread), if any."""
        return tally_facts(self.tally)

    @property
    def votes_elsewhere(self) -> int | None:
        """Dots placed on another level than the one recorded: the size of the minority."""
        facts = self.facts
        return facts.elsewhere if facts is not None else None


def split_views(workshop: Workshop, group: Group) -> tuple[SplitView, ...]:
    """The group's split ratings, in item order."""
    return tuple(
        SplitView(group.key, r.item_code, r.current_level, r.required_level, r.tally, r.note)
        for code in workshop.item_codes
        if (r := group.ratings.get(code)) is not None and r.status is RatingStatus.SPLIT
    )
