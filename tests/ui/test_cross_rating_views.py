"""Cross-rating from the keyboard and where it is shown: V in the console opens the views of
the others, a digit key per level gives the chosen row's view as an undoable step (native key
presses, UK and French layouts), Esc goes back to capture; the results window shows how
others see the chosen group and the partnership; the perception slide fits the projector;
the report and the data export carry the views."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.report.csv_xlsx import to_xlsx
from coprod_desktop.report.data_rows import all_tables
from coprod_desktop.report.json_export import to_json
from coprod_desktop.services.exports import ExportService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.console.views_dialog import ViewsDialog
from coprod_desktop.ui.results.window import ResultsWindow
from tests.report.helpers import pdf_text
from tests.ui.audience_fixtures import drawn_on_every_page
from tests.ui.conftest import shown_console
from tests.ui.keyboard_layouts import deliver, digit_row_press


@pytest.mark.parametrize("layout", ["gb", "fr"])
def test_v_gives_views_of_the_others_one_key_per_level(
    qtbot: QtBot, store: Store, demo_id: int, tmp_path: Path, layout: str
) -> None:
    console = shown_console(qtbot, store, demo_id)
    c = console.controller
    c.run(c.live.jump, group_key="g1", item_code="K1")
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_V)
    dialog = console.findChild(ViewsDialog)
    assert isinstance(dialog, ViewsDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rows)
    dialog.digit_keys.platform = "xcb"
    names = {g.key: g.name for g in c.workshop.groups}
    # Whose view, and of which item, is said at the top; a row for each other group, then
    # the partnership (never the group itself).
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert names["g1"] in shown and "K1" in shown and c.workshop.framework.item("K1").text in shown
    assert [subject for subject, _ in dialog.subjects] == ["g2", "g3", "g4", None]

    def press(digit: int, *, shift: bool = False) -> None:
        deliver(dialog, digit_row_press("xcb", layout, digit, shift=shift))

    press(3)  # Users' view of the second group, then the next row is chosen
    press(4)
    assert dialog.rows.currentRow() == 2
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Down)  # the partnership
    press(2)
    expected = (
        CrossRating("g1", "g2", "K1", 3),
        CrossRating("g1", "g3", "K1", 4),
        CrossRating("g1", None, "K1", 2),
    )
    assert c.workshop.cross_ratings == expected == c.live.load()[0].cross_ratings  # saved
    assert dialog.rows.item(3).text().endswith(": 2 Starting")
    assert c.undo_stack.undoText().endswith("K1: view of another group, level 2")
    press(5, shift=True)  # Shift+digit is not a view (the needed level, in capture)
    press(9)  # off the scale: nothing
    assert c.workshop.cross_ratings == expected
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.rows, Qt.Key.Key_Up)
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)  # takes the second group's view back
    assert list(c.workshop.cross_ratings) == [expected[0], expected[2]]
    assert dialog.rows.item(1).text().endswith("not given")
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert c.workshop.cross_ratings == expected == c.live.load()[0].cross_ratings
    assert dialog.rows.item(1).text().endswith(": 4 Confident")
    dialog.grab().save(str(tmp_path / "views-dialog.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # back to capture
    qtbot.waitUntil(lambda: console.findChild(ViewsDialog) is None)  # closed and gone
    console.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console)
    console.digit_keys.platform = "xcb"
    deliver(console, digit_row_press("xcb", layout, 4))  # a capture key again
    rating = c.rating("g1", "K1")
    assert rating is not None and rating.current_level == 4
    assert c.workshop.cross_ratings == expected
    console.close()


def test_how_others_see_a_group_in_the_window_on_the_wall_in_the_report_and_data(
    qtbot: QtBot, store: Store, demo_id: int
) -> None:
    console = shown_console(qtbot, store, demo_id)
    c = console.controller
    own = c.workshop.group("g1").ratings["K1"].current_level
    assert own is not None
    for rater, level in (("g2", own + 2 if own <= 3 else own - 2), ("g3", own)):
        c.run(c.live.jump, group_key=rater, item_code="K1")
        c.run(c.live.set_cross_rating, "g1", level)
    c.run(c.live.set_cross_rating, None, 3)
    window = ResultsWindow(c)
    qtbot.addWidget(window)
    window.show()
    window.select_group("g1")
    section = window.perception
    assert section.isVisibleTo(window)
    row = [section.group_table.item(0, i).text() for i in range(4)]  # type: ignore[union-attr]
    assert row[0].startswith("K1") and row[1] == f"{own}.0"
    names = {g.key: g.name for g in c.workshop.groups}
    assert row[2].splitlines()[0].startswith(names["g2"])
    assert row[3].startswith("+1.0") or row[3].startswith("−1.0")
    assert row[3].endswith("≠ worth talking about")
    assert section.partnership.rowCount() == 1
    section.project_button.click()
    assert c.presentation.slide is Slide.PERCEPTION and c.cursor.group_key == "g1"
    for size in (QSize(1024, 768), QSize(1920, 1080)):
        for theme in THEMES.values():
            pages = drawn_on_every_page(c.audience, theme, size)
            assert not any(p.overflow for p in pages)
            texts = " ".join(d.text for p in pages for d in p.drawn)
            assert f"How others see {names['g1']}" in texts and "≠" in texts
    window.close()
    pdf = pdf_text(ExportService(store).report_pdf(demo_id))
    assert "How others see each group" in pdf and "Others − own" in pdf
    w = c.workshop
    data = json.loads(to_json(w))
    assert len(data["cross_ratings"]) == 3
    assert {r["subject_name"] for r in data["cross_ratings"]} == {names["g1"], "partnership"}
    book = load_workbook(io.BytesIO(to_xlsx(all_tables(w))))
    assert book["cross_ratings"].max_row == 4
    console.close()
