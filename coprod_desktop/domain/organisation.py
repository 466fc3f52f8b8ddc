"""The organisation view's figures: plain data, whatever store they were computed in.

Words: a rating **meets** the level needed when its current level is at or above its required
level; **readiness** is the share of assessed ratings (not skipped, both levels known) that
meet it; a **need** is a rating whose current level is below the level needed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coprod_desktop.domain.framework import GroupRole, Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.workshop import Workshop

#: A locality "could share" an item when this share of its ratings meets the level needed…
STRONG_SHARE = 0.75
#: …with a locality where no more than this share does.
WEAK_SHARE = 0.5
#: Ratings a locality needs on an item before its share counts as a strength or a weakness.
MIN_RATINGS = 2


@dataclass(frozen=True, slots=True)
class OrganisationFilter:
    """Which workshops the figures cover; empty means all."""

    localities: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    purposes: tuple[WorkshopPurpose, ...] = ()
    held_from: dt.date | None = None
    held_to: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReadinessCell:
    """Readiness of one group role in one locality."""

    locality: str
    role: GroupRole | None
    meeting: int
    assessed: int

    @property
    def share(self) -> float:
        return self.meeting / self.assessed if self.assessed else 0.0


@dataclass(frozen=True, slots=True)
class StageCount:
    """How many groups placed themselves at a stage (None: not placed)."""

    stage: Stage | None
    groups: int


@dataclass(frozen=True, slots=True)
class CommonNeed:
    """An item many groups need to develop, across the organisation."""

    item_code: str
    item_text: str
    groups: int
    mean_gap: float


@dataclass(frozen=True, slots=True)
class Strength:
    """An item one locality is strong on and another is weak on: something to share."""

    item_code: str
    item_text: str
    strong_locality: str
    strong_share: float
    weak_locality: str
    weak_share: float


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """A locality's readiness at one step of its baseline → follow-up series.

    Step 0 is the baselines that have a follow-up in view; step n is each series' n-th later
    workshop in date order. A follow-up names its baseline (``Workshop.baseline_uid``), which
    may be a follow-up itself: the series is everything reached from one baseline by those
    links, and belongs to that baseline's locality.
    """

    locality: str
    step: int
    meeting: int
    assessed: int
    workshops: int

    @property
    def share(self) -> float:
        return self.meeting / self.assessed if self.assessed else 0.0


@dataclass(frozen=True, slots=True)
class OrganisationFigures:
    """Every figure of the organisation view for one filter."""

    workshops: int
    groups: int
    readiness: tuple[ReadinessCell, ...] = ()
    stages: tuple[StageCount, ...] = ()
    common_needs: tuple[CommonNeed, ...] = ()
    strengths: tuple[Strength, ...] = ()
    trend: tuple[TrendPoint, ...] = ()
    localities: tuple[str, ...] = field(default=())

    @property
    def roles(self) -> tuple[GroupRole | None, ...]:
        """The roles the heat map has columns for, in the framework's order, unset last."""
        present = {c.role for c in self.readiness}
        return tuple(r for r in (*GroupRole, None) if r in present)

    def cell(self, locality: str, role: GroupRole | None) -> ReadinessCell | None:
        for c in self.readiness:
            if c.locality == locality and c.role == role:
                return c
        return None


@dataclass(frozen=True, slots=True)
class RoleSum:
    """A workshop's assessed ratings of one group role, and how many meet the level needed."""

    role: GroupRole | None
    assessed: int
    meeting: int


@dataclass(frozen=True, slots=True)
class ItemSum:
    """A workshop's assessed ratings of one item: meeting the level needed, needs, total gap."""

    item_code: str
    assessed: int
    meeting: int
    needs: int
    gap_sum: int


def summarise(workshop: Workshop) -> tuple[tuple[RoleSum, ...], tuple[ItemSum, ...]]:
    """The sums the organisation view adds up across workshops (skipped ratings and ratings
    without both levels are not assessed)."""
    roles: dict[GroupRole | None, list[int]] = {}
    items: dict[str, list[int]] = {}
    for group in workshop.groups:
        for code in workshop.item_codes:
            rating = group.ratings.get(code)
            if rating is None or rating.status is RatingStatus.SKIPPED:
                continue
            now, needed = rating.current_level, rating.required_level
            if now is None or needed is None:
                continue
            meets = int(now >= needed)
            role = roles.setdefault(group.role, [0, 0])
            role[0] += 1
            role[1] += meets
            item = items.setdefault(code, [0, 0, 0, 0])
            item[0] += 1
            item[1] += meets
            item[2] += 1 - meets
            item[3] += max(0, needed - now)
    return (
        tuple(RoleSum(r, *sums) for r, sums in roles.items()),
        tuple(ItemSum(code, *sums) for code, sums in items.items()),
    )
