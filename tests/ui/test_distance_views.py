"""Distance travelled in needs where the room and the facilitator see it: the results window's
headline, needs table, size warning and carried-over actions; the results slide's last page;
the radar with the baseline drawn under the group's own, on screen and on the wall."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.framework import Framework
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.domain.test_distance import pair


@pytest.fixture
def follow_up(store: Store, default_framework: Framework) -> Iterator[SessionController]:
    baseline, later = pair(default_framework)
    service = WorkshopService(store)
    service.add(baseline)
    controller = SessionController(LiveSession(store, service.add(later)))
    controller.run(controller.live.set_baseline, baseline)
    yield controller
    controller.deleteLater()


def cells(window: ResultsWindow) -> list[list[str]]:
    t = window.change_box.needs
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]  # type: ignore[union-attr]


def test_the_window_shows_needs_closed_persisting_and_new(
    follow_up: SessionController, qtbot: QtBot
) -> None:
    c = follow_up
    window = ResultsWindow(c, c.baseline)
    qtbot.addWidget(window)
    window.show()
    change = window.change_box
    assert change.headline.text() == (
        "2 of 5 needs closed since 12 November 2026 · 1 persisting · 2 new"
    )
    assert cells(window) == [
        ["A", "3", "1: K1", "1: K3", "1: H1", "1: S1"],
        ["B", "2", "1: K3", "0", "1: K1", "1: H1"],
    ]
    assert change.warnings.isVisibleTo(window)
    assert change.warnings.text().startswith("B had 6 people at the baseline and 8 now")
    carried = change.carried
    assert carried.rowCount() == 2 and carried.item(0, 0).text() == "Meet the chair"  # type: ignore[union-attr]
    assert carried.item(1, 0).text() == "Plan: Mentoring"  # type: ignore[union-attr]
    chart = window.radar_area.chart()
    texts = [getattr(s, "text", "") for s in chart.shapes]
    assert "Baseline" in texts and any(t.startswith("then ") for t in texts)
    assert "at the baseline" in chart.description
    # A rating raised to the level needed closes the persisting need, live.
    c.run(c.live.jump, group_key="a", item_code="K3")
    c.run(c.live.set_current_level, 3)
    qtbot.waitUntil(lambda: cells(window)[0][2] == "2: K3, K1")  # the baseline's priority order
    assert change.headline.text().startswith("3 of 5 needs closed")
    window.close()


def test_the_results_slide_says_what_changed_in_needs_and_warns_of_a_new_size(
    follow_up: SessionController, qtbot: QtBot
) -> None:
    c = follow_up
    c.run(c.live.jump, group_key="b")
    c.run(c.live.show_slide, Slide.RESULTS)
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show_state(c.audience)
    assert not view.layout_at(QSize(1024, 768)).overflow
    view.grab()
    first = " ".join(view.drawn_text())
    assert "Baseline" in first and "then " in first  # the radar, on the first page
    while view.next_page():
        view.grab()
    last = " ".join(view.drawn_text())
    assert "This group had 6 people then and 8 now: compare with care." in last
    assert "Training needs: 1 closed (K3) · 0 persisting · 1 new" in last
