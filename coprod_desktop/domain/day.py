"""A session that fits the day: how long a workshop takes (items × groups × the time one
rating takes), which items fit the time there is, and whether the day is on track.

The time one rating takes is learned from past sessions: the store keeps when each rating was
last saved, and in a live session the ratings follow one another, so the gaps between them are
the time the room took on each. Gaps shorter than :data:`SHORTEST` (a paper form typed in, a
workshop imported at once) or longer than :data:`LONGEST` (a break, another day, a later
correction) say nothing about the pace and are left out; with fewer than :data:`ENOUGH` gaps
left, the stated default holds."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import statistics
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

#: The stated default: one minute for one group's rating of one item.
DEFAULT_SECONDS = 60.0
SHORTEST = 5.0
LONGEST = 15 * 60.0
ENOUGH = 10


@dataclass(frozen=True, slots=True)
class Pace:
    """The time one rating takes, and what it was learned from (0 gaps: the default)."""

    seconds: float = DEFAULT_SECONDS
    gaps: int = 0
    workshops: int = 0

    @property
    def learned(self) -> bool:
        return self.gaps > 0


def learned_pace(sessions: Iterable[Sequence[dt.datetime]]) -> Pace:
    """The median gap between one rating and the next, over past sessions (each a workshop's
    rating times); the default when too few gaps tell."""
    gaps: list[float] = []
    workshops = 0
    for times in sessions:
        ordered = sorted(times)
        mine = [(b - a).total_seconds() for a, b in itertools.pairwise(ordered)]
        mine = [g for g in mine if SHORTEST <= g <= LONGEST]
        workshops += bool(mine)
        gaps += mine
    if len(gaps) < ENOUGH:
        return Pace()
    return Pace(statistics.median(gaps), len(gaps), workshops)


def session_seconds(items: int, groups: int, pace: Pace) -> float:
    """How long capturing ``items`` for ``groups`` takes at ``pace``."""
    return items * groups * pace.seconds


def items_that_fit(seconds: float, groups: int, pace: Pace) -> int:
    """How many items every group can rate in ``seconds``."""
    if groups <= 0:
        return 0
    return max(0, math.floor(seconds / (groups * pace.seconds)))


def balanced_scope(items: Sequence[tuple[str, Hashable]], count: int) -> list[str]:
    """``count`` of ``items`` (code and area, in running order), taken in turn from each area
    (knowledge, hard skills, soft skills, attitude) so that every area stays in the day; the
    codes in running order."""
    by_area: dict[Hashable, list[str]] = {}
    for code, area in items:
        by_area.setdefault(area, []).append(code)
    chosen: set[str] = set()
    queues = list(by_area.values())
    while len(chosen) < min(count, len(items)):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.add(queue.pop(0))
    return [code for code, _ in items if code in chosen]


@dataclass(frozen=True, slots=True)
class DayProgress:
    """Where the day stands: ratings done and to do, the time still needed at ``pace``, and
    against a finishing time, the minutes to spare (negative: behind)."""

    done: int
    total: int
    seconds_left: float
    finish: dt.datetime
    spare_seconds: float | None = None

    @property
    def on_track(self) -> bool | None:
        return None if self.spare_seconds is None else self.spare_seconds >= 0


def day_progress(done: int, total: int, pace: Pace, now: dt.datetime,
                 finish_by: dt.datetime | None = None) -> DayProgress:  # fmt: skip
    """The day at ``now``: what is left takes ``pace`` per rating from here."""
    left = max(0, total - done) * pace.seconds
    finish = now + dt.timedelta(seconds=left)
    spare = None if finish_by is None else (finish_by - finish).total_seconds()
    return DayProgress(done, total, left, finish, spare)
