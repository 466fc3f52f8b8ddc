"""The training-needs report as a PDF: workshop (and baseline) in, bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, LETTER

from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.document import Contents, Furniture, ReportDocument
from coprod_desktop.report.kit import Kit, say
from coprod_desktop.report.options import Paper
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.report.story import story
from coprod_desktop.report.styles import stylesheet
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
REPORT_NAME = QT_TRANSLATE_NOOP("Report", "Co-production readiness report")


class ReportRenderer:
    """Lays out the report with the named stylesheet; ``render`` returns the PDF's bytes."""

    def __init__(self, paper: Paper = Paper.A4) -> None:
        self.paper = paper
        self.page_size: tuple[float, float] = PAGE_SIZES[paper]
        self.sheet = stylesheet()

    def render(
        self,
        workshop: Workshop,
        baseline: Workshop | None = None,
        progress: Callable[[float], None] | None = None,
    ) -> bytes:
        """The report for ``workshop``, with the follow-up comparison if ``baseline`` is given.

        ``progress`` is called with 0.0–1.0 as pages are laid out (for a progress bar).
        Private notes are never read.
        """
        results = analyse(workshop, baseline)
        buffer = io.BytesIO()
        contents = Contents()
        doc = ReportDocument(
            buffer,
            pagesize=self.page_size,
            title=f"{workshop.title}: {say(REPORT_NAME, workshop.framework.language)}",
            contents=contents,
            language=workshop.framework.language,
            progress=progress,
        )
        kit = Kit(workshop, self.sheet, doc.width, contents)
        blocks = story(kit, ReportData(results, baseline))
        footer = " · ".join(
            x for x in (workshop.organisation, kit.long_date(workshop.held_on)) if x
        )
        doc.render(
            blocks,
            Furniture(
                workshop.title,
                kit.say(REPORT_NAME),
                footer,
                contents,
                self.page_size,
                page_words=kit.say("Page {0} of {1}"),
            ),
        )
        return buffer.getvalue()
