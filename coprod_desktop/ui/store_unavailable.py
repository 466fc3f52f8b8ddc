"""The dialog shown when a healthy workshops file cannot be used for now: another program holds
it, the disk is full, the folder is read-only. Its way on is to put that right and try again
(or use another folder); it never offers a backup, which would replace newer work."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.storage.errors import (
    DiskFullError,
    ReadOnlyError,
    StoreBusyError,
    StoreError,
    StoreInUseError,
    WriteFailedError,
)
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.restore_dialog import open_other_folder, other_folder_button, wrapped
from coprod_desktop.ui.style_roles import set_role

WIDTH = 560

# The way on for each kind of problem, most specific first.
_WAYS_ON: tuple[tuple[type[StoreError], str], ...] = (
    (StoreBusyError, QT_TRANSLATE_NOOP(
        "StoreUnavailable",
        "Your workshops are safe. Close the program that has the file open (a database "
        "browser, a sync client, a virus scan), or wait a moment, then try again.",
    )),
    (StoreInUseError, QT_TRANSLATE_NOOP(
        "StoreUnavailable",
        "Your workshops are safe. Close the other CoProd Desktop window, then try again.",
    )),
    (DiskFullError, QT_TRANSLATE_NOOP(
        "StoreUnavailable",
        "Your workshops are safe. Free some space on this disk, then try again, or choose "
        "another data folder.",
    )),
    (ReadOnlyError, QT_TRANSLATE_NOOP(
        "StoreUnavailable",
        "Your workshops are safe. Make the folder writable (a USB stick may have a lock "
        "switch), then try again, or choose another data folder.",
    )),
    (WriteFailedError, QT_TRANSLATE_NOOP(
        "StoreUnavailable",
        "Make the folder writable, then try again, or choose another data folder.",
    )),
)  # fmt: skip


def way_on(error: StoreError) -> str:
    """What the facilitator can do about ``error``, in the language the windows speak."""
    for kind, words in _WAYS_ON:
        if isinstance(error, kind):
            return translate("StoreUnavailable", words)
    return translate("StoreUnavailable", "Try again, or choose another data folder.")


class UnavailableChoice(enum.Enum):
    """What the facilitator chose."""

    TRY_AGAIN = "try again"
    OTHER_FOLDER = "other folder"
    QUIT = "quit"


class StoreUnavailableDialog(QDialog):
    """Says what stops the workshops file being used and offers: try again, another folder,
    quit. It changes nothing itself; the caller reads :attr:`choice`."""

    def __init__(self, error: StoreError, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = UnavailableChoice.QUIT  # closing the window is quitting
        self.setWindowTitle(title)
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(title)
        set_role(heading, "heading")
        layout.addWidget(heading)
        layout.addWidget(wrapped(error_text(error)))
        layout.addWidget(wrapped(way_on(error), "muted"))
        layout.addSpacing(6)
        self.try_again_button = QPushButton(translate("StoreUnavailable", "Try again"))
        set_role(self.try_again_button, "primary")
        self.other_folder_button = other_folder_button()
        self.quit_button = QPushButton(translate("StoreUnavailable", "Quit"))
        row = QHBoxLayout()
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.other_folder_button)
        row.addWidget(self.try_again_button)
        layout.addLayout(row)
        for button, choice in (
            (self.try_again_button, UnavailableChoice.TRY_AGAIN),
            (self.other_folder_button, UnavailableChoice.OTHER_FOLDER),
            (self.quit_button, UnavailableChoice.QUIT),
        ):
            button.clicked.connect(lambda _=False, c=choice: self._finish(c))
            button.setAutoDefault(button is self.try_again_button)
        self.try_again_button.setDefault(True)
        self.try_again_button.setFocus()
        self.ensurePolished()  # wrapped lines need height: size from the styled layout
        width = max(WIDTH, layout.sizeHint().width())
        self.resize(width, max(layout.sizeHint().height(), layout.totalHeightForWidth(width)))

    def _finish(self, choice: UnavailableChoice) -> None:
        self.choice = choice
        if choice is UnavailableChoice.QUIT:
            self.reject()
        else:
            self.accept()


def offer_way_on(parent: QWidget, data_dir: Path, error: StoreError, *, title: str,
                 reopen: Callable[[Path], None], give_up: Callable[[], None]) -> None:  # fmt: skip
    """Show the dialog for ``error``; its choice tries ``data_dir`` again, opens another folder
    or gives up."""
    # Owned by ``parent`` and kept (hidden) once finished, as the restore dialog is.
    dialog = StoreUnavailableDialog(error, title, parent)

    def chosen(_result: int) -> None:
        if dialog.choice is UnavailableChoice.TRY_AGAIN:
            reopen(data_dir)
        elif dialog.choice is UnavailableChoice.OTHER_FOLDER:
            open_other_folder(parent, data_dir, reopen)
        else:
            give_up()

    dialog.finished.connect(chosen)
    dialog.open()
