"""The organisation view and its dialogs on a 1024 × 768 laptop, in English and Welsh: the
organisation window (every tab), saving its report, the merge dialog, the organisation store's
settings, and "Publish all"'s progress and outcome. Each opens no larger than the screen's
available area and shows everything whole (``tests/ui/whole.py``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.merge import Difference, Merge
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.text import SHORT_TEXT_LIMIT
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository
from coprod_desktop.ui.messages import plain_message_box
from coprod_desktop.ui.organisation.merge_dialog import MergeDialog
from coprod_desktop.ui.organisation.publishing import published, publishing_progress
from coprod_desktop.ui.organisation.store_settings import URL_SETTING
from coprod_desktop.ui.organisation.window import OrganisationWindow
from coprod_desktop.ui.settings_dialog import SettingsDialog
from tests.services.test_organisation_view import example
from tests.ui.conftest import MessageBoxes
from tests.ui.test_dialogs_1024 import language, opened_whole
from tests.ui.whole import not_whole

__all__ = ["language"]  # the fixture, in English and Welsh

LONG_NAME = ("Service users, carers and their families " * 8)[:SHORT_TEXT_LIMIT]


class Paints(QObject):
    """Counts the paint events ``widget`` receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        self.count += event.type() == QEvent.Type.Paint
        return False


@contextlib.contextmanager
def painted(qtbot: QtBot, widget: QWidget) -> Iterator[None]:
    """Waits, after the block, until ``widget`` has painted what the block changed. On a real
    X server a person never sees the tab bar otherwise (screen grabs every millisecond after
    a key switches the tab show it whole), but a ``grab()`` taken before the event loop turns
    draws the tabs where they were before the switch: half-drawn."""
    paints = Paints(widget)
    yield
    qtbot.waitUntil(lambda: paints.count > 0)
    widget.removeEventFilter(paints)


def test_the_organisation_window_every_tab(
    language: str, qtbot: QtBot, store: Store, default_framework: Framework, tmp_path: Path
) -> None:
    """Thirty localities with long names, each with the example's workshops."""
    with store.unit_of_work() as session:
        for n in range(30):
            place = f"Locality {n} of the Riverside and Upper Valley partnership"
            for w in example(default_framework):
                WorkshopRepository(session).add(
                    replace(w, uid=f"{w.uid}-{n}", locality=f"{w.locality} {place}")
                )
    window = OrganisationWindow(OrganisationView.of_laptop(store), ExportService(store))
    qtbot.addWidget(window)
    opened_whole(window, qtbot, tmp_path / "organisation.png", fitted=True)
    window.show()
    bar = window.tabs.tabBar()
    for index in range(window.tabs.count()):
        with painted(qtbot, bar):  # a grab() before that shows the tabs laid out as they were
            window.tabs.setCurrentIndex(index)
        # The chosen tab is bold, so every tab moves: each where the style puts it now.
        assert [bar.tabRect(i).width() for i in range(bar.count())] == [
            bar.tabSizeHint(i).width() for i in range(bar.count())
        ], window.tabs.tabText(index)
        with contextlib.suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda: not_whole(window) == [], timeout=2000)
        window.grab().save(str(tmp_path / f"organisation-tab-{index}.png"))
        assert not_whole(window) == [], window.tabs.tabText(index)
        for table in window.tabs.findChildren(QTableWidget):
            if table.isVisible():  # the table's columns all inside its view: no sideways scroll
                assert not table.horizontalScrollBar().isVisible(), window.tabs.tabText(index)
    window.held_from.tick.setChecked(True)  # the date fields show whole too
    assert not_whole(window) == []


def test_the_organisation_report_not_saved(
    language: str, qtbot: QtBot, store: Store, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    """The box that says why the report was not saved, with a long path in it."""
    window = OrganisationWindow(OrganisationView.of_laptop(store), ExportService(store))
    qtbot.addWidget(window)
    folder = tmp_path / ("a folder with a long name " * 5).strip()
    with qtbot.waitSignal(window.exports.failed, timeout=60_000):
        window.write_pdf(folder / "organisation.pdf")  # the folder is not there
    (box,) = message_boxes.boxes
    opened_whole(box, qtbot, tmp_path / "not-saved.png")


def merge_with(differences: int) -> Merge:
    """A merge preview whose copies differ on ``differences`` ratings of a group with the
    longest name there may be, each with a long note."""
    from coprod_desktop.domain.workshop import Workshop

    note = "We agreed this after a long talk about who holds the budget " * 3
    rows = tuple(
        Difference(
            group_key="g1",
            group_name=LONG_NAME,
            item_code=f"K{n}",
            ours=Rating(f"K{n}", RatingStatus.AGREED, 2, 4, note=note),
            theirs=Rating(f"K{n}", RatingStatus.AGREED, 3, 4),
        )
        for n in range(1, differences + 1)
    )
    return Merge(workshop=Workshop.__new__(Workshop), differences=rows)


def test_the_merge_dialog(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = MergeDialog(merge_with(30))
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "merge.png")
    assert not dialog.table.horizontalScrollBar().isVisible()  # every column in view


def test_the_organisation_store_settings(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    """Organisation → Organisation store…: Settings with a long address in it."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(
        URL_SETTING, "postgresql://facilitator@" + "records.riverside-council.example.org"
        "/coprod_readiness_workshops_for_every_locality?sslmode=verify-full",
    )  # fmt: skip
    dialog = SettingsDialog(settings=settings, organisation_first=True)
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "organisation-store.png")


def test_publish_all_progress_and_outcome(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    """The progress while publishing, then the outcome with many workshops refused: the box
    gives the first reason and counts the rest, whose reasons are in its details (it grew
    past the screen, a reason a workshop)."""
    host = QWidget()
    qtbot.addWidget(host)
    progress = publishing_progress(host, "Publish all")
    progress.setValue(37)
    opened_whole(progress, qtbot, tmp_path / "publishing.png")
    refused = CoprodError("publish.conflict_since", id=12, title=LONG_NAME, parent=2, head=3)
    icon, text, details = published([refused] * 40 + [object()] * 80)
    assert text.count("merge 12 --published") == 1  # the first reason; all in the details
    assert details.count("merge 12 --published") == 40
    box = plain_message_box(host, icon, "Publish all", text)
    box.setDetailedText(details)
    qtbot.addWidget(box)
    assert "39" in box.text()  # the others, counted
    opened_whole(box, qtbot, tmp_path / "published.png")
