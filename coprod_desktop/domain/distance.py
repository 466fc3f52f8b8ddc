"""Distance travelled in training needs: which of a group's needs at the baseline are closed,
which persist, and which are new, for each group matched with a baseline group.

For a follow-up group and its baseline group (matched as in :mod:`~coprod_desktop.domain.
follow_up`), with needs as :func:`~coprod_desktop.domain.analysis.training_needs` finds them
(gap of 1 or more):

- **persisting**: a need at the baseline that is a need now;
- **closed**: a need at the baseline whose item the group has now assessed, with a needed
  level, at a gap of 0 or less;
- **not compared**: a need at the baseline that the follow-up cannot judge (the item is out of
  its scope, unrated, skipped or without a needed level): neither closed nor persisting;
- **new**: a need now that was not a need at the baseline (whether the baseline assessed the
  item below the line or not at all).

Needs of a group with no partner are in none of these. Each list keeps its workshop's priority
order. A group whose size changed between the two is flagged: its ratings speak for other
people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coprod_desktop.domain.analysis import TrainingNeed, gap, needs_by_group, training_needs
from coprod_desktop.domain.plan import PlanEntry, PlanStatus
from coprod_desktop.domain.workshop import Action, Workshop


@dataclass(frozen=True, slots=True)
class NeedsTravelled:
    """One matched group's needs then and now, by item code."""

    group_key: str
    baseline_key: str
    closed: tuple[str, ...]
    persisting: tuple[str, ...]
    new: tuple[str, ...]
    not_compared: tuple[str, ...]
    size_before: int | None
    size_after: int | None

    @property
    def needs_before(self) -> int:
        """The group's needs at the baseline."""
        return len(self.closed) + len(self.persisting) + len(self.not_compared)

    @property
    def size_changed(self) -> bool:
        """Whether both workshops recorded the group's size, and it differs."""
        return (
            self.size_before is not None
            and self.size_after is not None
            and self.size_before != self.size_after
        )


@dataclass(frozen=True, slots=True)
class Distance:
    """The needs travelled by every matched group, the totals for a headline, and what the
    baseline left open to carry over."""

    groups: tuple[NeedsTravelled, ...]
    baseline_held_on: dt.date | None
    #: The baseline's actions not marked done, to carry over.
    carried_actions: tuple[Action, ...]
    #: The baseline's training-plan entries not done (planned or under way), to carry over.
    carried_plan: tuple[PlanEntry, ...] = ()

    @property
    def needs_before(self) -> int:
        return sum(g.needs_before for g in self.groups)

    @property
    def closed(self) -> int:
        return sum(len(g.closed) for g in self.groups)

    @property
    def persisting(self) -> int:
        return sum(len(g.persisting) for g in self.groups)

    @property
    def new(self) -> int:
        return sum(len(g.new) for g in self.groups)

    def of(self, group_key: str) -> NeedsTravelled | None:
        """The follow-up group's needs travelled; None if it had no baseline partner."""
        return next((g for g in self.groups if g.group_key == group_key), None)

    @property
    def size_changes(self) -> tuple[NeedsTravelled, ...]:
        return tuple(g for g in self.groups if g.size_changed)


def _codes(needs: Iterable[TrainingNeed]) -> tuple[str, ...]:
    return tuple(n.item_code for n in needs)


def needs_travelled(
    baseline: Workshop, follow_up: Workshop, pairs: Sequence[tuple[str, str]]
) -> Distance:
    """The distance travelled for each (follow-up group key, baseline group key) in ``pairs``
    (see the module doc)."""
    before = needs_by_group(training_needs(baseline))
    after = needs_by_group(training_needs(follow_up))
    in_scope = set(follow_up.item_codes)
    groups = []
    for key, baseline_key in pairs:
        then = _codes(before.get(baseline_key, ()))
        now = _codes(after.get(key, ()))
        then_set, now_set = set(then), set(now)
        group = follow_up.group(key)
        closed: list[str] = []
        not_compared: list[str] = []
        for code in then:
            if code in now_set:
                continue
            rating = group.ratings.get(code) if code in in_scope else None
            (closed if rating is not None and gap(rating) is not None else not_compared).append(
                code
            )
        groups.append(
            NeedsTravelled(
                group_key=key,
                baseline_key=baseline_key,
                closed=tuple(closed),
                persisting=tuple(c for c in then if c in now_set),
                new=tuple(c for c in now if c not in then_set),
                not_compared=tuple(not_compared),
                size_before=baseline.group(baseline_key).participant_count,
                size_after=group.participant_count,
            )
        )
    return Distance(
        groups=tuple(groups),
        baseline_held_on=baseline.held_on,
        carried_actions=tuple(a for a in baseline.actions if not a.done),
        carried_plan=tuple(e for e in baseline.plan if e.status is not PlanStatus.DONE),
    )
