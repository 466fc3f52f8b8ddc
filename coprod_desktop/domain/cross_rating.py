"""Cross-rating: a group's view of how ready another group, or the partnership as a whole, is
on an item. Each group rates itself; set beside that, how others see it is a real perception
gap (the differences between groups' own ratings are not: they are differences in capacity).

- A **cross-rating** is one group's (the rater's) level for another group (the subject) or for
  the partnership (subject None) on one item in scope, on the workshop's scale; at most one per
  rater, subject and item. A group never cross-rates itself.
- **How others see us**: for a subject and item, the group's own level now (for the
  partnership, the mean of every group's own level) beside the others' levels for it.
- The **perception gap** is the others' mean minus the own level: above 0, others think the
  group readier than it thinks itself; below 0, less ready. Gaps of
  :data:`PERCEPTION_LEVELS` or more, either way, are worth talking about.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import TYPE_CHECKING

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.rating import Rating, RatingStatus

if TYPE_CHECKING:
    from coprod_desktop.domain.workshop import Workshop

#: A perception gap this many levels wide (or wider) is marked for the room to talk about.
PERCEPTION_LEVELS = 1.0


@dataclass(frozen=True, slots=True)
class CrossRating:
    """The rater group's view of the subject (a group's key; None: the partnership) on one
    item: the level it thinks the subject is at now."""

    rater_key: str
    subject_key: str | None
    item_code: str
    level: int

    @property
    def key(self) -> tuple[str, str | None, str]:
        return self.rater_key, self.subject_key, self.item_code


def check_cross_ratings(workshop: Workshop) -> None:
    """Raise ValidationError unless every cross-rating names groups of the workshop (never the
    rater itself), an item in scope and a level on the scale, once each."""
    keys = {g.key for g in workshop.groups}
    in_scope = set(workshop.item_codes)
    seen: set[tuple[str, str | None, str]] = set()
    for rating in workshop.cross_ratings:
        where = f"cross rating {rating.item_code}"
        if rating.rater_key not in keys or (
            rating.subject_key is not None and rating.subject_key not in keys
        ):
            raise ValidationError(
                "cross_rating.unknown_group", field="cross_ratings",
                key=rating.rater_key if rating.rater_key not in keys else rating.subject_key,
            )  # fmt: skip
        if rating.subject_key == rating.rater_key:
            raise ValidationError(
                "cross_rating.own_group", field="cross_ratings", key=rating.rater_key
            )
        if rating.item_code not in in_scope:
            raise ValidationError(
                "cross_rating.item_out_of_scope", field="cross_ratings", item=rating.item_code
            )
        workshop.framework.scale.check(rating.level, f"{where}.level")
        if rating.key in seen:
            raise ValidationError(
                "cross_rating.twice", field="cross_ratings", item=rating.item_code,
                key=rating.rater_key,
            )  # fmt: skip
        seen.add(rating.key)


def with_cross_rating(
    ratings: Sequence[CrossRating], key: tuple[str, str | None, str], level: int | None
) -> tuple[CrossRating, ...]:
    """``ratings`` with the one for ``key`` (rater, subject, item) set to ``level`` (None
    removes it); a new one goes at the end, an existing one keeps its place."""
    rater, subject, item = key
    found = False
    changed: list[CrossRating] = []
    for rating in ratings:
        if rating.key == key:
            found = True
            if level is not None:
                changed.append(CrossRating(rater, subject, item, level))
        else:
            changed.append(rating)
    if not found and level is not None:
        changed.append(CrossRating(rater, subject, item, level))
    return tuple(changed)


@dataclass(frozen=True, slots=True)
class OthersView:
    """How others see a subject (a group; None: the partnership) on one item."""

    subject_key: str | None
    item_code: str
    #: The subject's own level now (the partnership's: the mean of the groups' own levels);
    #: None when it has not assessed the item.
    own: float | None
    #: (rater key, level), in the workshop's group order.
    others: tuple[tuple[str, int], ...]

    @property
    def others_mean(self) -> float:
        return fmean(level for _, level in self.others)

    @property
    def gap(self) -> float | None:
        """Others' mean minus the own level: + others think it readier; − less ready."""
        return None if self.own is None else self.others_mean - self.own

    @property
    def worth_talking_about(self) -> bool:
        return self.gap is not None and abs(self.gap) >= PERCEPTION_LEVELS


def how_others_see(workshop: Workshop) -> tuple[OthersView, ...]:
    """Every subject and item someone cross-rated: groups in the workshop's order, then the
    partnership; items in running order within each."""
    by_subject: dict[tuple[str | None, str], list[CrossRating]] = {}
    for rating in workshop.cross_ratings:
        by_subject.setdefault((rating.subject_key, rating.item_code), []).append(rating)
    order = {g.key: i for i, g in enumerate(workshop.groups)}
    views = []
    for subject in [*(g.key for g in workshop.groups), None]:
        for code in workshop.item_codes:
            given = by_subject.get((subject, code))
            if not given:
                continue
            views.append(
                OthersView(
                    subject_key=subject,
                    item_code=code,
                    own=_own_level(workshop, subject, code),
                    others=tuple(
                        (r.rater_key, r.level)
                        for r in sorted(given, key=lambda r: order[r.rater_key])
                    ),
                )
            )
    return tuple(views)


def of_subject(views: Iterable[OthersView], subject_key: str | None) -> tuple[OthersView, ...]:
    """The views of one subject, in item order."""
    return tuple(v for v in views if v.subject_key == subject_key)


def _assessed(rating: Rating | None) -> int | None:
    # As analysis.assessed_level (which this module cannot import: workshop imports it).
    if rating is None or rating.status is RatingStatus.SKIPPED:
        return None
    return rating.current_level


def _own_level(workshop: Workshop, subject: str | None, code: str) -> float | None:
    if subject is not None:
        level = _assessed(workshop.group(subject).ratings.get(code))
        return None if level is None else float(level)
    levels = [lv for g in workshop.groups if (lv := _assessed(g.ratings.get(code))) is not None]
    return fmean(levels) if levels else None
