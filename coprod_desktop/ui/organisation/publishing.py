""" "Publish all…" off the UI thread: every workshop is published by a child process
(``services/built_apart.py``) with its own connections to the laptop's store and the
organisation store, while the window keeps painting; a progress bar, Cancel, and at the end
how many were published and why any were not."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.services.built_apart import run_apart
from coprod_desktop.ui.exports.worker import Job
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import error_text, plain_message_box, tell

if TYPE_CHECKING:
    from coprod_desktop.storage.connection_url import OrganisationUrl


class PublishAll(QObject):
    """One "Publish all" under way, from start to the box that says how it went.

    Each workshop is published whole or not at all (one transaction in the organisation store):
    a cancel, a refusal or a child that dies stops between or inside a workshop, and what was
    published before stays published; publishing again finds it unchanged and goes on."""

    finished = Signal(object)  # the results, each Published or a CoprodError
    failed = Signal(object)  # CoprodError: publishing stopped (the store unreachable, …)
    cancelled = Signal()

    def __init__(self, window: QWidget, laptop: Path, where: OrganisationUrl) -> None:
        super().__init__(window)
        from coprod_desktop.services.publish import publish_everything

        self._window = window
        self.title = translate("Organisation", "Publish all")
        work = partial(publish_everything, laptop, where)
        self.job = Job(partial(run_apart, work, stopped="publish.stopped"))
        queued = Qt.ConnectionType.QueuedConnection
        self.job.signals.progressed.connect(self._on_progress, queued)
        self.job.signals.finished.connect(self._on_finished, queued)
        self.job.signals.failed.connect(self._on_failed, queued)
        self.job.signals.cancelled.connect(self._on_cancelled, queued)
        self.progress = publishing_progress(window, self.title)
        self.progress.canceled.connect(self.job.cancel)
        self.destroyed.connect(self.progress.deleteLater)  # a child of the window, not of this
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def start(self) -> None:
        self.progress.setValue(0)
        self.progress.show()  # at once: the window waits for it (modal)
        self._pool.start(self.job)

    def _on_progress(self, fraction: float) -> None:
        if not self.progress.wasCanceled():
            self.progress.setValue(round(100 * fraction))

    def _on_finished(self, results: list[object]) -> None:
        self.progress.reset()
        icon, text, details = published(results)
        box = plain_message_box(self._window, icon, self.title, text)
        box.setDetailedText(details)
        box.exec()
        self.finished.emit(results)

    def _on_failed(self, error: CoprodError) -> None:
        self.progress.reset()
        tell(self._window, QMessageBox.Icon.Warning, self.title, error_text(error))
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self.progress.reset()
        tell(self._window, QMessageBox.Icon.Information, self.title, translate(
            "Organisation",
            "Publishing stopped. The workshops published before you cancelled stay published, "
            "and the one being published was left out whole. Publish all again to go on.",
        ))  # fmt: skip
        self.cancelled.emit()


def publishing_progress(parent: QWidget, title: str) -> QProgressDialog:
    """The progress of "Publish all": modal to its window (the list does not change under
    it), with Cancel."""
    progress = QProgressDialog(
        translate("Organisation", "Publishing…"),
        translate("Organisation", "Cancel"),
        0,
        100,
        parent,
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.reset()  # no showing itself before publishing starts
    return progress


def published(results: Sequence[object]) -> tuple[QMessageBox.Icon, str, str]:
    """What "Publish all" says at the end: how many were published, the first reason one was
    not, and every reason in the details (a box listing them all grew past the screen)."""
    refused = [error_text(r) for r in results if isinstance(r, CoprodError)]
    done = len(results) - len(refused)
    text = translate("Organisation", "{done} published or already up to date.").format(done=done)
    if not refused:
        return QMessageBox.Icon.Information, text, ""
    text += "\n\n" + refused[0]
    if len(refused) == 1:
        return QMessageBox.Icon.Warning, text, ""
    more = translate(
        "Organisation", "%n more not published: Show Details… says why.", None, len(refused) - 1
    )
    return QMessageBox.Icon.Warning, f"{text}\n\n{more}", "\n\n".join(refused)
