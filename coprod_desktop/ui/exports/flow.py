"""Exporting from a window: ask for a file, build it off the UI thread with a progress
dialog, then offer to open it — or say plainly why it was not written.

The workshop (and its baseline) are read on the UI thread, through the export service;
the worker only ever sees domain objects and the file's path, and has the bytes built in a
child process (``services/built_apart.py``): reportlab in a thread held the interpreter in
turns with the windows, and the console stuttered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.formats import Export, ExportFormat, Source, formats
from coprod_desktop.report.options import Paper
from coprod_desktop.services.built_apart import build_apart
from coprod_desktop.ui.exports.worker import Build, ExportJob
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.messages import ask, error_text, may_replace, tell
from coprod_desktop.ui.wording import file_name_for

if TYPE_CHECKING:  # SQLModel loads with the services; the first paint does not wait for it
    from coprod_desktop.services.exports import ExportService

#: The paper sizes a PDF is offered on, as the save dialog names them.
PAPERS = ((Paper.A4, "A4"), (Paper.LETTER, "US Letter"))
#: Each export's messages as whole sentences (Welsh mutates the noun, so no "{what}" slots).
_SAY: dict[str, dict[str, str]] = {
    "report": {
        "ask": QT_TRANSLATE_NOOP("Exports", "Export the report of “{title}”"),
        "not made": QT_TRANSLATE_NOOP("Exports", "The report was not made"),
        "not saved": QT_TRANSLATE_NOOP("Exports", "The report was not saved"),
        "saved": QT_TRANSLATE_NOOP("Exports", "Report saved"),
        "exporting": QT_TRANSLATE_NOOP("Exports", "Exporting the report"),
        "making": QT_TRANSLATE_NOOP("Exports", "Making the report for “{title}”…"),
        "open": QT_TRANSLATE_NOOP(
            "Exports", "The report for “{title}” is saved as\n{path}\n\nOpen it now?"
        ),
    },
    "data": {
        "ask": QT_TRANSLATE_NOOP("Exports", "Export the data of “{title}”"),
        "not made": QT_TRANSLATE_NOOP("Exports", "The data was not made"),
        "not saved": QT_TRANSLATE_NOOP("Exports", "The data was not saved"),
        "saved": QT_TRANSLATE_NOOP("Exports", "Data saved"),
        "exporting": QT_TRANSLATE_NOOP("Exports", "Exporting the data"),
        "making": QT_TRANSLATE_NOOP("Exports", "Making the data for “{title}”…"),
        "open": QT_TRANSLATE_NOOP(
            "Exports", "The data for “{title}” is saved as\n{path}\n\nOpen it now?"
        ),
    },
    "blank form": {
        "ask": QT_TRANSLATE_NOOP("Exports", "Save a blank form for “{title}”"),
        "file": QT_TRANSLATE_NOOP("Exports", "{title} form"),
        "not made": QT_TRANSLATE_NOOP("Exports", "The blank form was not made"),
        "not saved": QT_TRANSLATE_NOOP("Exports", "The blank form was not saved"),
        "saved": QT_TRANSLATE_NOOP("Exports", "Blank form saved"),
        "exporting": QT_TRANSLATE_NOOP("Exports", "Exporting the blank form"),
        "making": QT_TRANSLATE_NOOP("Exports", "Making the blank form for “{title}”…"),
        "open": QT_TRANSLATE_NOOP(
            "Exports", "The blank form for “{title}” is saved as\n{path}\n\nOpen it now?"
        ),
    },
    "participants' sheet": {
        "ask": QT_TRANSLATE_NOOP("Exports", "Save the participants' sheet for “{title}”"),
        "file": QT_TRANSLATE_NOOP("Exports", "{title} what you told us"),
        "not made": QT_TRANSLATE_NOOP("Exports", "The participants' sheet was not made"),
        "not saved": QT_TRANSLATE_NOOP("Exports", "The participants' sheet was not saved"),
        "saved": QT_TRANSLATE_NOOP("Exports", "Participants' sheet saved"),
        "exporting": QT_TRANSLATE_NOOP("Exports", "Exporting the participants' sheet"),
        "making": QT_TRANSLATE_NOOP("Exports", "Making the participants' sheet for “{title}”…"),
        "open": QT_TRANSLATE_NOOP(
            "Exports",
            "The participants' sheet for “{title}” is saved as\n{path}\n\nOpen it now?",
        ),
    },
}


def _say(what: Export, message: str) -> str:
    return translate("Exports", _SAY[what][message])


def filters(what: Export) -> dict[str, tuple[ExportFormat, Paper | None]]:
    """The save dialog's filters for ``what``, in the app's language, and the format (and a
    PDF's paper) each means; the default first."""
    choices: dict[str, tuple[ExportFormat, Paper | None]] = {}
    for chosen in formats(what):
        words = translate("Exports", chosen.filter)
        if "{paper}" in chosen.filter:
            choices.update({words.format(paper=name): (chosen, paper) for paper, name in PAPERS})
        else:
            choices[words] = (chosen, None)
    return choices


@dataclass(frozen=True, slots=True)
class _Task:
    """One export under way: what it is, in words, and where it goes."""

    words: Mapping[str, str]  # its messages, untranslated (context Exports), as in _SAY
    title: str  # the workshop's
    path: Path
    job: ExportJob


class ExportFlow(QObject):
    """The report, data and blank-form exports of one window; one export at a time."""

    finished = Signal(object)  # Path: written, and the facilitator told
    failed = Signal(object)  # CoprodError: nothing written, and the facilitator told
    cancelled = Signal()

    def __init__(self, window: QWidget, exports: ExportService) -> None:
        super().__init__(window)
        self._window = window
        self._exports = exports
        self.last_folder = Path.home()
        self.paper = Paper.A4
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task: _Task | None = None
        self.progress_dialog = self._progress_dialog()

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def job(self) -> ExportJob | None:
        """The export under way, if any."""
        return self._task.job if self._task is not None else None

    # --- what the windows ask for ---------------------------------------------------------
    def export(self, what: Export, workshop: Workshop | int) -> None:
        """Ask where to save ``what`` of ``workshop`` (the dialog's filter or the file's suffix
        chooses the format), then build it off the UI thread."""
        loaded = self._load(workshop, what, with_baseline=what is Export.REPORT)
        if loaded is None:
            return
        w, baseline = loaded
        chosen = self._ask(what, w.title)
        if chosen is None:
            return
        path, writer, paper = chosen
        self.start(_SAY[what], w.title, path, lambda p: build_apart(
            writer.export, writer.suffix, Source(w, baseline, paper), p
        ))  # fmt: skip

    # --- steps ----------------------------------------------------------------------------
    def _load(
        self, workshop: Workshop | int, what: Export, *, with_baseline: bool = True
    ) -> tuple[Workshop, Workshop | None] | None:
        """Read on the UI thread: the store's connection never crosses to the worker."""
        if self.busy:
            self.progress_dialog.show()
            self.progress_dialog.raise_()
            return None
        try:
            if isinstance(workshop, int):
                return self._exports.load(workshop)
            baseline = self._exports.baseline_of(workshop) if with_baseline else None
        except CoprodError as exc:
            tell(self._window, QMessageBox.Icon.Warning, _say(what, "not made"), error_text(exc))
            return None
        return workshop, baseline

    def _ask(self, what: Export, title: str) -> tuple[Path, ExportFormat, Paper] | None:
        """The file to write, its format and paper; a missing suffix is the filter's."""
        choices = filters(what)
        default = next(iter(choices.values()))[0]
        current = next((f for f, (_, p) in choices.items() if p is self.paper), next(iter(choices)))
        words = _SAY[what]
        name = translate("Exports", words["file"]).format(title=title) if "file" in words else title
        chosen_name, chosen_filter = QFileDialog.getSaveFileName(
            self._window,
            translate("Exports", words["ask"]).format(title=title),
            str(self.last_folder / f"{file_name_for(name)}{default.suffix}"),
            ";;".join(choices),
            current,
        )
        if not chosen_name:
            return None
        writer, paper = choices.get(chosen_filter, (default, None))
        self.paper = paper or self.paper
        path = Path(chosen_name)
        typed = next((f for f in formats(what) if f.suffix == path.suffix.lower()), None)
        if typed is None:
            full = self._with_suffix(path, writer.suffix)
            if full is None:
                return None
            path = full
        self.last_folder = path.parent
        return path, typed or writer, self.paper

    def _with_suffix(self, path: Path, suffix: str) -> Path | None:
        """``path`` with ``suffix`` added; the dialog did not ask about replacing that file."""
        full = path.with_name(path.name + suffix)
        return full if may_replace(self._window, full) else None

    def start(self, words: Mapping[str, str], title: str, path: Path, build: Build) -> None:
        """Build the file off the UI thread and write it to ``path``, with the progress dialog
        and Cancel; ``words`` are the export's messages as in ``_SAY`` (context Exports)."""
        job = ExportJob(build, path, keep_out=self._exports.data_folder)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.progressed.connect(self._on_progress, queued)
        job.signals.finished.connect(self._on_finished, queued)
        job.signals.failed.connect(self._on_failed, queued)
        job.signals.cancelled.connect(self._on_cancelled, queued)
        self._task = _Task(words, title, path, job)
        dialog = self.progress_dialog
        dialog.setWindowTitle(translate("Exports", words["exporting"]))
        making = translate("Exports", words["making"]).format(title=title)
        dialog.setLabelText(f"{making}\n{path.name}")
        dialog.setValue(0)  # shows itself if the export takes more than a moment
        self._pool.start(job)

    def _progress_dialog(self) -> QProgressDialog:
        # Not modal, and shown without taking focus: the console's keys keep working.
        dialog = QProgressDialog("", translate("Exports", "Cancel"), 0, 100, self._window)
        label = QLabel()  # the workshop's title and the file name, shown as typed
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a long title, on a 1024-pixel screen
        dialog.setLabel(label)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        dialog.setMinimumDuration(400)
        dialog.reset()  # no showing itself before an export starts
        dialog.canceled.connect(self._cancel)
        return dialog

    # --- the worker's reports, on the UI thread -----------------------------------------------
    def _cancel(self) -> None:
        if self._task is not None:
            self._task.job.cancel()

    def _on_progress(self, fraction: float) -> None:
        if self._task is not None and not self.progress_dialog.wasCanceled():
            self.progress_dialog.setValue(round(100 * fraction))

    def _on_finished(self, path: Path) -> None:
        task = self._end()
        if task is None:
            return
        self.progress_dialog.setValue(100)  # and it closes itself
        answer = ask(
            self._window,
            translate("Exports", task.words["saved"]),
            translate("Exports", task.words["open"]).format(title=task.title, path=path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))
        ):
            tell(
                self._window,
                QMessageBox.Icon.Information,
                translate("Exports", "The file could not be opened"),
                translate(
                    "Exports", "No app on this computer opened {name}. It is saved in {folder}."
                ).format(name=path.name, folder=path.parent),
            )
        self.finished.emit(path)

    def _on_failed(self, error: CoprodError) -> None:
        task = self._end()
        if task is None:
            return
        self.progress_dialog.reset()
        text = error_text(error)
        if str(task.path) not in text:
            text = f"{task.path}: {text}"
        tell(
            self._window,
            QMessageBox.Icon.Warning,
            translate("Exports", task.words["not saved"]),
            translate("Exports", "Nothing was written.\n\n{problem}").format(problem=text),
        )
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        if self._end() is not None:
            self.progress_dialog.reset()
            self.cancelled.emit()

    def _end(self) -> _Task | None:
        task, self._task = self._task, None
        return task
