"""A session that fits the day, the rules: the pace learned from past sessions' rating times
(gaps that say nothing left out), the estimate, what fits, and whether the day is on track."""

from __future__ import annotations

import datetime as dt

from coprod_desktop.domain.day import (
    DEFAULT_SECONDS,
    Pace,
    balanced_scope,
    day_progress,
    items_that_fit,
    learned_pace,
    session_seconds,
)

START = dt.datetime(2026, 11, 12, 10, 0)


def times(*gaps: float) -> list[dt.datetime]:
    out = [START]
    for gap in gaps:
        out.append(out[-1] + dt.timedelta(seconds=gap))
    return out


def test_the_pace_is_the_median_gap_without_breaks_paper_forms_or_later_corrections() -> None:
    morning = times(50, 70, 90, 1, 0, 3600, 80, 60)  # a paper form (0, 1 s), lunch (1 h)
    afternoon = times(40, 100, 60, 75, 65, 2 * 86400)  # and a correction two days later
    pace = learned_pace([morning, afternoon])
    assert pace.gaps == 10 and pace.workshops == 2 and pace.learned
    assert pace.seconds == 67.5  # 40 50 60 60 65 | 70 75 80 90 100
    assert learned_pace([times(60, 60)]) == Pace()  # too few gaps: the stated default
    assert learned_pace([]).seconds == DEFAULT_SECONDS and not Pace().learned


def test_the_estimate_and_what_fits() -> None:
    pace = Pace(seconds=90, gaps=20, workshops=3)
    assert session_seconds(40, 4, pace) == 40 * 4 * 90  # 4 h
    assert items_that_fit(2 * 3600, 4, pace) == 20
    assert items_that_fit(60, 4, pace) == 0 and items_that_fit(3600, 0, pace) == 0


def test_a_smaller_scope_keeps_every_area_in_running_order() -> None:
    items = [("K1", "k"), ("K2", "k"), ("K3", "k"), ("H1", "h"), ("S1", "s"), ("S2", "s"),
             ("A1", "a"), ("A2", "a")]  # fmt: skip
    assert balanced_scope(items, 5) == ["K1", "K2", "H1", "S1", "A1"]
    assert balanced_scope(items, 2) == ["K1", "H1"]
    assert balanced_scope(items, 20) == [code for code, _ in items]
    assert balanced_scope(items, 0) == []


def test_on_track_or_behind_against_the_finishing_time() -> None:
    pace = Pace(seconds=60)
    now = START.replace(hour=14)
    free = day_progress(100, 160, pace, now)
    assert free.seconds_left == 3600 and free.finish == now.replace(hour=15)
    assert free.on_track is None
    early = day_progress(100, 160, pace, now, now.replace(hour=14, minute=45))
    assert early.on_track is False and early.spare_seconds == -15 * 60
    late = day_progress(100, 160, pace, now, now.replace(hour=16))
    assert late.on_track is True and late.spare_seconds == 3600
    assert day_progress(170, 160, pace, now).seconds_left == 0
