"""A results window refreshed after each change shows what a window opened afresh on the same
workshop shows: the tables' words and row heights, the heat maps, the differences line. The
refresh keeps what a change left alone (the analysis of untouched items, the words of
untouched rows), so a stale part would show here: after new ratings and a group renamed."""

from __future__ import annotations

import dataclasses
import random

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.sample import sample_workshop
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.results.parts import SavedResults
from coprod_desktop.ui.results.window import ResultsWindow


def words(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def shown(window: ResultsWindow) -> dict[str, object]:
    tables = {"needs": window.needs_table, "strengths": window.strengths.table}
    return {
        **{name: words(t) for name, t in tables.items()},
        **{
            f"{name} heights": [t.rowHeight(r) for r in range(t.rowCount())]
            for name, t in tables.items()
        },
        "heat maps": {area: chart.chart() for area, chart in window.heat_maps.items()},
        "differences": window.gaps_label.text(),
        "strengths line": window.strengths.group_line.text(),
    }


def opened(qtbot: QtBot, w: Workshop) -> ResultsWindow:
    window = ResultsWindow(SavedResults(w))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(1)  # the rows fit their text again once the window has its width
    return window


def test_a_refreshed_window_shows_what_a_fresh_one_does(
    qtbot: QtBot, default_framework: Framework
) -> None:
    rng = random.Random(7)
    w = sample_workshop(default_framework, groups=5, items=24)
    window = opened(qtbot, w)
    assert isinstance(window.controller, SavedResults)
    for step in range(12):
        group = w.groups[0] if step % 2 else rng.choice(w.groups)  # the chosen group often
        code = rng.choice(w.item_codes)
        level = rng.randint(1, 5)
        w = w.with_rating(
            group.key, code, Rating(code, RatingStatus.AGREED, level, rng.randint(level, 5))
        )
        if step == 6:
            w = w.with_group(dataclasses.replace(w.groups[1], name="Renamed group"))
        window.controller.workshop = w
        window.refresh()
        fresh = opened(qtbot, w)
        assert shown(window) == shown(fresh), step
        fresh.close()
    assert any("Renamed group" in row[1] for row in words(window.strengths.table))
