"""A split view tells one story everywhere: the console's level buttons and tally, the
projector's NOW and dots, and the report's split table all show the level the dots put the
group at, with the terms explained."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.services.exports import ExportService
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.console.window import ConsoleWindow
from tests.report.helpers import pdf_text
from tests.ui.audience_fixtures import drawn_on_every_page
from tests.ui.test_console import console, key  # noqa: F401 (the fixture, by name)

DOTS = {1: 1, 2: 2, 3: 1}  # four dots (the group has four people): the middle is on 2


def test_a_level_then_dots_shows_the_dots_level_in_every_place(
    console: ConsoleWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    key(qtbot, console, Qt.Key.Key_1)  # the group says 1 at first…
    key(qtbot, console, Qt.Key.Key_S)  # …then cannot agree, and votes
    console.controller.run(console.controller.live.set_tally, DOTS)
    rating = console.controller.rating()
    assert rating is not None and rating.status is RatingStatus.SPLIT
    assert rating.current_level == 2

    # The console: the level button and the tally's words.
    capture = console.capture
    assert capture.current._group.checkedId() == 2
    summary = capture.tally._summary.text()
    assert "2 on 2, 2 elsewhere" in summary and "median 2: level now 2" in summary

    # The projector: NOW on the row of level 2, the spread in words.
    console.controller.run(console.controller.live.show_slide, Slide.ITEM)
    console.controller.run(console.controller.live.set_revealed, True)
    pages = drawn_on_every_page(console.controller.audience, THEMES["default"], QSize(1024, 768))
    [shown] = [page for page in pages if "NOW" in [d.text for d in page.drawn]]
    now = next(d for d in shown.drawn if d.text == "NOW")
    numbers = [d for d in shown.drawn if d.text in {"1", "2", "3", "4", "5"}]
    row = min(numbers, key=lambda d: abs(d.y - now.y))
    assert row.text == "2"
    texts = " ".join(d.text for page in pages for d in page.drawn)
    assert "NOW is the median of the dots" in texts
    assert "4 dots: 2 on 2, 2 elsewhere" in texts

    # The report: Now 2, the votes, the median, and the dots on it and elsewhere, explained.
    workshop_id = console.controller.live.workshop_id
    text = pdf_text(ExportService(console.controller.live.store).report_pdf(workshop_id))
    assert "consultation. 2 1: 1 · 2: 2 · 3: 1 2" in text  # K1: Now 2, the votes, median 2
    assert "Now is their median" in text and "Votes are dots per level" in text
