"""A group's consensus on one item, and the dot-vote tally behind a split view."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.domain.scale import Scale
from coprod_desktop.domain.text import long_text


class NeededFrom(StrEnum):
    """Where a rating's needed level came from."""

    GROUP = "group"  # the group chose it
    FRAMEWORK = "framework"  # filled in from the framework for the stage the group aims at


class RatingStatus(StrEnum):
    """Whether the group agreed, stayed split, or skipped the item."""

    AGREED = "agreed"
    SPLIT = "split"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Tally:
    """How many dots (votes) each level got; dissent kept as information."""

    counts: Mapping[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        cleaned = {int(k): int(v) for k, v in sorted(self.counts.items()) if v}
        object.__setattr__(self, "counts", MappingProxyType(cleaned))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def lowest(self) -> int | None:
        return min(self.counts) if self.counts else None

    @property
    def highest(self) -> int | None:
        return max(self.counts) if self.counts else None

    @property
    def median(self) -> float | None:
        """The median vote (may be a half-level when the votes split evenly)."""
        votes = [level for level, n in self.counts.items() for _ in range(n)]
        if not votes:
            return None
        mid = len(votes) // 2
        if len(votes) % 2:
            return float(votes[mid])
        return (votes[mid - 1] + votes[mid]) / 2

    @property
    def level(self) -> int | None:
        """The level the dots put the group at: the median, a half-way median rounded up
        (dots split evenly between 2 and 3 put the group at 3)."""
        median = self.median
        return None if median is None else math.floor(median + 0.5)

    def check(self, scale: Scale, participants: int | None, field_name: str) -> None:
        """Raise ValidationError unless every level is on the scale and the count adds up."""
        for level, count in self.counts.items():
            scale.check(level, f"{field_name}.level")
            if count < 0:
                raise ValidationError("tally.negative", field=field_name, level=level)
        if participants is not None and self.total != participants:
            raise ValidationError(
                "tally.total_mismatch", field=field_name, total=self.total,
                participants=participants,
            )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Rating:
    """A group's consensus on one item: where it is now and where it needs to be.

    A split view with dots sits at the level its dots put it at (:attr:`Tally.level`), so
    the level marked, the median and the dots always tell the same story; the level a split
    with no dots yet is given stands as the group's working view.

    ``needed_from`` says whether the group chose the needed level or it was filled in from
    the framework (then ``needed_for`` is the aim stage it was filled in for, and
    ``needed_role`` the group role whose profile gave it, None for the profile every role
    shares); None when there is no needed level, or the rating predates the record.
    """

    item_code: str
    status: RatingStatus = RatingStatus.AGREED
    current_level: int | None = None
    required_level: int | None = None
    tally: Tally | None = None
    note: str = ""
    private_note: str = ""
    needed_from: NeededFrom | None = None
    needed_for: Stage | None = None
    needed_role: GroupRole | None = None

    def __post_init__(self) -> None:
        if self.required_level is None:
            object.__setattr__(self, "needed_from", None)
        if self.needed_from is not NeededFrom.FRAMEWORK:
            object.__setattr__(self, "needed_for", None)
        if self.needed_for is None:
            object.__setattr__(self, "needed_role", None)
        object.__setattr__(self, "note", long_text(self.note, "note"))
        object.__setattr__(self, "private_note", long_text(self.private_note, "private note"))
        if self.status is RatingStatus.AGREED and self.current_level is None:
            raise ValidationError(
                "rating.agreed_needs_level", field="current_level", item=self.item_code
            )
        if self.status is RatingStatus.SKIPPED and self.tally is not None:
            raise ValidationError("rating.skipped_with_tally", field="tally", item=self.item_code)
        level = self.tally.level if self.tally is not None else None
        if self.status is RatingStatus.SPLIT and level is not None:
            object.__setattr__(self, "current_level", level)

    @property
    def gap(self) -> int | None:
        """Required minus current level, when both are known."""
        if self.current_level is None or self.required_level is None:
            return None
        return self.required_level - self.current_level

    def check(self, scale: Scale, participants: int | None) -> None:
        """Raise ValidationError unless the levels and tally fit ``scale`` and the group."""
        where = f"rating {self.item_code}"
        scale.check(self.current_level, f"{where}.current_level")
        scale.check(self.required_level, f"{where}.required_level")
        if self.tally is not None:
            self.tally.check(scale, participants, f"{where}.tally")
