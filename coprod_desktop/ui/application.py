"""Starting the app: paint the window at once, then open the data folder behind it."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coprod_desktop import APP_NAME
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.resources import resource
from coprod_desktop.services.data_folder import claim_data_folder
from coprod_desktop.services.first_glance import workshops_at_a_glance
from coprod_desktop.storage.errors import (
    DamagedStoreError,
    DiskFullError,
    NewerSchemaError,
    NotOurFileError,
    ReadOnlyError,
    StoreBusyError,
    StoreError,
    StoreInUseError,
    WriteFailedError,
)
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.file_open_events import FileOpenEvents
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, install_language, saved_language, translate
from coprod_desktop.ui.messages import error_text, tell
from coprod_desktop.ui.theme import apply_theme
from coprod_desktop.ui.workshop_list import WorkshopListWindow

if TYPE_CHECKING:
    from coprod_desktop.storage.lock import DataFolderLock

ORGANISATION_NAME = "CoProd"
EXIT_STORE_PROBLEM = 1
EXIT_UNEXPECTED = 70
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Where Qt's own dialogs keep their state (QSettings "QtProject", user scope).
QT_DIALOG_SETTINGS = "QtProject.conf"

_PROBLEM_TITLES: tuple[tuple[type[CoprodError], str], ...] = (
    (StoreInUseError, QT_TRANSLATE_NOOP("App", "CoProd Desktop is already open")),
    (NotOurFileError, QT_TRANSLATE_NOOP("App", "This is not a CoProd Desktop file")),
    (NewerSchemaError, QT_TRANSLATE_NOOP("App", "Made by a newer CoProd Desktop")),
    (DamagedStoreError, QT_TRANSLATE_NOOP("App", "Your workshops file is damaged")),
    (StoreBusyError, QT_TRANSLATE_NOOP("App", "Your workshops file is in use")),
    (DiskFullError, QT_TRANSLATE_NOOP("App", "The disk is full")),
    (ReadOnlyError, QT_TRANSLATE_NOOP("App", "The data folder is read-only")),
    (WriteFailedError, QT_TRANSLATE_NOOP("App", "Cannot save in the data folder")),
)


def problem_title(error: CoprodError) -> str:
    """The title of the message explaining why the workshops cannot be opened."""
    for kind, title in _PROBLEM_TITLES:
        if isinstance(error, kind):
            return translate("App", title)
    return translate("App", "Your workshops cannot be opened")


def start_gui(
    data_dir: Path,
    argv: list[str] | None = None,
    *,
    settings_dir: Path | None = None,
    open_file: Path | None = None,
    lock: DataFolderLock | None = None,
) -> tuple[QApplication, WorkshopListWindow]:
    """Show the workshop list at once; open ``data_dir`` as soon as the event loop runs.

    ``settings_dir``, in portable mode, keeps the app's settings there instead of the system's
    usual place (the registry on Windows), so nothing is left on the computer. ``open_file``,
    a workshop file, is previewed for import once the list is open; so is any file a later
    launch on the same data folder hands over, or the system sends as an open event (macOS);
    either also brings the window forward. ``lock``: the data folder's, claimed at launch.
    """
    if settings_dir is not None:
        keep_settings_in(settings_dir)
    app = _application(argv)
    window = WorkshopListWindow()
    # The list read at a glance (plain sqlite3, read-only: a few milliseconds) is in the first
    # paint; without one (a first launch, an unreadable store) "Opening your workshops…" is.
    workshops = workshops_at_a_glance(data_dir)
    if workshops:
        window.show_glance(workshops)
    else:
        window.show_opening()
    window.show()
    files = FileOpenEvents(window)  # macOS: a file opened while the app runs; the app stops
    files.opened.connect(lambda path: _asked(window, path))  # filtering when the window goes
    app.installEventFilter(files)
    if settings_dir is not None:  # portable: take no folder of the venue's computer away
        app.aboutToQuit.connect(lambda: forget_file_dialogs(settings_dir))
    if open_file is not None:
        window.open_file(open_file)
    # Paint first, then listen for later launches and open the data folder properly: loading
    # SQLAlchemy, checking and backing up the store take most of the start-up, and the list
    # can be read meanwhile.
    app.processEvents()
    QTimer.singleShot(0, lambda: listen_for_launches(app, window, data_dir))
    QTimer.singleShot(0, lambda: open_workshops(app, window, data_dir, lock))
    return app, window


def run_gui(
    data_dir: Path, *, settings_dir: Path | None = None, open_file: Path | None = None
) -> int:
    """Run the app on ``data_dir`` until the facilitator quits; returns the exit code.

    If the app already runs on that folder, hand ``open_file`` to it (it comes forward) and
    return at once. The folder's lock tells: this app claims it before anything else, and
    asks over the local socket only when it cannot (Qt's network module, about 10 ms on one
    core, then loads after the list is painted).
    """
    lock = claim_data_folder(data_dir)
    if lock is None:  # another app may have it (or the folder is missing or read-only)
        from coprod_desktop.ui.instance import hand_over

        if settings_dir is not None:
            keep_settings_in(settings_dir)
        _application(None)
        if hand_over(data_dir, open_file):
            return 0
    app, _window = start_gui(data_dir, settings_dir=settings_dir, open_file=open_file, lock=lock)
    return app.exec()


def listen_for_launches(app: QApplication, window: WorkshopListWindow, data_dir: Path) -> None:
    """Let a later launch on ``data_dir`` hand its file to ``window`` (and bring it forward)."""
    from coprod_desktop.ui.instance import InstanceServer

    instance = InstanceServer(data_dir, window)
    instance.asked.connect(lambda path: _asked(window, path))
    app.aboutToQuit.connect(instance.close)


def _asked(window: WorkshopListWindow, path: Path | None) -> None:
    window.bring_forward()
    if path is not None:
        window.open_file(path)


def open_workshops(
    app: QApplication,
    window: WorkshopListWindow,
    data_dir: Path,
    lock: DataFolderLock | None = None,
) -> None:
    """Open the data folder (``lock``: its lock, already claimed) and hand its services to
    ``window``; on failure explain and quit."""
    try:
        from coprod_desktop.services.data_folder import open_data_folder

        folder = open_data_folder(data_dir, lock)
    except CoprodError as exc:
        from coprod_desktop.ui.restore_dialog import offer_restore
        from coprod_desktop.ui.store_unavailable import offer_way_on

        def reopen(folder: Path) -> None:
            open_workshops(app, window, folder)

        def give_up() -> None:
            app.exit(EXIT_STORE_PROBLEM)

        title = problem_title(exc)
        # A damaged, foreign or newer store: offer a good backup. A healthy one that is busy,
        # on a full disk or read-only: put that right and try again; never a backup.
        if offer_restore(window, data_dir, exc, title=title, reopen=reopen, give_up=give_up):
            return
        if isinstance(exc, StoreError):
            offer_way_on(window, data_dir, exc, title=title, reopen=reopen, give_up=give_up)
        else:
            _give_up(app, window, title, error_text(exc), EXIT_STORE_PROBLEM)
        return
    except Exception as exc:  # a bug: explain in one line rather than hang on "Opening…"
        _give_up(app, window, _went_wrong(), _unexpected(exc), EXIT_UNEXPECTED)
        return

    def close_folder() -> None:  # releases the lock, so the next start can open the folder
        folder.close()

    # A closure, not folder.close: PySide holds bound methods weakly, and nothing else keeps
    # the DataFolder alive, so the connection would vanish with it.
    app.aboutToQuit.connect(close_folder)
    try:
        window.attach(AppServices.for_folder(folder))
    except CoprodError as exc:
        _give_up(app, window, problem_title(exc), error_text(exc), EXIT_STORE_PROBLEM)
    except Exception as exc:
        _give_up(app, window, _went_wrong(), _unexpected(exc), EXIT_UNEXPECTED)


def keep_settings_in(folder: Path) -> None:
    """Make every ``QSettings()`` an INI file under ``folder`` (portable mode), private to
    the owner; Qt's own file-dialog memory there is forgotten (see forget_file_dialogs)."""
    from coprod_desktop.paths import keep_new_files_private, make_folder_private

    keep_new_files_private()
    make_folder_private(folder)
    forget_file_dialogs(folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # NativeFormat too: on Linux it is INI, and code asking for it by name lands here as well.
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(kind, QSettings.Scope.SystemScope, str(folder))


def keep_settings_private() -> None:
    """The settings file (language, projector screen …) owner-only, like every data file."""
    from coprod_desktop.paths import make_private
    from coprod_desktop.ui.i18n import app_settings

    with contextlib.suppress(OSError):  # a read-only home still runs the app
        make_private(Path(app_settings().fileName()))


def forget_file_dialogs(settings_dir: Path) -> None:
    """Remove Qt's ``QtProject.conf``: its file dialogs remember the folders last visited
    (the venue computer's) there. Portable mode runs this at start and at quit."""
    for name in (QT_DIALOG_SETTINGS, QT_DIALOG_SETTINGS.replace(".conf", ".ini")):
        (settings_dir / name).unlink(missing_ok=True)


def app_icon() -> QIcon:
    """The app's icon at every size shipped (PNGs: no SVG plugin needed in the bundle)."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = resource("icons", f"app-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


def _application(argv: list[str] | None) -> QApplication:
    # Reuse a QApplication a test harness already made: Qt allows only one per process.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    keep_settings_private()
    apply_theme(app)
    install_language(saved_language())
    app.setWindowIcon(app_icon())
    return app


def _give_up(app: QApplication, parent: QWidget, title: str, message: str, code: int) -> None:
    tell(parent, QMessageBox.Icon.Critical, title, message)
    app.exit(code)


def _went_wrong() -> str:
    return translate("App", "Something went wrong")


def _unexpected(exc: Exception) -> str:
    return translate(
        "App",
        "CoProd Desktop could not open your workshops because of an unexpected error "
        "({problem}). Nothing was changed.",
    ).format(problem=f"{type(exc).__name__}: {exc}")
