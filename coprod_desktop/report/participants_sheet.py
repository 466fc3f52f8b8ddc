"""The participants' sheet: an Easy Read "what you told us", one page per group, to print in
the room.

Large print (16 point text, never smaller than 14), plain words that keep the Easy Read rules
(``domain/easy_read.py``: short sentences, one idea each, no jargon), and the framework's own
Easy Read wording of each item. For each group: what it is good at (its items at the scale's
top levels), the three things it most wants to learn (its first three training needs), and what
happens next (the actions agreed for it or for everyone, then the plan).
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, PageBreak, Paragraph

from coprod_desktop.domain.analysis import assessed_level, items_in_scope
from coprod_desktop.domain.results import GroupResults, analyse
from coprod_desktop.domain.strengths import strong_from
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.document import Contents, Furniture, Heading, ReportDocument
from coprod_desktop.report.fonts import BOLD, REGULAR, register_fonts
from coprod_desktop.report.kit import long_date_in, say
from coprod_desktop.report.markup import esc
from coprod_desktop.report.options import Paper
from coprod_desktop.report.pdf import PAGE_SIZES
from coprod_desktop.report.styles import INK
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP

SHEET_NAME = QT_TRANSLATE_NOOP("Report", "What you told us")
# How many strengths, needs and agreed actions a sheet shows: one page, large print.
SHOWN = 3
# Text size in points: large print (the smallest text on the sheet is 14 point).
TEXT_SIZE = 16
# Every sentence the sheet writes itself; each keeps the Easy Read rules (a test checks).
SENTENCES = (
    QT_TRANSLATE_NOOP("Report", "Thank you for taking part."),
    QT_TRANSLATE_NOOP("Report", "You told us you are good at these things."),
    QT_TRANSLATE_NOOP("Report", "We did not find something you are good at this time."),
    QT_TRANSLATE_NOOP("Report", "You told us you want to learn these things."),
    QT_TRANSLATE_NOOP("Report", "You did not tell us about something you want to learn."),
    QT_TRANSLATE_NOOP("Report", "We agreed to do these things."),
    QT_TRANSLATE_NOOP("Report", "We will use what you told us to plan training."),
    QT_TRANSLATE_NOOP("Report", "We will tell you about the next meeting."),
)
# The sheet's headings (titles, so no full stop).
HEADINGS = (
    QT_TRANSLATE_NOOP("Report", "What you are good at"),
    QT_TRANSLATE_NOOP("Report", "What you want to learn"),
    QT_TRANSLATE_NOOP("Report", "What happens next"),
)


def sheet_styles() -> StyleSheet1:
    """Large print, left aligned, generous spacing (no italics, no justified text)."""
    register_fonts()
    sheet = StyleSheet1()
    body = ParagraphStyle(
        "Text",
        fontName=REGULAR,
        fontSize=TEXT_SIZE,
        leading=TEXT_SIZE * 1.35,
        textColor=INK,
        spaceAfter=4,
        splitLongWords=0,
    )
    sheet.add(body)
    sheet.add(ParagraphStyle("Title", parent=body, fontName=BOLD, fontSize=26, leading=32))
    sheet.add(ParagraphStyle("Group", parent=body, fontSize=18, leading=24, spaceAfter=10))
    sheet.add(
        ParagraphStyle(
            "Heading", parent=body, fontName=BOLD, fontSize=20, leading=26, spaceBefore=12
        )
    )
    sheet.add(ParagraphStyle("Point", parent=body, spaceAfter=6))
    sheet.add(ParagraphStyle("Date", parent=body, fontSize=14, leading=20))
    return sheet


class ParticipantsSheet:
    """Lays out the sheet for every group; ``render`` returns the PDF's bytes."""

    def __init__(self, paper: Paper = Paper.A4) -> None:
        self.page_size: tuple[float, float] = PAGE_SIZES[paper]
        self.styles = sheet_styles()

    def render(self, workshop: Workshop) -> bytes:
        language = workshop.framework.language
        buffer = io.BytesIO()
        contents = Contents()
        doc = ReportDocument(
            buffer,
            pagesize=self.page_size,
            title=f"{workshop.title}: {say(SHEET_NAME, language)}",
            contents=contents,
            language=language,
        )
        story: list[Flowable] = []
        for results in analyse(workshop).groups:
            story += self.page(workshop, results)
        furniture = Furniture("", "", "", contents, self.page_size, plain=True)
        doc.render(story[:-1], furniture)  # no empty page after the last group
        return buffer.getvalue()

    def page(self, workshop: Workshop, results: GroupResults) -> list[Flowable]:
        """One group's page, ending with a page break."""
        language = workshop.framework.language
        group = results.group
        flow: list[Flowable] = [
            self.p(say(SHEET_NAME, language), "Title"),
            Heading(  # a bookmark per group
                esc(group.name),
                self.styles["Group"],
                title=group.name,
                level=0,
                key=f"group-{group.key}",
                listed=True,
            ),
            self.p(long_date_in(workshop.held_on, language), "Date"),
            self.p(say("Thank you for taking part.", language)),
        ]
        strong = strengths(workshop, results)
        flow.append(self.heading(say("What you are good at", language)))
        if strong:
            flow.append(self.p(say("You told us you are good at these things.", language)))
            flow.append(self.points(strong))
        else:
            flow.append(
                self.p(say("We did not find something you are good at this time.", language))
            )
        wants = [easy(workshop, n.item_code) for n in results.needs[:SHOWN]]
        flow.append(self.heading(say("What you want to learn", language)))
        if wants:
            flow.append(self.p(say("You told us you want to learn these things.", language)))
            flow.append(self.points(wants))
        else:
            flow.append(
                self.p(say("You did not tell us about something you want to learn.", language))
            )
        flow.append(self.heading(say("What happens next", language)))
        agreed = [
            a.what for a in workshop.actions if not a.done and a.group_key in (None, group.key)
        ][:SHOWN]
        if agreed:
            flow.append(self.p(say("We agreed to do these things.", language)))
            flow.append(self.points(agreed))
        flow.append(self.p(say("We will use what you told us to plan training.", language)))
        flow.append(self.p(say("We will tell you about the next meeting.", language)))
        return [KeepTogether(flow), PageBreak()]

    def p(self, text: str, style: str = "Text") -> Paragraph:
        return Paragraph(esc(text), self.styles[style])

    def heading(self, text: str) -> Paragraph:
        return self.p(text, "Heading")

    def points(self, texts: list[str]) -> Flowable:
        return ListFlowable(
            [self.p(t, "Point") for t in texts],
            bulletType="bullet",
            start="•",
            bulletFontName=REGULAR,
            bulletFontSize=TEXT_SIZE,
            leftIndent=8 * mm,
        )


def easy(workshop: Workshop, code: str) -> str:
    """The item in Easy Read words (its statement when the framework has none)."""
    item = workshop.framework.item(code)
    return item.easy_read or item.text


def strengths(workshop: Workshop, results: GroupResults) -> list[str]:
    """What the group is good at: its items at the scale's top levels, highest first, then in
    the framework's order; at most ``SHOWN``."""
    strong = strong_from(workshop.framework.scale)
    rated = [
        (level, i, item.code)
        for i, item in enumerate(items_in_scope(workshop))
        if (level := assessed_level(results.group.ratings.get(item.code))) is not None
        and level >= strong
    ]
    rated.sort(key=lambda x: (-x[0], x[1]))
    return [easy(workshop, code) for _level, _i, code in rated[:SHOWN]]
