"""The barrier log, for the planning use of the tool: what stands in the way of co-production.

Each barrier says what is in the way, what kind of barrier it is (a :class:`BarrierTag`), the
stage or principle it holds back, who owns it, the next step, the group it concerns (or the
whole partnership) and whether it has been dealt with. It is kept apart from the parking lot:
a parked question waits for an answer, a barrier waits for someone to act.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Framework, Stage
from coprod_desktop.domain.text import long_text, short_text

#: How many barriers a workshop may log (as many as actions).
MAX_BARRIERS = 5000


class BarrierTag(StrEnum):
    """What kind of barrier it is."""

    ORGANISATION = "organisation"
    RESOURCES = "resources"
    POLICY = "policy"  # policy or rules
    CULTURE = "culture"
    PEOPLE = "people"  # people and capacity


class BarrierStatus(StrEnum):
    """Whether someone still has to act on it."""

    OPEN = "open"
    DEALT_WITH = "dealt_with"


@dataclass(frozen=True, slots=True)
class Barrier:
    """One barrier. It holds back a ``stage`` or a ``principle`` (by code, e.g. "P3"), or
    neither when the room could not say; ``group_key`` None means the whole partnership."""

    what: str
    tag: BarrierTag
    stage: Stage | None = None
    principle: str | None = None
    owner: str = ""
    next_step: str = ""
    group_key: str | None = None
    status: BarrierStatus = BarrierStatus.OPEN

    def __post_init__(self) -> None:
        object.__setattr__(self, "what", long_text(self.what, "barrier", required=True))
        object.__setattr__(self, "owner", short_text(self.owner, "barrier owner"))
        object.__setattr__(self, "next_step", long_text(self.next_step, "next step"))
        if self.stage is not None and self.principle is not None:
            raise ValidationError(
                "barrier.two_links", field="barrier", stage=self.stage.value,
                principle=self.principle,
            )  # fmt: skip

    @property
    def is_open(self) -> bool:
        return self.status is BarrierStatus.OPEN


def check_barriers(barriers: Sequence[Barrier], group_keys: Iterable[str],
                   principle_codes: Iterable[str]) -> None:  # fmt: skip
    """Refuse a log naming a group or a principle the workshop does not have."""
    if len(barriers) > MAX_BARRIERS:
        raise ValidationError("barrier.too_many", field="barriers", most=MAX_BARRIERS)
    groups, principles = set(group_keys), set(principle_codes)
    for barrier in barriers:
        if barrier.group_key is not None and barrier.group_key not in groups:
            raise ValidationError("barrier.unknown_group", field="barriers", key=barrier.group_key)
        if barrier.principle is not None and barrier.principle not in principles:
            raise ValidationError(
                "barrier.unknown_principle", field="barriers", principle=barrier.principle
            )


def barriers_without_group(barriers: Sequence[Barrier], group_key: str) -> tuple[Barrier, ...]:
    """The log once ``group_key`` has left: its barriers stay, for the whole partnership
    (what stands in the way does not leave with a group)."""
    return tuple(
        dataclasses.replace(b, group_key=None) if b.group_key == group_key else b for b in barriers
    )


@dataclass(frozen=True, slots=True)
class BarrierHeading:
    """What a set of barriers holds back: a stage, a principle (by code), or neither."""

    stage: Stage | None = None
    principle: str | None = None


def by_heading(barriers: Sequence[Barrier], principle_order: Sequence[str]
               ) -> list[tuple[BarrierHeading, list[tuple[int, Barrier]]]]:  # fmt: skip
    """The barriers with their place in the log, under what they hold back: the stages in
    order, then the principles in the framework's order, then those linked to neither; within
    a heading open ones first, then by tag, then in the order logged."""
    tags = list(BarrierTag)
    place = {code: i for i, code in enumerate(principle_order)}

    def heading_key(h: BarrierHeading) -> tuple[int, int]:
        if h.stage is not None:
            return 0, h.stage.order
        if h.principle is not None:
            return 1, place.get(h.principle, len(place))
        return 2, 0

    found: dict[BarrierHeading, list[tuple[int, Barrier]]] = {}
    for index, b in enumerate(barriers):
        found.setdefault(BarrierHeading(b.stage, b.principle), []).append((index, b))
    return [
        (heading, sorted(rows, key=lambda r: (not r[1].is_open, tags.index(r[1].tag), r[0])))
        for heading, rows in sorted(found.items(), key=lambda h: heading_key(h[0]))
    ]


@dataclass(frozen=True, slots=True)
class BarrierHeadline:
    """The log in a line, for a report's summary: how many barriers, how many still open,
    the kind met most often among the open ones (None when no kind stands out: a tie), and
    how many open ones have no owner yet."""

    barriers: int
    open: int
    top_tag: BarrierTag | None
    top_tag_count: int
    without_owner: int
    stages_held_back: int


def barrier_headline(barriers: Sequence[Barrier]) -> BarrierHeadline:
    """The headline of ``barriers``: the top tag among the open ones (only if no other tag
    is met as often), the open ones with no owner, and how many stages open ones hold back."""
    still_open = [b for b in barriers if b.is_open]
    counts = {tag: sum(b.tag is tag for b in still_open) for tag in BarrierTag}
    most = max(counts.values())
    leaders = [tag for tag in BarrierTag if counts[tag] == most]
    top = leaders[0] if still_open and len(leaders) == 1 else None
    return BarrierHeadline(
        barriers=len(barriers),
        open=len(still_open),
        top_tag=top,
        top_tag_count=counts[top] if top else 0,
        without_owner=sum(not b.owner for b in still_open),
        stages_held_back=len({b.stage for b in still_open if b.stage is not None}),
    )


@dataclass(frozen=True, slots=True)
class BarrierLine:
    """A barrier as the room sees it on the barriers slide: names, not keys. ``holds_back``
    is the framework's stage title or principle code and title (None: neither was named);
    ``group`` None: the whole partnership."""

    number: int
    what: str
    tag: BarrierTag
    holds_back: str | None
    owner: str
    next_step: str
    group: str | None


def holds_back_title(heading: BarrierHeading, framework: Framework) -> str | None:
    """What ``heading`` holds back, in the framework's words ("Co-delivery", "P3 Agencies
    as catalysts"); None when the room named neither."""
    if heading.stage is not None:
        return framework.stage_text(heading.stage).title
    if heading.principle is not None:
        principle = framework.principle(heading.principle)
        return f"{principle.code} {principle.title}"
    return None


def open_holding_back(barriers: Sequence[Barrier], stage: Stage) -> int:
    """How many open barriers hold ``stage`` back."""
    return sum(b.is_open and b.stage is stage for b in barriers)


def barrier_lines(barriers: Sequence[Barrier], names: dict[str, str],
                  framework: Framework) -> tuple[BarrierLine, ...]:  # fmt: skip
    """The open barriers under what they hold back (:func:`by_heading`), with group names
    from ``names`` (key → name); those dealt with are left off the wall."""
    principles = [p.code for p in framework.principles]
    return tuple(
        BarrierLine(
            number=index + 1,
            what=b.what,
            tag=b.tag,
            holds_back=holds_back_title(heading, framework),
            owner=b.owner,
            next_step=b.next_step,
            group=names[b.group_key] if b.group_key else None,
        )
        for heading, rows in by_heading(barriers, principles)
        for index, b in rows
        if b.is_open
    )
