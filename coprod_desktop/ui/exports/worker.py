"""Building an export file off the UI thread: plain data in, a file on disk (or an error) out.

The job gets a ``build`` function over domain objects already loaded on the UI thread, so
no database connection or widget ever crosses to the worker thread. Progress, success and
failure come back as Qt signals, delivered on the UI thread by queued connections.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.services.files import write_atomic
from coprod_desktop.ui.i18n import translate

log = logging.getLogger(__name__)

Progress = Callable[[float], None]
Build = Callable[[Progress], bytes]
"""Makes the file's bytes, reporting progress from 0.0 to 1.0 (it may never call it)."""


class ExportCancelledError(Exception):
    """Raised inside the build, from the progress callback, when the facilitator cancels."""


class JobSignals(QObject):
    """What a running job reports; emitted on the worker thread, received on the UI thread."""

    progressed = Signal(float)
    finished = Signal(object)  # what the job made: the Path written, for an export
    failed = Signal(object)  # CoprodError
    cancelled = Signal()


class Job(QRunnable):
    """Runs ``work`` on a worker thread (the work itself is usually waited for there, built
    in a child process) and reports back by signals; a cancel raises at its next progress
    step, and :meth:`finish` is not reached."""

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the flow holds it until it reports back
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop at the next progress step; nothing is written."""
        self._cancel.set()

    def finish(self, made: object) -> object:
        """What to do with what the work made, still on the worker thread (and what
        ``finished`` then carries)."""
        return made

    def run(self) -> None:
        try:
            made = self.work(self._progress)
            if self._cancel.is_set():
                raise ExportCancelledError
            done = self.finish(made)
        except ExportCancelledError:
            self.signals.cancelled.emit()
        except CoprodError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug must not leave the progress dialog up for ever
            log.exception("%s failed", self.describe())
            self.signals.failed.emit(
                CoprodError(
                    translate("Exports", "unexpected error ({problem})").format(problem=exc)
                )
            )
        else:
            self.signals.progressed.emit(1.0)
            self.signals.finished.emit(done)

    def describe(self) -> str:
        """The job, for the log."""
        return type(self).__name__

    def _progress(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise ExportCancelledError
        self.signals.progressed.emit(fraction)


class ExportJob(Job):
    """Builds the bytes, then writes them to ``path`` atomically: a failure or a cancel
    leaves no file, not even a partial one."""

    def __init__(self, build: Build, path: Path, *, keep_out: Path | None = None) -> None:
        super().__init__(build)
        self.keep_out = keep_out  # the data folder: never written into
        self.path = path

    def finish(self, made: object) -> object:
        assert isinstance(made, bytes)
        write_atomic(self.path, made, keep_out=self.keep_out)
        return self.path

    def describe(self) -> str:
        return f"export to {self.path}"
