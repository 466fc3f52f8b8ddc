"""Starting the app: paint the window at once, then open the data folder behind it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coprod_desktop import APP_NAME
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.resources import resource
from coprod_desktop.storage.errors import (
    DamagedStoreError,
    NewerSchemaError,
    NotOurFileError,
    StoreInUseError,
    WriteFailedError,
)
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.theme import apply_theme
from coprod_desktop.ui.workshop_list import WorkshopListWindow

ORGANISATION_NAME = "CoProd"
EXIT_STORE_PROBLEM = 1
EXIT_UNEXPECTED = 70
APP_ICON = ("icons", "app.svg")

_PROBLEM_TITLES: tuple[tuple[type[CoprodError], str], ...] = (
    (StoreInUseError, "CoProd Desktop is already open"),
    (NotOurFileError, "This is not a CoProd Desktop file"),
    (NewerSchemaError, "Made by a newer CoProd Desktop"),
    (DamagedStoreError, "Your workshops file is damaged"),
    (WriteFailedError, "Cannot save in the data folder"),
)


def problem_title(error: CoprodError) -> str:
    """The title of the message explaining why the workshops cannot be opened."""
    for kind, title in _PROBLEM_TITLES:
        if isinstance(error, kind):
            return title
    return "Your workshops cannot be opened"


def start_gui(
    data_dir: Path, argv: list[str] | None = None
) -> tuple[QApplication, WorkshopListWindow]:
    """Show the workshop list at once; open ``data_dir`` as soon as the event loop runs."""
    app = _application(argv)
    window = WorkshopListWindow()
    window.show()
    app.processEvents()  # let the "Opening your workshops…" state paint before the slow imports
    QTimer.singleShot(0, lambda: open_workshops(app, window, data_dir))
    return app, window


def run_gui(data_dir: Path) -> int:
    """Run the app on ``data_dir`` until the facilitator quits; returns the exit code."""
    app, _window = start_gui(data_dir)
    return app.exec()


def open_workshops(app: QApplication, window: WorkshopListWindow, data_dir: Path) -> None:
    """Open the data folder and hand its services to ``window``; on failure explain and quit."""
    try:
        from coprod_desktop.services.data_folder import open_data_folder

        folder = open_data_folder(data_dir)
    except CoprodError as exc:
        _give_up(app, window, problem_title(exc), str(exc), EXIT_STORE_PROBLEM)
        return
    except Exception as exc:  # a bug: explain in one line rather than hang on "Opening…"
        _give_up(app, window, "Something went wrong", _unexpected(exc), EXIT_UNEXPECTED)
        return

    def close_folder() -> None:  # releases the lock, so the next start can open the folder
        folder.close()

    # A closure, not folder.close: PySide holds bound methods weakly, and nothing else keeps
    # the DataFolder alive, so the connection would vanish with it.
    app.aboutToQuit.connect(close_folder)
    try:
        window.attach(AppServices.for_folder(folder))
    except CoprodError as exc:
        _give_up(app, window, problem_title(exc), str(exc), EXIT_STORE_PROBLEM)
    except Exception as exc:
        _give_up(app, window, "Something went wrong", _unexpected(exc), EXIT_UNEXPECTED)


def _application(argv: list[str] | None) -> QApplication:
    # Reuse a QApplication a test harness already made: Qt allows only one per process.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    apply_theme(app)
    icon = resource(*APP_ICON)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _give_up(app: QApplication, parent: QWidget, title: str, message: str, code: int) -> None:
    QMessageBox.critical(parent, title, message)
    app.exit(code)


def _unexpected(exc: Exception) -> str:
    return (
        "CoProd Desktop could not open your workshops because of an unexpected error "
        f"({type(exc).__name__}: {exc}). Nothing was changed."
    )
