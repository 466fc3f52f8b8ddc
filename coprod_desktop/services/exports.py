"""Exports of a workshop's results: the report, the blank form and the data files.

Each use case loads what it needs in one read, then hands plain domain objects to the
writers in ``report/`` (imported here only when used, so the app starts without reportlab
or openpyxl). Files are written atomically, readable by the owner only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.options import Paper
from coprod_desktop.services.files import check_output, write_atomic
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository

DATA_SUFFIXES = (".csv", ".xlsx", ".json")

Progress = Callable[[float], None]


class ExportService:
    """Reports and data exports for workshops in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, workshop_id: int) -> tuple[Workshop, Workshop | None]:
        """The workshop and, for a follow-up whose baseline is in the store, its baseline."""
        with self.store.reading() as session:
            repo = WorkshopRepository(session)
            workshop = repo.load(workshop_id)
            baseline = _baseline(repo, workshop)
        return workshop, baseline

    def baseline_of(self, workshop: Workshop) -> Workshop | None:
        """The baseline of a workshop already in memory (e.g. the one open in the console),
        if it is in the store."""
        if workshop.baseline_uid is None:
            return None
        with self.store.reading() as session:
            return _baseline(WorkshopRepository(session), workshop)

    def report_pdf(
        self, workshop_id: int, paper: Paper = Paper.A4, progress: Progress | None = None
    ) -> bytes:
        """The training-needs report as PDF bytes (with the follow-up comparison if any)."""
        workshop, baseline = self.load(workshop_id)
        return build_report(workshop, baseline, paper, progress)

    @property
    def data_folder(self) -> Path:
        """The folder no export may be written into (it holds the store and its backups)."""
        return self.store.path.parent

    def write_report(
        self,
        workshop_id: int,
        path: Path,
        paper: Paper = Paper.A4,
        progress: Progress | None = None,
        *,
        replace: bool = True,
    ) -> None:
        check_output(path, replace=replace, keep_out=self.data_folder)  # before the work
        data = self.report_pdf(workshop_id, paper, progress)
        write_atomic(path, data, replace=replace, keep_out=self.data_folder)

    def blank_form_pdf(self, workshop_id: int, paper: Paper = Paper.A4) -> bytes:
        workshop, _ = self.load(workshop_id)
        return build_blank_form(workshop, paper)

    def write_blank_form(
        self, workshop_id: int, path: Path, paper: Paper = Paper.A4, *, replace: bool = True
    ) -> None:
        check_output(path, replace=replace, keep_out=self.data_folder)
        data = self.blank_form_pdf(workshop_id, paper)
        write_atomic(path, data, replace=replace, keep_out=self.data_folder)

    def participants_sheet_pdf(self, workshop_id: int, paper: Paper = Paper.A4) -> bytes:
        workshop, _ = self.load(workshop_id)
        return build_participants_sheet(workshop, paper)

    def write_participants_sheet(
        self, workshop_id: int, path: Path, paper: Paper = Paper.A4, *, replace: bool = True
    ) -> None:
        """The Easy Read "what you told us", a page per group, to print in the room."""
        check_output(path, replace=replace, keep_out=self.data_folder)
        data = self.participants_sheet_pdf(workshop_id, paper)
        write_atomic(path, data, replace=replace, keep_out=self.data_folder)

    def data_bytes(self, workshop_id: int, suffix: str) -> bytes:
        """The data export in the format named by ``suffix`` (.csv, .xlsx or .json)."""
        kind = suffix.lower()
        if kind not in DATA_SUFFIXES:
            raise CoprodError(
                "export.unknown_suffix", suffix=suffix, known=", ".join(DATA_SUFFIXES)
            )
        workshop, _ = self.load(workshop_id)
        return build_data(workshop, kind)

    def write_data(self, workshop_id: int, path: Path, *, replace: bool = True) -> None:
        """Write the data export to ``path``; its suffix chooses CSV, XLSX or JSON."""
        check_output(path, replace=replace, keep_out=self.data_folder)
        data = self.data_bytes(workshop_id, path.suffix)
        write_atomic(path, data, replace=replace, keep_out=self.data_folder)


def build_report(
    workshop: Workshop,
    baseline: Workshop | None = None,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
) -> bytes:
    """The report for a workshop already in memory (e.g. the one open in the console)."""
    from coprod_desktop.report.pdf import ReportRenderer

    return ReportRenderer(paper).render(workshop, baseline, progress)


def build_blank_form(workshop: Workshop, paper: Paper = Paper.A4) -> bytes:
    """The printable paper form for a workshop already in memory."""
    from coprod_desktop.report.blank_form import BlankFormRenderer

    return BlankFormRenderer(paper).render(workshop)


def build_participants_sheet(workshop: Workshop, paper: Paper = Paper.A4) -> bytes:
    """The participants' Easy Read sheet for a workshop already in memory."""
    from coprod_desktop.report.participants_sheet import ParticipantsSheet

    return ParticipantsSheet(paper).render(workshop)


def build_data(workshop: Workshop, suffix: str) -> bytes:
    """The data export of a workshop already in memory, as .csv, .xlsx or .json bytes."""
    if suffix == ".json":
        from coprod_desktop.report.json_export import to_json

        return to_json(workshop)
    from coprod_desktop.report.csv_xlsx import to_csv, to_xlsx
    from coprod_desktop.report.data_rows import all_tables

    tables = all_tables(workshop)
    return to_csv(tables) if suffix == ".csv" else to_xlsx(tables)


def _baseline(repo: WorkshopRepository, workshop: Workshop) -> Workshop | None:
    if workshop.baseline_uid is None or workshop.baseline_uid == workshop.uid:
        return None
    baseline_id = repo.id_for_uid(workshop.baseline_uid)
    return None if baseline_id is None else repo.load(baseline_id)
