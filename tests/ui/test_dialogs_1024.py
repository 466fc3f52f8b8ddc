"""The paper-entry, settings, export and About dialogs on a 1024 × 768 laptop, in English and
Welsh: each opens no larger than the screen's available area, and nothing in it is hidden, cut
off or squeezed (``tests/ui/whole.py`` says what that means)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.text import SHORT_TEXT_LIMIT
from coprod_desktop.report.formats import Export
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.ui.about_dialog import AboutDialog
from coprod_desktop.ui.exports.flow import ExportFlow
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.paper_entry.open import paper_entry_in_console
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import ChosenFiles, MessageBoxes
from tests.ui.whole import LAPTOP_AREA, not_whole


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    switch_language(request.param, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield request.param
    install_language("en")


def opened_whole(dialog: QWidget, qtbot: QtBot, png: Path, *, fitted: bool = False) -> None:
    """``dialog`` opened as the app opens it: no larger than the laptop's screen, and whole
    there. ``fitted``: the dialog sizes itself to the screen (``fit_to_screen``, which keeps
    the usual size on the offscreen platform's nominal screen), so here it is fitted by hand."""
    dialog.show()
    qtbot.waitExposed(dialog)
    width, height = LAPTOP_AREA
    needed = dialog.minimumSizeHint()
    assert needed.width() <= width and needed.height() <= height, needed
    assert fitted or (dialog.width() <= width and dialog.height() <= height), dialog.size()
    if fitted:
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
    with contextlib.suppress(qtbot.TimeoutError):  # the layout settles
        qtbot.waitUntil(lambda: not_whole(dialog) == [], timeout=2000)
    assert not_whole(dialog) == []
    dialog.grab().save(str(png))  # to look at
    dialog.hide()  # (closing a progress dialog would cancel its export)


def test_about(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "a folder with a long name" / "coprod-data")
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "about.png")


def test_settings(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    """In Welsh it opened 38 px shorter than its words need: its fields touched."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "settings.png")


def test_paper_entry(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """Every statement reads whole (they were cut to "We know what co-production means
    and how it differs from consu…")."""
    from coprod_desktop.services.session import LiveSession

    controller = SessionController(LiveSession(store, create_demo(store)))
    host = QWidget()
    qtbot.addWidget(host)
    dialog = paper_entry_in_console(controller, host)
    opened_whole(dialog, qtbot, tmp_path / "paper-entry.png", fitted=True)


def test_export_progress_and_saved(
    language: str,
    qtbot: QtBot,
    store: Store,
    tmp_path: Path,
    *,
    chosen_files: ChosenFiles,
    message_boxes: MessageBoxes,
) -> None:
    """A workshop with the longest title there may be: the progress and the "saved" box
    wrap it (the progress dialog grew past the screen, one line long)."""
    title = ("Riverside community partnership readiness workshop " * 10)[:SHORT_TEXT_LIMIT]
    wid = WorkshopService(store).create(WorkshopDraft(title=title, groups=[GroupDraft("A")]))
    host = QWidget()
    qtbot.addWidget(host)
    flow = ExportFlow(host, ExportService(store))
    chosen_files.to_save = tmp_path / ("a-long-folder-name-" * 4) / "export.csv"
    chosen_files.to_save.parent.mkdir()
    with qtbot.waitSignal(flow.finished, timeout=60_000):
        flow.export(Export.DATA, wid)
        opened_whole(flow.progress_dialog, qtbot, tmp_path / "export-progress.png")
    (saved,) = message_boxes.boxes
    opened_whole(saved, qtbot, tmp_path / "export-saved.png")


def test_the_file_dialog(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    """Qt's own file dialog (where the desktop has none of its own), as the exports ask."""
    dialog = QFileDialog(None, "Export", str(tmp_path))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "file-dialog.png")
    assert isinstance(dialog, QDialog)


def test_the_key_sheet_and_the_group_dialogs(
    language: str, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """F1's key sheet and Ctrl+G's group dialogs (with the longest group name there may be)."""
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.ui.console.group_dialog import GroupDialog, NewGroupDialog
    from coprod_desktop.ui.console.shortcut_overlay import ShortcutOverlay

    name = ("Service users, carers and their families " * 8)[:SHORT_TEXT_LIMIT]
    wid = WorkshopService(store).create(WorkshopDraft(title="Keys", groups=[GroupDraft(name)]))
    controller = SessionController(LiveSession(store, wid))
    for dialog, png in (
        (ShortcutOverlay(), "keys.png"),
        (GroupDialog(controller), "group.png"),
        (NewGroupDialog(controller), "new-group.png"),
    ):
        qtbot.addWidget(dialog)
        opened_whole(dialog, qtbot, tmp_path / png)


def test_the_import_preview(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.ui.workshop_list.import_preview import ImportPreviewDialog

    workshop = LiveSession(store, create_demo(store)).workshop
    dialog = ImportPreviewDialog(
        workshop, tmp_path / ("a long folder name " * 6) / "riverside.coprod"
    )
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "import.png")


def test_the_restore_and_store_unavailable_dialogs(
    language: str, qtbot: QtBot, tmp_path: Path
) -> None:
    """When the store is damaged (restore a backup), busy, full or read-only."""
    from coprod_desktop.storage.errors import DiskFullError, ReadOnlyError, StoreBusyError
    from coprod_desktop.ui.store_unavailable import StoreUnavailableDialog
    from tests.ui.test_restore_dialog import damaged_store_dialog

    restore = damaged_store_dialog(tmp_path / "data")
    qtbot.addWidget(restore)
    opened_whole(restore, qtbot, tmp_path / "restore.png")
    store = Path("/home/sam/.local/share/coprod-desktop/coprod.sqlite")
    for n, error in enumerate((StoreBusyError(store, 4321), DiskFullError(store),
                               ReadOnlyError(store))):  # fmt: skip
        dialog = StoreUnavailableDialog(error, "The workshops file cannot be used now")
        qtbot.addWidget(dialog)
        opened_whole(dialog, qtbot, tmp_path / f"unavailable-{n}.png")


def test_the_views_dialog(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """V in the console: how each group sees the others."""
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.ui.console.views_dialog import ViewsDialog

    dialog = ViewsDialog(SessionController(LiveSession(store, create_demo(store))))
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "views.png")


def test_the_import_progress(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """Reading a workshop file with a long name (shown if reading takes a moment)."""
    from coprod_desktop.services.exchange import WorkshopExchange
    from coprod_desktop.ui.workshop_list.import_flow import ImportFlow

    host = QWidget()
    qtbot.addWidget(host)
    imports = ImportFlow(host, WorkshopExchange(store))
    long_name = ("Riverside community partnership readiness workshop " * 4) + ".coprod"
    imports.offer(tmp_path / long_name)  # not there: the read fails, after the check below
    opened_whole(imports.progress, qtbot, tmp_path / "import-progress.png")


def test_the_ratings_grid_of_a_workshop(
    language: str, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """The list's read-only grid of every group's ratings (the demo's four groups)."""
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow

    window = WorkshopOverviewWindow(LiveSession(store, create_demo(store)).workshop)
    qtbot.addWidget(window)
    opened_whole(window, qtbot, tmp_path / "ratings-grid.png", fitted=True)
    window.show()
    table = window.table

    def statements_whole() -> bool:  # each row as tall as its wrapped words (they were cut)
        model, metrics = table.model(), table.fontMetrics()
        room = table.columnWidth(0) - 28  # the style sheet pads 10 px a side, Qt 4 more
        flags = int(Qt.TextFlag.TextWordWrap)
        return all(
            metrics.boundingRect(0, 0, room, 10_000, flags, str(model.index(r, 0).data())).height()
            <= table.rowHeight(r)
            for r in range(model.rowCount())
        )

    qtbot.waitUntil(statements_whole)
    window.grab().save(str(tmp_path / "ratings-grid.png"))


def test_action(language: str, qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """An action opened to change it, with the demo's long item statements to choose from."""
    from coprod_desktop.services.session import LiveSession
    from coprod_desktop.ui.console.action_dialog import ActionDialog

    w = LiveSession(store, create_demo(store)).workshop
    dialog = ActionDialog(w, w.actions[0], 1)
    qtbot.addWidget(dialog)
    opened_whole(dialog, qtbot, tmp_path / "action.png")
