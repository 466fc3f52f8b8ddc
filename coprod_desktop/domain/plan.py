"""The training plan: who meets which need, how, who leads and by when.

Each entry meets one need (an item, for one or several groups) or is free text; it says how
(training, coaching, mentoring, peer learning from a group strong on it, practice), who
leads, by when, and how far it has got. The plan reads best by date: :func:`by_date`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import ActivityKind, Framework
from coprod_desktop.domain.priority import code_key
from coprod_desktop.domain.text import long_text, short_text

if TYPE_CHECKING:  # analysis and strengths read workshops, which hold plans
    from coprod_desktop.domain.analysis import TrainingNeed
    from coprod_desktop.domain.strengths import StrengthToShare

#: How many entries a plan may hold (as many as actions).
MAX_PLAN_ENTRIES = 5000


class PlanMethod(StrEnum):
    """How a need is met."""

    TRAINING = "training"
    COACHING = "coaching"
    MENTORING = "mentoring"
    PEER_LEARNING = "peer_learning"
    PRACTICE = "practice"


class PlanStatus(StrEnum):
    """How far an entry has got."""

    PLANNED = "planned"
    UNDER_WAY = "under_way"
    DONE = "done"

    def next(self) -> PlanStatus:
        """The status after this one, round again after done (one key steps through them)."""
        order = list(PlanStatus)
        return order[(order.index(self) + 1) % len(order)]


#: The method a framework's suggested activity comes closest to.
_METHOD_OF_ACTIVITY = {
    ActivityKind.TRAINING: PlanMethod.TRAINING,
    ActivityKind.COACHING: PlanMethod.COACHING,
    ActivityKind.MENTORING: PlanMethod.MENTORING,
    ActivityKind.PEER_SUPPORT: PlanMethod.PEER_LEARNING,
    ActivityKind.SHADOWING: PlanMethod.PEER_LEARNING,
    ActivityKind.PRACTICE: PlanMethod.PRACTICE,
}


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One entry of the plan. ``group_keys`` empty means every group; ``item_code`` is the
    need it meets (None: free text); ``learn_from`` the group the others learn from when the
    method is peer learning."""

    what: str
    group_keys: tuple[str, ...] = ()
    item_code: str | None = None
    method: PlanMethod = PlanMethod.TRAINING
    lead: str = ""
    due: dt.date | None = None
    status: PlanStatus = PlanStatus.PLANNED
    learn_from: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "what", long_text(self.what, "plan entry", required=True))
        object.__setattr__(self, "lead", short_text(self.lead, "plan lead"))
        if len(set(self.group_keys)) != len(self.group_keys):
            raise ValidationError("plan.group_twice", field="plan")
        if self.learn_from is not None and self.learn_from in self.group_keys:
            raise ValidationError("plan.learns_from_itself", field="plan", key=self.learn_from)
        if self.learn_from is not None and self.method is not PlanMethod.PEER_LEARNING:
            object.__setattr__(self, "learn_from", None)  # only peer learning names a group

    def is_for(self, group_key: str) -> bool:
        return not self.group_keys or group_key in self.group_keys

    def meets(self, need: TrainingNeed) -> bool:
        """Whether this entry is about ``need``'s item for ``need``'s group."""
        return self.item_code == need.item_code and self.is_for(need.group_key)


def check_plan(plan: Sequence[PlanEntry], group_keys: Iterable[str],
               item_codes: Iterable[str]) -> None:  # fmt: skip
    """Refuse a plan naming a group or an item the workshop does not have."""
    if len(plan) > MAX_PLAN_ENTRIES:
        raise ValidationError("plan.too_many", field="plan", most=MAX_PLAN_ENTRIES)
    groups, items = set(group_keys), set(item_codes)
    for entry in plan:
        for key in (*entry.group_keys, *((entry.learn_from,) if entry.learn_from else ())):
            if key not in groups:
                raise ValidationError("plan.unknown_group", field="plan", key=key)
        if entry.item_code is not None and entry.item_code not in items:
            raise ValidationError("plan.unknown_item", field="plan", item=entry.item_code)


def entry_for_need(framework: Framework, item_code: str, group_keys: Sequence[str],
                   helpers: Sequence[str] = ()) -> PlanEntry:  # fmt: skip
    """A first entry for a need of ``group_keys`` on ``item_code``: the framework's first
    suggested activity for the item (its kind gives the method), else the item's statement.
    A peer-learning activity learns from the first of ``helpers`` (the groups strong on the
    item that could help: :func:`peer_helpers`), if there is one."""
    item = framework.item(item_code)
    activity = item.activities[0] if item.activities else None
    method = _METHOD_OF_ACTIVITY.get(activity.kind, PlanMethod.TRAINING) if activity else None
    method = method or PlanMethod.TRAINING
    learn_from = helpers[0] if helpers and method is PlanMethod.PEER_LEARNING else None
    return PlanEntry(
        what=activity.text if activity else item.text,
        group_keys=tuple(group_keys),
        item_code=item_code,
        method=method,
        learn_from=learn_from,
    )


def peer_helpers(strengths: Iterable[StrengthToShare], item_code: str,
                 group_keys: Sequence[str]) -> list[str]:  # fmt: skip
    """The groups the ``group_keys`` could learn ``item_code`` from, by the strengths rule
    (``domain/strengths.py``): those that could help every one of them first, then those
    that could help some; strongest first within each."""
    from coprod_desktop.domain.strengths import helpers_for  # it reads workshops (a cycle)

    found = [helpers_for(strengths, key, item_code) for key in group_keys]
    every = [h.group_key for h in found[0]] if found else []
    for helpers in found[1:]:
        keys = {h.group_key for h in helpers}
        every = [k for k in every if k in keys]
    some = [h.group_key for helpers in found for h in helpers if h.group_key not in every]
    return [*every, *dict.fromkeys(some)]


def plan_without_group(plan: Sequence[PlanEntry], group_key: str) -> tuple[PlanEntry, ...]:
    """The plan once ``group_key`` has left: an entry only for that group goes, the others no
    longer name it (nor learn from it; an entry for every group stays so)."""
    kept = []
    gone = entries_only_for(plan, group_key)
    for i, e in enumerate(plan):
        if i in gone:
            continue
        keys = tuple(k for k in e.group_keys if k != group_key)
        learn_from = None if e.learn_from == group_key else e.learn_from
        kept.append(dataclasses.replace(e, group_keys=keys, learn_from=learn_from))
    return tuple(kept)


def entries_only_for(plan: Sequence[PlanEntry], group_key: str) -> frozenset[int]:
    """The places in ``plan`` of the entries for ``group_key`` alone (they go with it)."""
    return frozenset(i for i, e in enumerate(plan) if e.group_keys == (group_key,))


def unplanned(needs: Iterable[TrainingNeed], plan: Sequence[PlanEntry]) -> list[TrainingNeed]:
    """The needs no entry of ``plan`` meets, in the order given."""
    return [n for n in needs if not any(e.meets(n) for e in plan)]


@dataclass(frozen=True, slots=True)
class NeedToPlan:
    """An item on which groups have a need no entry meets yet: one entry can meet them all."""

    item_code: str
    group_keys: tuple[str, ...]
    largest_gap: int


def needs_to_plan(needs: Iterable[TrainingNeed], plan: Sequence[PlanEntry],
                  group_order: Sequence[str]) -> list[NeedToPlan]:  # fmt: skip
    """The unplanned needs by item: shared by the most groups first, then the largest gap,
    then the item code (K2 before K10); groups in the workshop's order."""
    by_item: dict[str, list[TrainingNeed]] = {}
    for need in unplanned(needs, plan):
        by_item.setdefault(need.item_code, []).append(need)
    place = {key: i for i, key in enumerate(group_order)}
    found = [
        NeedToPlan(
            code,
            tuple(sorted({n.group_key for n in found}, key=place.__getitem__)),
            max(n.gap for n in found),
        )
        for code, found in by_item.items()
    ]
    return sorted(found, key=lambda n: (-len(n.group_keys), -n.largest_gap, code_key(n.item_code)))


def by_date(plan: Sequence[PlanEntry]) -> list[tuple[int, PlanEntry]]:
    """The entries with their place in the plan, the soonest first, undated ones last (each
    kept in the order made among equals)."""
    return sorted(enumerate(plan), key=lambda e: (e[1].due is None, e[1].due or dt.date.min, e[0]))


@dataclass(frozen=True, slots=True)
class PlanHeadline:
    """The plan in a line, for a report's summary: how many entries, how far they have got,
    how many groups they reach, and the next date due among those not done."""

    entries: int
    planned: int
    under_way: int
    done: int
    groups_reached: int
    groups: int
    next_due: dt.date | None
    needs_unplanned: int


def plan_headline(plan: Sequence[PlanEntry], group_keys: Sequence[str],
                  needs: Iterable[TrainingNeed] = ()) -> PlanHeadline:  # fmt: skip
    """The headline of ``plan`` for a workshop with ``group_keys`` and ``needs``."""
    reached = {k for k in group_keys if any(e.is_for(k) for e in plan)}
    open_dates = [e.due for e in plan if e.due is not None and e.status is not PlanStatus.DONE]
    return PlanHeadline(
        entries=len(plan),
        planned=sum(e.status is PlanStatus.PLANNED for e in plan),
        under_way=sum(e.status is PlanStatus.UNDER_WAY for e in plan),
        done=sum(e.status is PlanStatus.DONE for e in plan),
        groups_reached=len(reached),
        groups=len(group_keys),
        next_due=min(open_dates, default=None),
        needs_unplanned=len(unplanned(needs, plan)),
    )


@dataclass(frozen=True, slots=True)
class PlanLine:
    """An entry as the room sees it on the plan slide: names, not keys (``groups`` empty:
    every group)."""

    number: int
    what: str
    groups: tuple[str, ...]
    method: PlanMethod
    learn_from: str | None
    lead: str
    due: dt.date | None
    status: PlanStatus


def plan_lines(plan: Sequence[PlanEntry], names: dict[str, str]) -> tuple[PlanLine, ...]:
    """The plan by date, with group names from ``names`` (key → name)."""
    return tuple(
        PlanLine(
            number=index + 1,
            what=e.what,
            groups=tuple(names[k] for k in e.group_keys),
            method=e.method,
            learn_from=names[e.learn_from] if e.learn_from else None,
            lead=e.lead,
            due=e.due,
            status=e.status,
        )
        for index, e in by_date(plan)
    )
