"""Strengths to share: who could help whom.

The paper's second principle ("Everyone has skills to share") and the top of the scale ("Could
teach others") say a group that is strong on an item is a resource for a group that needs it.
The rule, item by item:

- a group is **strong** on an item when it assessed it (not skipped) at one of the scale's top
  :data:`STRONG_LEVELS` levels: 4 or 5 on the 1-5 scale;
- a strong group **could help** another group that has a training need on the item (gap 1 or
  more) when the helper's level is above the learner's current level (a group at 4 that
  needs 5 is not helped by another group at 4);
- a strength is listed when at least one group could help at least one other group on the
  item. A split rating counts at the level its dots put it, marked uncertain.

Strengths are ordered by how many groups could learn, then the largest gap among them, then
the areas taking turns (:func:`~coprod_desktop.domain.priority.ranked`); never item order.
Work grows with the ratings, not with pairs of groups: each item keeps its helpers and
learners, and :meth:`StrengthToShare.helpers_for` pairs them when asked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coprod_desktop.domain.analysis import TrainingNeed, assessed_level
from coprod_desktop.domain.framework import Area
from coprod_desktop.domain.priority import ranked
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.scale import Scale
from coprod_desktop.domain.workshop import Workshop

#: How many levels at the top of the scale make a group strong on an item (4-5 of 1-5).
STRONG_LEVELS = 2


def strong_from(scale: Scale) -> int:
    """The lowest level that makes a group strong on an item (4 on the 1-5 scale)."""
    return max(scale.lowest, scale.highest - STRONG_LEVELS + 1)


@dataclass(frozen=True, slots=True)
class Helper:
    """A group strong on an item: its level, and whether the group was split on it."""

    group_key: str
    level: int
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Learner:
    """A group with a training need on the item."""

    group_key: str
    current: int
    required: int

    @property
    def gap(self) -> int:
        return self.required - self.current


@dataclass(frozen=True, slots=True)
class StrengthToShare:
    """An item on which some groups could help others.

    ``helpers``: strongest first, then in the workshop's group order; each could help at least
    one learner. ``learners``: largest gap first, then group order; each has at least one
    helper.
    """

    item_code: str
    area: Area
    helpers: tuple[Helper, ...]
    learners: tuple[Learner, ...]

    @property
    def largest_gap(self) -> int:
        return max(learner.gap for learner in self.learners)

    def helpers_for(self, group_key: str) -> tuple[Helper, ...]:
        """The groups that could help ``group_key`` on this item (none if it has no need)."""
        for learner in self.learners:
            if learner.group_key == group_key:
                return tuple(
                    h
                    for h in self.helpers
                    if h.group_key != group_key and h.level > learner.current
                )
        return ()

    def learners_from(self, group_key: str) -> tuple[Learner, ...]:
        """The groups ``group_key`` could help on this item (none if it is not a helper)."""
        for helper in self.helpers:
            if helper.group_key == group_key:
                return tuple(
                    learner
                    for learner in self.learners
                    if learner.group_key != group_key and helper.level > learner.current
                )
        return ()


def _could_help(helper: Helper, learner: Learner) -> bool:
    return helper.group_key != learner.group_key and helper.level > learner.current


def strengths_to_share(
    workshop: Workshop, needs: Iterable[TrainingNeed]
) -> tuple[StrengthToShare, ...]:
    """Every item where a strong group could help a group that needs it (the module's rule),
    in :func:`ranked_strengths` order.

    ``needs`` are the workshop's training needs (:func:`~coprod_desktop.domain.analysis.
    training_needs`), so the needs and the strengths always agree.
    """
    needs_of: dict[str, list[TrainingNeed]] = {}
    for need in needs:
        needs_of.setdefault(need.item_code, []).append(need)
    order = {g.key: i for i, g in enumerate(workshop.groups)}
    return ranked_strengths(
        s
        for code in workshop.item_codes
        if (s := item_strength(workshop, code, needs_of.get(code, ()), order)) is not None
    )


def item_strength(workshop: Workshop, code: str, needs: Iterable[TrainingNeed],
                  group_order: dict[str, int]) -> StrengthToShare | None:  # fmt: skip
    """The strength to share on item ``code``, given the groups' ``needs`` on it; None when no
    group could help another. ``group_order``: each group's place in the workshop."""
    learners = [Learner(n.group_key, n.current, n.required) for n in needs]
    if not learners:
        return None
    strong = strong_from(workshop.framework.scale)
    candidates = []
    for group in workshop.groups:
        rating = group.ratings.get(code)
        level = assessed_level(rating)
        if rating is not None and level is not None and level >= strong:
            candidates.append(Helper(group.key, level, rating.status is RatingStatus.SPLIT))
    if not candidates:
        return None
    kept_learners = _learners_with_a_helper(learners, candidates)
    if not kept_learners:
        return None
    kept_helpers = _helpers_with_a_learner(candidates, kept_learners)
    return StrengthToShare(
        item_code=code,
        area=workshop.framework.item(code).area,
        helpers=tuple(sorted(kept_helpers, key=lambda h: (-h.level, group_order[h.group_key]))),
        learners=tuple(sorted(kept_learners, key=lambda n: (-n.gap, group_order[n.group_key]))),
    )


def ranked_strengths(found: Iterable[StrengthToShare]) -> tuple[StrengthToShare, ...]:
    """Most groups that could learn first, then the largest gap, then the areas taking turns
    (:func:`~coprod_desktop.domain.priority.ranked`); never item order."""
    found = list(found)
    weight: dict[Area, int] = {}
    for strength in found:
        weight[strength.area] = weight.get(strength.area, 0) + len(strength.learners)
    return tuple(ranked(found, lambda s: (-len(s.learners), -s.largest_gap), weight))


def _learners_with_a_helper(learners: list[Learner], helpers: list[Helper]) -> list[Learner]:
    """``learners`` some helper is above (the two highest helpers are enough to know: one of
    them is not the learner itself, so the work stays in proportion to the groups)."""
    best = sorted(helpers, key=lambda h: -h.level)[:2]
    return [n for n in learners if any(_could_help(h, n) for h in best)]


def _helpers_with_a_learner(helpers: list[Helper], learners: list[Learner]) -> list[Helper]:
    """``helpers`` above some learner (the two lowest learners are enough to know)."""
    lowest = sorted(learners, key=lambda n: n.current)[:2]
    return [h for h in helpers if any(_could_help(h, n) for n in lowest)]


def helpers_for(
    strengths: Iterable[StrengthToShare], group_key: str, item_code: str
) -> tuple[Helper, ...]:
    """The groups that could help ``group_key`` with its need on ``item_code`` (peer learning
    for a plan entry); empty when none could."""
    for strength in strengths:
        if strength.item_code == item_code:
            return strength.helpers_for(group_key)
    return ()


def shared_by(strengths: Iterable[StrengthToShare], group_key: str) -> tuple[StrengthToShare, ...]:
    """The strengths ``group_key`` could share with other groups, in the strengths' order."""
    return tuple(s for s in strengths if s.learners_from(group_key))


def needing_help(
    strengths: Iterable[StrengthToShare], group_key: str
) -> tuple[StrengthToShare, ...]:
    """The strengths other groups could share with ``group_key``, in the strengths' order."""
    return tuple(s for s in strengths if s.helpers_for(group_key))
