"""The read-only overview grid: what each cell says, and that colour never says it alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.rating_grid import cell_text
from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow


def test_cell_text_says_levels_status_and_gap_in_words() -> None:
    assert cell_text(None) == ""
    assert cell_text(Rating("K1", current_level=3, required_level=3)) == "3 → 3"
    assert cell_text(Rating("K1", current_level=2, required_level=4)) == "2 → 4  (gap 2)"
    assert cell_text(Rating("K1", current_level=5, required_level=2)) == "5 → 2"
    assert cell_text(Rating("K1", current_level=2)) == "2"
    assert cell_text(Rating("K1", status=RatingStatus.SKIPPED)) == "skipped"
    split = Rating(
        "K1",
        status=RatingStatus.SPLIT,
        current_level=2,
        required_level=4,
        tally=Tally({1: 2, 2: 4, 3: 3}),
    )
    assert cell_text(split) == "split 2 → 4  (gap 2)"


def test_overview_of_the_demo(qtbot: QtBot, services: AppServices) -> None:
    demo = services.workshops.get(services.add_demo())
    window = WorkshopOverviewWindow(demo)
    qtbot.addWidget(window)
    model = window.model

    assert model.columnCount() == 1 + len(demo.groups)
    sections = [r for r in range(model.rowCount()) if model.is_section(r)]
    assert [model.index(r, 0).data() for r in sections] == [
        "Knowledge",
        "Hard skills",
        "Soft skills",
        "Attitude",
    ]
    assert model.rowCount() == len(demo.item_codes) + len(sections)
    assert window.table.columnSpan(sections[0], 0) == model.columnCount()

    # Service users and carers (column 1) split on S3: the tooltip has the votes and the note,
    # never the facilitator's private note.
    s3 = next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith("S3"))
    cell = model.index(s3, 1)
    assert cell.data() == "split 2 → 4  (gap 2)"
    tooltip = " ".join(str(cell.data(Qt.ItemDataRole.ToolTipRole)).split())
    assert "level 1: 2 votes" in tooltip
    assert "walking out" in tooltip
    assert "quiet word" not in tooltip
    assert "forum committee" not in tooltip
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # shaded, and says "gap 2"

    item_tip = str(model.index(s3, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Easy Read:" in item_tip
    assert "Area: Soft skills" in item_tip
