"""Every file a workshop exports to, registered in one place: :data:`FORMATS`.

The command line (``report``, ``blank-form``, ``export-data``: the output's suffix chooses the
format), the windows (the save dialog's filters) and the export service all read this tuple, so
a new format is one record here and its writer. Writers are imported when first used, so
the app starts without reportlab or openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.options import Paper
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

Progress = Callable[[float], None]


class Export(StrEnum):
    """What is exported: each has a command and a menu action, and one or more formats."""

    REPORT = "report"
    BLANK_FORM = "blank form"
    PARTICIPANTS_SHEET = "participants' sheet"
    DATA = "data"


@dataclass(frozen=True, slots=True)
class Source:
    """What a writer gets: the workshop, its baseline (a follow-up's), the paper for a PDF,
    and a progress callback (0.0–1.0, for a long build; it may be ignored)."""

    workshop: Workshop
    baseline: Workshop | None = None
    paper: Paper = Paper.A4
    progress: Progress | None = None


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One format of one export: its suffix, the save dialog's filter (context ``Exports``;
    ``{paper}`` makes one filter per paper size) and the writer that makes its bytes."""

    export: Export
    suffix: str
    filter: str
    write: Callable[[Source], bytes]


def _report_pdf(s: Source) -> bytes:
    from coprod_desktop.report.pdf import ReportRenderer

    return ReportRenderer(s.paper).render(s.workshop, s.baseline, s.progress)


def _report_html(s: Source) -> bytes:
    from coprod_desktop.report.html import html_report

    return html_report(s.workshop, s.baseline)


def _blank_form_pdf(s: Source) -> bytes:
    from coprod_desktop.report.blank_form import BlankFormRenderer

    return BlankFormRenderer(s.paper).render(s.workshop)


def _participants_sheet_pdf(s: Source) -> bytes:
    from coprod_desktop.report.participants_sheet import ParticipantsSheet

    return ParticipantsSheet(s.paper).render(s.workshop)


def _csv(s: Source) -> bytes:
    from coprod_desktop.report.csv_xlsx import to_csv
    from coprod_desktop.report.data_rows import all_tables

    return to_csv(all_tables(s.workshop))


def _xlsx(s: Source) -> bytes:
    from coprod_desktop.report.csv_xlsx import to_xlsx
    from coprod_desktop.report.data_rows import all_tables

    return to_xlsx(all_tables(s.workshop))


def _json(s: Source) -> bytes:
    from coprod_desktop.report.json_export import to_json

    return to_json(s.workshop)


_PDF = QT_TRANSLATE_NOOP("Exports", "PDF on {paper} paper (*.pdf)")
#: Every format, the first of each export its default.
FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(Export.REPORT, ".pdf", _PDF, _report_pdf),
    ExportFormat(Export.REPORT, ".html",
                 QT_TRANSLATE_NOOP("Exports", "Accessible web page (*.html)"), _report_html),
    ExportFormat(Export.BLANK_FORM, ".pdf", _PDF, _blank_form_pdf),
    ExportFormat(Export.PARTICIPANTS_SHEET, ".pdf", _PDF, _participants_sheet_pdf),
    ExportFormat(Export.DATA, ".csv", QT_TRANSLATE_NOOP("Exports", "CSV for spreadsheets (*.csv)"),
                 _csv),
    ExportFormat(Export.DATA, ".xlsx", QT_TRANSLATE_NOOP("Exports", "Excel workbook (*.xlsx)"),
                 _xlsx),
    ExportFormat(Export.DATA, ".json", QT_TRANSLATE_NOOP("Exports", "JSON data (*.json)"), _json),
)  # fmt: skip


def formats(export: Export) -> tuple[ExportFormat, ...]:
    """The formats ``export`` can be written in, the default first."""
    return tuple(f for f in FORMATS if f.export is export)


def format_for(export: Export, suffix: str) -> ExportFormat:
    """The format of ``export`` a file ending in ``suffix`` gets; an export with one format
    gets it whatever the name (as ``report -o /dev/stdout`` is then refused for what it is);
    otherwise an unknown suffix is refused."""
    known = formats(export)
    for candidate in known:
        if candidate.suffix == suffix.lower():
            return candidate
    if len(known) == 1:
        return known[0]
    raise CoprodError(
        "export.unknown_suffix", suffix=suffix, known=", ".join(f.suffix for f in known)
    )
