"""Start-up: paint first, open the store after; a store that cannot be used is explained."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.application import start_gui
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from coprod_desktop.wording.errors import describe
from tests.ui.conftest import MessageBoxes, page, status_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def exit_codes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """QApplication.exit, recorded instead of ending the test's event loop."""
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    return codes


def visible_texts(window: WorkshopListWindow) -> set[str]:
    return {label.text() for label in window.findChildren(QLabel) if label.isVisible()}


def test_window_paints_before_the_store_opens_then_shows_the_workshops(
    qtbot: QtBot, tmp_path: Path, exit_codes: list[int]
) -> None:
    app, window = start_gui(tmp_path / "data")
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert "Opening your workshops…" in visible_texts(window)
        assert window.controller is None
        assert not window.workshop_actions.new.isEnabled()

        qtbot.waitUntil(lambda: window.controller is not None)

        assert page(window).empty_state.isVisible()
        assert window.workshop_actions.new.isEnabled()
        assert str(tmp_path / "data") in status_text(window)
        assert app.applicationName() == "CoProd Desktop"
        assert app.font().family() == "DejaVu Sans"
        assert exit_codes == []
    finally:
        app.aboutToQuit.emit()  # what quitting does: close the data folder, release the lock
    assert not (tmp_path / "data" / "coprod.lock").read_text()


def test_the_list_shows_at_a_glance_then_starts_working_on_the_same_rows(
    qtbot: QtBot, tmp_path: Path, exit_codes: list[int]
) -> None:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo
    from coprod_desktop.services.first_glance import workshops_at_a_glance

    folder = open_data_folder(tmp_path / "data")
    try:
        for _ in range(3):
            create_demo(folder.store)
    finally:
        folder.close()
    glanced = workshops_at_a_glance(tmp_path / "data")
    assert glanced is not None and len(glanced) == 3

    window = WorkshopListWindow()
    qtbot.addWidget(window)
    window.show_glance(glanced)
    shown = page(window)
    assert shown.model.rowCount() == 3 and shown.table.isVisibleTo(window)
    assert window.controller is None
    assert status_text(window) == "Opening your workshops…"  # the rest follows in a moment

    app, started = start_gui(tmp_path / "data")
    qtbot.addWidget(started)
    try:
        qtbot.waitUntil(lambda: started.controller is not None)
        assert page(started).model.rowCount() == 3
        assert exit_codes == []
    finally:
        app.aboutToQuit.emit()


def test_a_second_instance_explains_and_quits(
    qtbot: QtBot,
    tmp_path: Path,
    data_folder: Any,
    message_boxes: MessageBoxes,
    exit_codes: list[int],
) -> None:
    _app, window = start_gui(data_folder.path)
    qtbot.addWidget(window)

    from coprod_desktop.ui.store_unavailable import StoreUnavailableDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(StoreUnavailableDialog)))
    (dialog,) = window.findChildren(StoreUnavailableDialog)
    assert dialog.windowTitle() == "CoProd Desktop is already open"
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "already open in another CoProd Desktop" in shown
    assert "Close the other CoProd Desktop window, then try again." in shown
    dialog.quit_button.click()
    assert message_boxes.shown == []
    assert exit_codes == [1]
    assert window.controller is None


def test_a_file_that_is_not_ours_is_left_alone(
    qtbot: QtBot, tmp_path: Path, message_boxes: MessageBoxes, exit_codes: list[int]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = data / "coprod.sqlite"
    store.write_bytes(b"my shopping list\n" * 20)

    _app, window = start_gui(data)
    qtbot.addWidget(window)
    from coprod_desktop.ui.restore_dialog import RestoreDialog

    # Explained in the restore dialog (tests/ui/test_restore_dialog.py); quitting it changes
    # nothing.
    qtbot.waitUntil(lambda: bool(window.findChildren(RestoreDialog)))
    (dialog,) = window.findChildren(RestoreDialog)
    assert dialog.windowTitle() == "This is not a CoProd Desktop file"
    assert describe(dialog.problem.error, "en").startswith(str(store))
    dialog.quit_button.click()
    assert message_boxes.shown == []
    assert store.read_bytes() == b"my shopping list\n" * 20
    assert exit_codes == [1]


def test_first_paint_does_not_wait_for_the_database_libraries() -> None:
    probe = (
        "import sys; import coprod_desktop.ui.application; "
        "heavy = [m for m in ('sqlmodel', 'sqlalchemy', 'alembic', "
        "'coprod_desktop.services.workshops') if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


GLANCE_PROBE = """
import argparse, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

# Loaded only when needed, after the list: the database libraries, the workshop and framework
# models, the merge rules, and Qt's network module (the hand-over to an app already running).
LATER = (
    "sqlalchemy", "sqlmodel", "coprod_desktop.domain.workshop", "coprod_desktop.domain.merge",
    "coprod_desktop.domain.framework", "PySide6.QtNetwork",
)
# Pages a launch with workshops to list never shows: made only when wanted.
PAGES = ("EmptyState", "OpeningPage")
parsers = []  # every argparse parser built: the command line's are not needed to open the app
built = argparse.ArgumentParser.__init__
argparse.ArgumentParser.__init__ = lambda self, *a, **k: parsers.append(1) or built(self, *a, **k)

class ListPainted(QObject):
    def eventFilter(self, obj, event):
        view = obj.parent()
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(view, QAbstractItemView)
            and obj is view.viewport()
            and view.model() is not None
            and view.model().rowCount()
        ):
            from coprod_desktop.services.data_folder import claim_data_folder

            loaded = [name for name in LATER if name in sys.modules]
            loaded += [type(w).__name__ for w in app.allWidgets() if type(w).__name__ in PAGES]
            held = claim_data_folder(Path(sys.argv[1])) is None
            print(view.model().rowCount(), loaded or "nothing", f"parsers={len(parsers)}",
                  "held" if held else "free", flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])  # the app reuses it
spy = ListPainted()
app.installEventFilter(spy)
QTimer.singleShot(30_000, lambda: app.exit(1))
from coprod_desktop.app import main

main(["--data-dir", sys.argv[1]])
"""


def test_the_list_is_shown_before_the_database_libraries_load(tmp_path: Path) -> None:
    """Launched as from the desktop, the list paints (read at a glance) before SQLAlchemy, the
    workshop and framework models and the merge rules are imported, and before Qt's network
    module: nothing on the way to it may import them (the command line's parser included, which
    is not even built), nor build the pages shown when there is no list. The app already holds its data folder then, so a second launch hands
    over to it."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    with open_data_folder(tmp_path / "data") as folder:
        create_demo(folder.store)
    result = subprocess.run(
        [sys.executable, "-c", GLANCE_PROBE, str(tmp_path / "data")],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.stdout.split() == ["1", "nothing", "parsers=0", "held"], result.stderr[-2000:]
