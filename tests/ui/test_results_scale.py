"""The results window's work grows no faster than the workshop: counted, not timed.

The count is every Python function call and every call into Qt (``sys.setprofile``) while the
window analyses a generated workshop and shows it. Each step below has four times the ratings
(twice the groups, twice the items); the work may grow four times, with a little room for
sorting, never eight or sixteen times as a loop over groups inside a loop over groups would.
"""

from __future__ import annotations

import itertools
import sys
from types import FrameType

from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.sample import sample_workshop
from coprod_desktop.ui.results.parts import SavedResults
from coprod_desktop.ui.results.window import ResultsWindow

SIZES = ((3, 25), (6, 50), (12, 100))  # groups, items: 75, 300 and 1,200 ratings


def counted_refresh(window: ResultsWindow) -> int:
    calls = 0

    def count(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        window.refresh()
    finally:
        sys.setprofile(None)
    return calls


def test_a_refresh_does_work_in_proportion_to_the_ratings(
    qtbot: QtBot, default_framework: Framework
) -> None:
    work = []
    for groups, items in SIZES:
        workshop = sample_workshop(default_framework, groups=groups, items=items)
        window = ResultsWindow(SavedResults(workshop))
        qtbot.addWidget(window)
        window.show()
        work.append(counted_refresh(window))
        window.close()
    for smaller, larger in itertools.pairwise(work):
        assert larger <= 4 * 1.25 * smaller, work
