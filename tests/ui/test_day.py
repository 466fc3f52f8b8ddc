"""A session that fits the day, in the windows: preparing a workshop shows how long it takes
and keeps the items that fit the time there is; during the session the console (never the
projector) says whether the day is on track. English and Welsh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.day import Pace, items_that_fit
from coprod_desktop.services.demo import create_demo
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.day.status import DayStatus, FinishDialog
from coprod_desktop.ui.day.words import duration
from coprod_desktop.ui.i18n import install_language, switch_language, translate
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.audience_fixtures import audience_settings  # noqa: F401
from tests.ui.whole import not_whole


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    switch_language(request.param, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield request.param
    install_language("en")


def test_preparing_a_workshop_estimates_the_day_and_keeps_what_fits(
    language: str, window: WorkshopListWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    assert window.controller is not None
    dialog = window.controller.new_workshop()
    assert dialog is not None
    dialog.tabs.setCurrentIndex(2)  # the items in scope
    plan = dialog.day_plan
    groups, items = len(dialog.groups.rows), len(dialog.items.codes())
    assert f"{items} " in plan.estimate.text() and not plan.keep.isVisibleTo(dialog)
    plan.minutes.setFocus()
    plan.minutes.selectAll()  # as Tab leaves it
    qtbot.keyClicks(plan.minutes, "90")
    fits = items_that_fit(90 * 60, groups, Pace())  # nothing learned yet: a minute each
    assert 0 < fits < items and plan.keep.isVisibleTo(dialog) and str(fits) in plan.keep.text()
    dialog.grab().save(str(tmp_path / f"day-plan-{language}.png"))
    qtbot.mouseClick(plan.keep, Qt.MouseButton.LeftButton)
    kept = dialog.items.codes()
    assert len(kept) == fits
    areas = {area for code, area in dialog.items.areas() if code in kept}
    assert len(areas) == 4  # every area stays in the day
    assert "fits" in plan.advice.text() or "ffitio" in plan.advice.text()
    dialog.reject()


class TenOClock(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> TenOClock:
        return cls(2026, 11, 12, 10, 0)


def test_the_console_says_whether_the_day_is_on_track(
    language: str,
    services: AppServices,
    store: Store,
    qtbot: QtBot,
    audience_settings: QSettings,  # noqa: F811
) -> None:
    from coprod_desktop.ui.session.launch import open_console

    console = open_console(services, create_demo(store))
    qtbot.addWidget(console)
    console.show()
    status = console.findChild(DayStatus)
    assert status is not None and status.window() is console  # the console's, not the wall's
    assert console.room is None or not console.room.isAncestorOf(status)
    day = status
    day.pace, day.clock = Pace(seconds=60), TenOClock
    w = console.controller.workshop
    left = w.rating_slots - w.ratings_recorded
    assert left > 1
    day.finish_by = QTime(10, 0).addSecs(left * 60 + 10 * 60)  # ten minutes to spare
    assert day.progress is not None and day.progress.on_track
    assert day.text() == translate("Day", "Day: on track") and duration(600) in day.toolTip()
    day.finish_by = QTime(10, 0).addSecs(left * 60 - 30 * 60)  # half an hour short
    assert day.progress is not None and day.progress.on_track is False
    assert duration(30 * 60) in day.text()
    c = console.controller
    key, code = next((g.key, i) for g in w.groups for i in w.item_codes if i not in g.ratings)
    c.run(c.live.jump, group_key=key, item_code=code)
    c.run(c.live.set_current_level, 3)  # one more rated: a minute less to go
    assert day.progress is not None and day.progress.spare_seconds == -29 * 60
    # Ctrl+Shift+T: the finishing time, from the keyboard.
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    dialog = next(d for d in console.findChildren(FinishDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.time)
    assert not_whole(dialog) == []
    dialog.none.setChecked(True)
    dialog.accept()
    assert status.finish_by is None and day.finish_by is None
    room = console.room
    console.close()
    if room is not None:
        room.close()
