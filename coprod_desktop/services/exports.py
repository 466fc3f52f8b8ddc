"""Exports of a workshop's results: the report, the blank form and the data files.

Each use case loads what it needs in one read, then hands plain domain objects to the
writer of the chosen format (``report/formats.py``, which imports reportlab or openpyxl only
when used, so the app starts without them). Files are written atomically, readable by the
owner only.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.formats import Export, Progress, Source, format_for
from coprod_desktop.report.options import Paper
from coprod_desktop.services.files import check_output, write_atomic
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.workshop_reader import Run, id_for_uid, read_workshop


class ExportService:
    """Reports and data exports for workshops in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, workshop_id: int) -> tuple[Workshop, Workshop | None]:
        """The workshop and, for a follow-up whose baseline is in the store, its baseline."""
        with self.store.plain_reading() as run:  # no ORM: a `report` command never loads it
            workshop = read_workshop(run, workshop_id)
            baseline = _baseline(run, workshop)
        return workshop, baseline

    def baseline_of(self, workshop: Workshop) -> Workshop | None:
        """The baseline of a workshop already in memory (e.g. the one open in the console),
        if it is in the store."""
        if workshop.baseline_uid is None:
            return None
        with self.store.plain_reading() as run:
            return _baseline(run, workshop)

    def make(
        self,
        export: Export,
        workshop_id: int,
        suffix: str = ".pdf",
        *,
        paper: Paper = Paper.A4,
        progress: Progress | None = None,
    ) -> bytes:
        """The bytes of ``export`` of the workshop in the format ``suffix`` names."""
        chosen = format_for(export, suffix)
        workshop, baseline = self.load(workshop_id)
        return chosen.write(Source(workshop, baseline, paper, progress))

    def report_pdf(self, workshop_id: int, paper: Paper = Paper.A4) -> bytes:
        """The training-needs report as PDF bytes (with the follow-up comparison if any)."""
        return self.make(Export.REPORT, workshop_id, paper=paper)

    @property
    def data_folder(self) -> Path:
        """The folder no export may be written into (it holds the store and its backups)."""
        return self.store.path.parent

    def write(
        self,
        export: Export,
        workshop_id: int,
        path: Path,
        *,
        paper: Paper = Paper.A4,
        progress: Progress | None = None,
        replace: bool = True,
    ) -> None:
        """Write ``export`` of the workshop to ``path``, whose suffix chooses the format
        (``report/formats.py``); refused before any work if the suffix or the path is wrong."""
        check_output(path, replace=replace, keep_out=self.data_folder)  # what the path is, first
        format_for(export, path.suffix)  # then its suffix, before any work
        data = self.make(export, workshop_id, path.suffix, paper=paper, progress=progress)
        write_atomic(path, data, replace=replace, keep_out=self.data_folder)


def build_report(
    workshop: Workshop,
    baseline: Workshop | None = None,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
) -> bytes:
    """The PDF report for a workshop already in memory (e.g. the one open in the console)."""
    return format_for(Export.REPORT, ".pdf").write(Source(workshop, baseline, paper, progress))


def _baseline(run: Run, workshop: Workshop) -> Workshop | None:
    if workshop.baseline_uid is None or workshop.baseline_uid == workshop.uid:
        return None
    baseline_id = id_for_uid(run, workshop.baseline_uid)
    return None if baseline_id is None else read_workshop(run, baseline_id)
