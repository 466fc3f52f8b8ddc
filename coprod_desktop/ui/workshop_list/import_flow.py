"""Importing a workshop file without freezing the window: the file is read and checked on a
worker thread, with a progress dialog, then previewed; Import adds it on a worker thread too,
in one transaction (whole, or not at all), and only then is the step put on the undo stack.

A large file (the format's 500 items × 24 groups) took seconds to check and seconds more to
store, all on the UI thread: the list stopped painting meanwhile. The worker sees only the
file's path, the workshop read from it and the store's own connections (each unit of work
its own); widgets stay on the UI thread, told by queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import warn_about
from coprod_desktop.ui.workshop_list.import_preview import ImportPreviewDialog

if TYPE_CHECKING:
    from coprod_desktop.services.exchange import WorkshopExchange

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)  # what the work returned
    refused = Signal(object)  # CoprodError: said to the facilitator
    crashed = Signal(object)  # any other exception: raised again on the UI thread


class _Job(QRunnable):
    """Runs ``work`` on a worker thread and reports back by signal."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the flow keeps it until it has reported
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except CoprodError as exc:
            self.signals.refused.emit(exc)
        except Exception as exc:  # a bug: raised again where the app's handler sees it
            log.exception("reading or importing a workshop file failed")
            self.signals.crashed.emit(exc)
        else:
            self.signals.done.emit(result)


class ImportFlow(QObject):
    """Offers workshop files for import in ``window``: read, preview, add; one at a time."""

    #: The workshop file ``path`` was added as the workshop with this id (not yet on the undo
    #: stack: the listener puts it there).
    added = Signal(object, int)

    def __init__(self, window: QWidget, exchange: WorkshopExchange) -> None:
        super().__init__(window)
        self._window = window
        self._exchange = exchange
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self.progress = QProgressDialog(window)
        label = QLabel()  # the file's name as typed
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.progress.setLabel(label)
        self.progress.setRange(0, 0)  # a busy bar: checking a file has no steps to count
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setCancelButtonText(translate("ImportPreview", "Cancel"))
        self.progress.reset()
        self.progress.canceled.connect(self._forget)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def offer(self, path: Path) -> None:
        """Read ``path`` off the UI thread, then preview it; a file that cannot be read is
        explained instead, and nothing changes."""
        from coprod_desktop.services.exchange import read_workshop_file

        title = translate("ImportPreview", "Reading {name}…").format(name=path.name)
        self._start(title, lambda: read_workshop_file(path),
                    lambda read: self._preview(path, cast(Workshop, read)),
                    cancellable=True)  # fmt: skip

    def _preview(self, path: Path, workshop: Workshop) -> None:
        dialog = ImportPreviewDialog(workshop, path, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(path, workshop))
        dialog.open()

    def _add(self, path: Path, workshop: Workshop) -> None:
        """Add the workshop as it was previewed (the file is not read again)."""
        title = translate("ImportPreview", "Importing {name}…").format(name=path.name)
        self._start(title, lambda: self._exchange.import_workshop(workshop),
                    lambda new_id: self.added.emit(path, new_id), cancellable=False)  # fmt: skip

    def _start(self, title: str, work: Callable[[], object], then: Callable[[object], object],
               *, cancellable: bool) -> None:  # fmt: skip
        """Run ``work`` off the UI thread, then ``then`` with its result on it. Storing is not
        ``cancellable``: it is one short transaction, and then an undoable step."""
        if self._job is not None:  # one at a time: the one under way shows itself
            self.progress.show()
            return
        job = self._job = _Job(work)

        def done(result: object) -> None:
            if self._finish(job):
                then(result)

        def refused(error: CoprodError) -> None:
            if self._finish(job):
                heading = translate("ImportPreview", "This file cannot be imported")
                warn_about(self._window, heading, error)

        def crashed(error: Exception) -> None:
            if self._finish(job):
                raise error

        queued = Qt.ConnectionType.QueuedConnection
        job.signals.done.connect(done, queued)
        job.signals.refused.connect(refused, queued)
        job.signals.crashed.connect(crashed, queued)
        self.progress.setWindowTitle(translate("ImportPreview", "Import a workshop file"))
        self.progress.setLabelText(title)
        cancel = self.progress.findChild(QPushButton)
        if cancel is not None:
            cancel.setEnabled(cancellable)
        self.progress.setValue(0)  # shows itself if it takes more than a moment
        self._pool.start(job)

    def _finish(self, job: _Job) -> bool:
        """Whether ``job`` is the one under way (not one the facilitator cancelled)."""
        if self._job is not job:
            return False
        self._job = None
        self.progress.reset()
        return True

    def _forget(self) -> None:
        """Cancel while reading: the file's workshop is not shown (reading changed nothing)."""
        self._job = None
