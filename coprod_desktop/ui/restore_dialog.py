"""The dialog shown when the workshops file cannot be opened: what is wrong with it, the good
automatic backups (date, how many workshops), and the ways on: restore, another folder, quit."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import error_text, plain_tooltip, tell
from coprod_desktop.ui.style_roles import set_role

if TYPE_CHECKING:
    from coprod_desktop.services.restore import GoodBackup, StoreProblem

WIDTH = 620
ROW_HEIGHT = 30


class RestoreChoice(enum.Enum):
    """What the facilitator chose."""

    RESTORE = "restore"
    START_AFRESH = "start afresh"
    OTHER_FOLDER = "other folder"
    QUIT = "quit"


def wrapped(text: str, role: str | None = None) -> QLabel:
    """A label that wraps, showing paths and reasons as they are (plain text, selectable)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role is not None:
        set_role(label, role)
    return label


def other_folder_button() -> QPushButton:
    """The way on both dialogs offer when this data folder cannot be used."""
    return QPushButton(translate("RestoreDialog", "Choose another data folder…"))


def open_other_folder(parent: QWidget, data_dir: Path, reopen: Callable[[Path], None]) -> None:
    """Ask for another data folder and open it; cancelled, open ``data_dir`` again (which
    asks again)."""
    folder = QFileDialog.getExistingDirectory(
        parent, translate("RestoreDialog", "Choose another data folder"), str(data_dir.parent)
    )
    reopen(Path(folder) if folder else data_dir)


def backup_text(backup: GoodBackup) -> str:
    """One backup as the list shows it: when it was taken, and what it holds."""
    when = _when(backup.taken_at)
    workshops = translate("RestoreDialog", "%n workshop(s)", None, backup.workshop_count)
    return f"{when}   ·   {workshops}   ·   {backup.size_bytes / 1024:.0f} KB"


def _when(taken_at: datetime) -> str:
    """A backup's time with the day and month named in the language the windows speak."""
    when = QDateTime(QDate(taken_at.year, taken_at.month, taken_at.day),
                     QTime(taken_at.hour, taken_at.minute))  # fmt: skip
    return QLocale().toString(when, "dddd d MMMM yyyy, HH:mm")


class RestoreDialog(QDialog):
    """Explains ``problem`` and offers its good backups, newest first and selected.

    It changes nothing itself: the caller reads :attr:`choice` and :meth:`selected_backup`
    once it is finished, and does the restore.
    """

    def __init__(self, problem: StoreProblem, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.choice = RestoreChoice.QUIT  # closing the window is quitting: nothing is changed
        self.setWindowTitle(title)
        self.setMinimumWidth(WIDTH)
        has_backups = bool(problem.backups)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(title)
        set_role(heading, "heading")
        layout.addWidget(heading)
        what = wrapped(error_text(problem.error))
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(what)
        layout.addWidget(wrapped(problem.kind.explanation))
        layout.addSpacing(6)
        if has_backups:
            listed = QLabel(translate("RestoreDialog", "Good automatic backups, newest first:"))
            set_role(listed, "subheading")
            layout.addWidget(listed)
        self.backups = self._backup_list(problem.backups)
        self.backups.setVisible(has_backups)
        layout.addWidget(self.backups)
        if not has_backups:
            folder = problem.store_path.parent / "backups"
            none = translate(
                "RestoreDialog", "No good automatic backup was found in {folder}."
            ).format(folder=folder)
            layout.addWidget(wrapped(none, "error"))
            afresh = translate(
                "RestoreDialog",
                "Starting with an empty file sets this one aside, renamed and unchanged, so "
                "the workshops in it may still be rescued; you can then import workshop files "
                "or set up a new workshop.",
            )
            layout.addWidget(wrapped(afresh, "muted"))
        if problem.bad_backups:
            bad = translate(
                "RestoreDialog",
                "%n other backup(s) failed their integrity check and are not offered.",
                None,
                problem.bad_backups,
            )
            layout.addWidget(wrapped(bad, "muted"))
        if has_backups:
            note = translate(
                "RestoreDialog",
                "Restoring puts the chosen backup in place of the file; anything changed after "
                "the backup was taken is not in it. The file is kept beside it, renamed.",
            )
            layout.addWidget(wrapped(note, "muted"))
        layout.addSpacing(6)
        layout.addLayout(self._buttons(has_backups))
        # Enter does the safe, expected thing: restore when there is a backup, else another
        # folder; no other button takes Enter over by having the focus.
        default = self.restore_button if has_backups else self.other_folder_button
        for button in (self.restore_button, self.other_folder_button, self.quit_button):
            button.setAutoDefault(button is default)
        default.setDefault(True)  # once in the dialog: only then does it know its dialog
        (self.backups if has_backups else default).setFocus()
        # A window is sized from its size hint, which ignores that wrapped lines need height
        # (measured styled: the stylesheet pads the buttons).
        self.ensurePolished()
        width = max(WIDTH, layout.sizeHint().width())
        self.resize(width, max(layout.sizeHint().height(), layout.totalHeightForWidth(width)))

    def _backup_list(self, backups: tuple[GoodBackup, ...]) -> QListWidget:
        shown = QListWidget()
        shown.setAccessibleName(translate("RestoreDialog", "Good automatic backups"))
        for backup in backups:
            item = QListWidgetItem(backup_text(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(plain_tooltip(str(backup.path)))
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            shown.addItem(item)
        shown.setFixedHeight(max(1, min(len(backups), 6)) * ROW_HEIGHT + 2 * shown.frameWidth() + 2)
        if backups:
            shown.setCurrentRow(0)
        shown.currentRowChanged.connect(self._on_row)
        return shown

    def _buttons(self, has_backups: bool) -> QHBoxLayout:
        self.restore_button = QPushButton(translate("RestoreDialog", "Restore latest"))
        set_role(self.restore_button, "primary")
        self.other_folder_button = other_folder_button()
        self.quit_button = QPushButton(translate("RestoreDialog", "Quit"))
        self.afresh_button = QPushButton(translate("RestoreDialog", "Start with an empty file"))
        self.afresh_button.clicked.connect(lambda: self._finish(RestoreChoice.START_AFRESH))
        # Only when no backup can help: a backup keeps the workshops, this does not.
        self.afresh_button.setVisible(not has_backups)
        self.restore_button.clicked.connect(lambda: self._finish(RestoreChoice.RESTORE))
        self.other_folder_button.clicked.connect(lambda: self._finish(RestoreChoice.OTHER_FOLDER))
        self.quit_button.clicked.connect(lambda: self._finish(RestoreChoice.QUIT))
        self.restore_button.setEnabled(has_backups)
        self.restore_button.setVisible(has_backups)  # with none, starting afresh takes its place
        row = QHBoxLayout()
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.afresh_button)
        row.addWidget(self.other_folder_button)
        row.addWidget(self.restore_button)
        return row

    def selected_backup(self) -> Path | None:
        """The backup to restore: the one selected (the newest unless another was chosen)."""
        item = self.backups.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _on_row(self, row: int) -> None:
        self.restore_button.setText(
            translate("RestoreDialog", "Restore latest")
            if row <= 0
            else translate("RestoreDialog", "Restore this backup")
        )

    def _finish(self, choice: RestoreChoice) -> None:
        self.choice = choice
        if choice is RestoreChoice.QUIT:
            self.reject()
        else:
            self.accept()


def offer_restore(parent: QWidget, data_dir: Path, error: CoprodError, *, title: str,
                  reopen: Callable[[Path], None], give_up: Callable[[], None]) -> bool:  # fmt: skip
    """If a backup could replace the store ``error`` refused, show the restore dialog and
    return True; its choice then restores and reopens ``data_dir``, opens another folder, or
    gives up. False (nothing shown) for problems a backup cannot solve."""
    from coprod_desktop.services.restore import describe_problem
    from coprod_desktop.storage.errors import StoreError

    if not isinstance(error, StoreError):
        return False
    problem = describe_problem(data_dir, error)
    if problem is None:
        return False
    # Owned by ``parent`` and kept (hidden) once finished: deleting it on close while its
    # own ``finished`` handler runs crashed Qt in tests.
    dialog = RestoreDialog(problem, title, parent)

    def chosen(_result: int) -> None:
        if dialog.choice is RestoreChoice.RESTORE:
            _restore(parent, data_dir, dialog.selected_backup())
            reopen(data_dir)
        elif dialog.choice is RestoreChoice.START_AFRESH:
            _start_afresh(parent, data_dir)
            reopen(data_dir)
        elif dialog.choice is RestoreChoice.OTHER_FOLDER:
            open_other_folder(parent, data_dir, reopen)
        else:
            give_up()

    dialog.finished.connect(chosen)
    dialog.open()
    return True


def _restore(parent: QWidget, data_dir: Path, backup: Path | None) -> None:
    from coprod_desktop.services.restore import restore_backup

    try:
        done = restore_backup(data_dir, backup)
    except CoprodError as exc:  # reopening then explains again, with the dialog
        title = translate("RestoreDialog", "The backup was not restored")
        tell(parent, QMessageBox.Icon.Warning, title, error_text(exc))
        return
    text = translate("RestoreDialog", "Restored the backup of {when}.").format(
        when=_when(done.backup.taken_at)
    )
    if done.set_aside_as is not None:
        text += " " + translate(
            "RestoreDialog", "The previous file is kept, unchanged, as {name}."
        ).format(name=done.set_aside_as)
    tell(parent, QMessageBox.Icon.Information, translate("RestoreDialog", "Backup restored"), text)


def _start_afresh(parent: QWidget, data_dir: Path) -> None:
    from coprod_desktop.services.restore import start_afresh

    try:
        aside = start_afresh(data_dir)
    except CoprodError as exc:  # reopening then explains again, with the dialog
        tell(parent, QMessageBox.Icon.Warning,
             translate("RestoreDialog", "The file was not set aside"), error_text(exc))  # fmt: skip
        return
    text = translate("RestoreDialog", "CoProd Desktop starts with an empty workshops file.")
    if aside is not None:
        text += " " + translate(
            "RestoreDialog", "The previous file is kept, unchanged, as {name}."
        ).format(name=aside)
    tell(parent, QMessageBox.Icon.Information,
         translate("RestoreDialog", "Started afresh"), text)  # fmt: skip
