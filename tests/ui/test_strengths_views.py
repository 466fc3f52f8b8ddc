"""Strengths to share in the results window and on the projector: the demo's strengths as the
rule finds them, the chosen group's sentence, the slide put up from the results window, fitted
at projector sizes, in Welsh too, with no note on the wall."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.strength_rows import TOP_STRENGTHS
from coprod_desktop.domain.strengths import needing_help, shared_by
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.results.parts import SavedResults
from coprod_desktop.ui.results.window import ResultsWindow
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller, private_notes  # noqa: F401


@pytest.fixture
def window(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> Iterator[ResultsWindow]:
    shown = ResultsWindow(demo_controller)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()


def test_the_results_window_lists_who_could_help_whom(
    window: ResultsWindow, tmp_path: Path
) -> None:
    results = analyse(window.controller.workshop)
    strengths = results.strengths
    assert len(strengths) > TOP_STRENGTHS  # the demo has more than the slide shows
    table = window.strengths.table
    assert table.rowCount() == len(strengths)
    names = {g.key: g.name for g in window.controller.workshop.groups}
    first = strengths[0]
    assert table.item(0, 0).text().startswith(first.item_code)  # type: ignore[union-attr]
    helper = first.helpers[0]
    assert f"{names[helper.group_key]} ({helper.level})" in table.item(0, 1).text()  # type: ignore[union-attr]
    learner = first.learners[0]
    assert (
        f"{names[learner.group_key]} ({learner.current} → {learner.required})"
        in table.item(0, 2).text()  # type: ignore[union-attr]
    )
    window.select_group("g1")
    line = window.strengths.group_line.text()
    gives = [s.item_code for s in shared_by(strengths, "g1")]
    gets = [s.item_code for s in needing_help(strengths, "g1")]
    assert gives and gets
    assert f"{names['g1']} could help other groups on: {', '.join(gives)}." in line
    assert f"Other groups could help {names['g1']} on: {', '.join(gets[:8])}" in line
    window.resize(1024, 768)
    window.strengths.project_button.setFocus()
    window.scroller.ensureWidgetVisible(window.strengths)
    window.grab().save(str(tmp_path / "strengths-window.png"))


def test_the_button_puts_the_strengths_on_the_projector(
    window: ResultsWindow,
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    window.strengths.project_button.click()
    assert c.presentation.slide is Slide.STRENGTHS
    state = c.audience
    total = len(analyse(c.workshop).strengths)
    assert state.strengths_total == total and len(state.strengths) == TOP_STRENGTHS
    assert state.strengths[0].helpers and state.strengths[0].learners
    view = AudienceView()
    qtbot.addWidget(view)
    view.show_state(state)
    for size in (QSize(1024, 768), QSize(1920, 1080)):
        report = view.layout_at(size)
        assert not report.overflow
        texts = " ".join(d.text for d in report.drawn)
        assert "Strengths to share: who could help whom" in texts
        assert f"{total - TOP_STRENGTHS} more in the report." in texts


def test_saved_results_have_no_projector_button(store: Store, demo_id: int, qtbot: QtBot) -> None:
    workshop = LiveSession(store, demo_id).workshop
    shown = ResultsWindow(SavedResults(workshop))
    qtbot.addWidget(shown)
    assert not shown.strengths.project_button.isVisibleTo(shown)
    assert shown.strengths.table.rowCount() > 0


def test_no_strengths_says_so(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    c = demo_controller
    for group in c.workshop.groups:  # nobody strong: everyone at 3 at most
        lowered = {
            code: Rating(code, current_level=3, required_level=rating.required_level)
            for code, rating in group.ratings.items()
            if rating.current_level is not None and rating.current_level > 3
        }
        c.run(c.live.record_many, group.key, lowered)
    shown = ResultsWindow(c)
    qtbot.addWidget(shown)
    assert shown.strengths.group_line.text().startswith("None yet: no group is at the top two")
    assert not shown.strengths.table.isVisibleTo(shown)
    c.run(c.live.show_slide, Slide.STRENGTHS)
    view = AudienceView()
    qtbot.addWidget(view)
    view.show_state(c.audience)
    assert any(d.text.startswith("None yet") for d in view.layout_at(QSize(1024, 768)).drawn)
