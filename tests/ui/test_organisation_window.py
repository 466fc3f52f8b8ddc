"""The organisation view window and the Organisation menu, with real widgets and stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Framework
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.services.publish import PublishService
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import open_organisation_store
from coprod_desktop.storage.repositories import WorkshopRepository
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.organisation.menu import OrganisationMenu
from coprod_desktop.ui.organisation.store_settings import URL_SETTING
from coprod_desktop.ui.organisation.window import OrganisationWindow
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.report.helpers import pdf_text
from tests.services.test_organisation_view import example
from tests.ui.conftest import MessageBoxes


@pytest.fixture
def shown(qtbot: QtBot, store: Store, default_framework: Framework) -> Iterator[OrganisationWindow]:
    with store.unit_of_work() as session:
        for w in example(default_framework):
            WorkshopRepository(session).add(w)
    window = OrganisationWindow(OrganisationView.of_laptop(store), ExportService(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def text_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def shade_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.background().color().name()


def test_the_figures_and_the_filters(
    shown: OrganisationWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    assert shown.summary.text() == "3 workshops, 5 groups"
    heat = shown.heat
    heads = [heat.horizontalHeaderItem(c) for c in range(heat.columnCount())]
    assert [h.text() for h in heads if h is not None] == [
        "Locality", "Service users and carers", "Front-line staff", "Managers"
    ]  # fmt: skip
    assert text_at(heat, 0, 1) == "80% (5)"  # North × service users
    assert shade_at(heat, 0, 1) != shade_at(heat, 1, 1)
    # The needs and strengths (half the work) and the trend are computed when their tab shows.
    assert (shown.needs.rowCount(), shown.strengths.rowCount(), shown.trend.rowCount()) == (0, 0, 0)
    shown.tabs.setCurrentWidget(shown.strengths)
    assert text_at(shown.strengths, 0, 2) == "North (100%)"
    assert shown.needs.rowCount() > 0  # the same query fills both
    shown.locality.setCurrentIndex(shown.locality.findData("South"))
    assert shown.strengths.rowCount() == 0  # one locality shares with no other
    shown.locality.setCurrentIndex(0)
    assert text_at(shown.strengths, 0, 2) == "North (100%)"  # refreshed while shown
    shown.tabs.setCurrentWidget(shown.trend)
    assert [text_at(shown.trend, 0, c) for c in range(3)] == ["North", "60% (1)", "100% (1)"]
    heads = [shown.trend.horizontalHeaderItem(c) for c in range(3)]
    assert [h.text() for h in heads if h is not None] == ["Locality", "Baseline", "Follow-up 1"]
    shown.locality.setCurrentIndex(shown.locality.findData("South"))
    assert shown.trend.rowCount() == 0  # South has no follow-up
    shown.tabs.setCurrentIndex(0)
    assert shown.summary.text() == "1 workshops, 2 groups"
    assert shown.heat.rowCount() == 1
    with qtbot.waitSignal(shown.exports.finished, timeout=60_000):
        shown.write_pdf(tmp_path / "south.pdf")
    assert "localities South" in pdf_text((tmp_path / "south.pdf").read_bytes())


def test_the_keyboard_reaches_every_filter_and_table(shown: OrganisationWindow) -> None:
    shown.activateWindow()
    shown.locality.setFocus()
    seen: list[QWidget] = []
    for _ in range(14):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        shown.focusNextChild()
    for wanted in (shown.service, shown.purpose, shown.held_from.tick, shown.held_to.tick, shown.save,
                   shown.tabs.tabBar(), shown.heat):  # fmt: skip
        assert wanted in seen, wanted
    assert shown.locality.accessibleName() == "Locality"
    assert shown.heat.accessibleName() == "Readiness by locality and group role"


def test_each_held_date_is_one_tab_stop(qtbot: QtBot, shown: OrganisationWindow) -> None:
    """Tab leaves a date for the next filter: Qt's own date field walked its day, month and
    year first, so a keyboard user tabbing on changed the month instead."""
    shown.activateWindow()
    for when, after in ((shown.held_from, shown.held_to.tick), (shown.held_to, shown.save)):
        when.tick.setChecked(True)
        when.field.setFocus()
        qtbot.waitUntil(when.field.hasFocus)
        qtbot.keyClick(when.field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after
    before = shown.current_filter()
    shown.held_from.field.setFocus()
    qtbot.keyClick(shown.held_from.field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is shown.held_from.tick
    assert shown.current_filter() == before  # the dates as they were


def test_in_welsh(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    switch_language("cy", settings)
    try:
        window = OrganisationWindow(OrganisationView.of_laptop(store), ExportService(store))
        qtbot.addWidget(window)
        assert window.windowTitle() == "Golwg y sefydliad"
        assert window.tabs.tabText(0) == "&Parodrwydd"
    finally:
        install_language("en")


def test_publish_all_from_the_menu_with_progress(
    window: WorkshopListWindow, store: Store, demo_id: int, tmp_path: Path,
    *, message_boxes: MessageBoxes, qtbot: QtBot,
) -> None:  # fmt: skip
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    url = f"sqlite:///{tmp_path / 'organisation.sqlite'}"
    settings.setValue(URL_SETTING, url)
    menu = OrganisationMenu(window, store, settings)
    menu.publish_all()
    assert menu.publishing is not None
    with qtbot.waitSignal(menu.publishing.finished, timeout=120_000):
        pass  # published by a child process (tests/ui/test_organisation_apart.py)
    qtbot.waitUntil(  # its progress dialog goes with it
        lambda: (
            menu.publishing is None
            and not [
                d for d in window.findChildren(QProgressDialog) if d.windowTitle() == "Publish all"
            ]
        )
    )
    shown = message_boxes.of_kind("information")
    assert shown and "1 published or already up to date." in shown[-1].text
    organisation = open_organisation_store(parse_url(url))
    try:
        again = PublishService(store, organisation).publish(demo_id)
        assert again.outcome.value == "unchanged"
    finally:
        organisation.close()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Organisation" in titles
    assert titles.index("&Organisation") < titles.index("&Help")
    window.organisation_menu.settings = settings
    window.organisation_menu.open_view()
    (view,) = window.findChildren(OrganisationWindow)
    assert view.isVisible() and view.summary.text() == "1 workshops, 4 groups"
    view.close()
