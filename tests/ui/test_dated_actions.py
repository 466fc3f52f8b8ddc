"""Actions that say who and when, typed in the console: for a group chosen beside the line or
for all groups (not whichever group is on screen), with a date or none; stored, through a
restart and a workshop file, and in the exports and the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.report.csv_xlsx import to_csv
from coprod_desktop.report.data_rows import all_tables
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from tests.report.test_data_exports import csv_sections
from tests.ui.conftest import shown_console


def test_actions_with_dates_and_explicit_groups(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    demo = create_demo(store, dt.date(2026, 11, 12))
    console = shown_console(qtbot, store, demo)
    qtbot.waitUntil(console.isActiveWindow)
    c = console.controller
    c.run(c.live.jump, group_key="g1")  # the group on screen is not the one the action is for
    panel = console.actions_panel
    before = len(c.workshop.actions)
    qtbot.keyClick(console, Qt.Key.Key_A)
    panel.fields.group.setCurrentIndex(panel.fields.group.findData("g3"))
    panel.fields.when.tick.setChecked(True)
    panel.fields.when.field.setDate(QDate(2027, 2, 1))
    qtbot.keyClicks(panel.line, "Shadow a tenants panel meeting - Team leader")
    qtbot.keyClick(panel.line, Qt.Key.Key_Return)
    panel.fields.group.setCurrentIndex(0)  # all groups
    panel.fields.when.tick.setChecked(False)
    qtbot.keyClicks(panel.line, "Book the next workshop")
    qtbot.keyClick(panel.line, Qt.Key.Key_Return)
    stored = LiveSession(store, demo).workshop.actions  # as after a restart
    assert len(stored) == before + 2
    dated, undated = stored[-2], stored[-1]
    assert (dated.what, dated.who, dated.group_key, dated.due) == (
        "Shadow a tenants panel meeting", "Team leader", "g3", dt.date(2027, 2, 1))  # fmt: skip
    assert (undated.group_key, undated.due) == (None, None)
    assert "All groups" in panel.list.item(panel.list.count() - 1).text()
    assert "1 February 2027" in panel.list.item(panel.list.count() - 2).text()
    # Through a workshop file and into the exports.
    path = tmp_path / "out" / "w.coprod"
    path.parent.mkdir()
    exchange = WorkshopExchange(store)
    exchange.export_file(demo, path)
    copy = LiveSession(store, exchange.import_file(path)).workshop
    assert copy.actions == LiveSession(store, demo).workshop.actions
    rows = csv_sections(to_csv(all_tables(copy)))["actions"]
    assert (rows[-2]["due"], rows[-2]["group_key"]) == ("2027-02-01", "g3")
    assert (rows[-1]["due"], rows[-1]["group_key"]) == ("", "")
    console.close()
