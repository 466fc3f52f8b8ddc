"""The training-needs report as a PDF: workshop (and baseline) in, bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable

from coprod_desktop.domain.results import WorkshopResults, analyse
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.document import Contents, Furniture, ReportDocument
from coprod_desktop.report.kit import Kit, say
from coprod_desktop.report.options import Paper
from coprod_desktop.report.sections.across import across_groups
from coprod_desktop.report.sections.actions import actions_and_parking_lot
from coprod_desktop.report.sections.appendix import appendix
from coprod_desktop.report.sections.cover import contents_page, cover
from coprod_desktop.report.sections.distance import needs_travelled_section
from coprod_desktop.report.sections.follow_up import follow_up_section
from coprod_desktop.report.sections.group import group_section
from coprod_desktop.report.sections.strengths import strengths_section
from coprod_desktop.report.sections.summary import summary
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
            progress=progress,
        )
        kit = Kit(workshop, self.sheet, doc.width, contents)
        story = self.story(kit, results, baseline)
        footer = " · ".join(
            x for x in (workshop.organisation, kit.long_date(workshop.held_on)) if x
        )
        doc.render(
            story,
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

    def story(
        self, kit: Kit, results: WorkshopResults, baseline: Workshop | None
    ) -> list[Flowable]:
        """Every section in order: cover, contents, summary, groups, across groups, actions,
        follow-up (with a baseline), appendix."""
        w = results.workshop
        story = cover(kit, results, baseline.title if baseline else None)
        story += contents_page(kit)
        story += summary(kit, results)
        for group_results in results.groups:
            story += group_section(kit, group_results)
        story += across_groups(kit, results)
        story += strengths_section(kit, results)
        story += actions_and_parking_lot(kit, w)
        if results.follow_up is not None and baseline is not None:
            names = {g.key: g.name for g in baseline.groups}
            story += follow_up_section(kit, results.follow_up, names)
            story += needs_travelled_section(kit, results.follow_up, names)
        story += appendix(kit, w)
        return story
