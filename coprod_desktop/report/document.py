"""The page machinery: templates, header and footer, "Page X of Y" and bookmarks.

The document is laid out in one pass. Each page gets its header, footer and the bookmarks of
the headings on it as it ends; its "Page X of Y" is a form XObject the page refers to, defined
when the last page is done and the count is known (PDF allows a form to be defined after the
pages that use it; reportlab's public ``doForm``/``beginForm``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import PropertySet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from coprod_desktop.charts.text_fit import ELLIPSIS
from coprod_desktop.report import styles
from coprod_desktop.report.fonts import BOLD, REGULAR

CONTENTS_LINE = 17.0
FOOTER_SIZE = 8.0


@dataclass
class ContentsEntry:
    title: str
    level: int
    page: int
    key: str
    listed: bool


@dataclass
class Contents:
    """Headings as they land on pages: the PDF's outline (bookmarks)."""

    entries: list[ContentsEntry] = field(default_factory=list)

    def on_page(self, page: int) -> list[ContentsEntry]:
        return [e for e in self.entries if e.page == page]


class Heading(Paragraph):
    """A section heading; listed in the contents when ``listed``, always in the PDF outline.

    It moves to the next page unless ``room_below`` points fit under it, so it is never left
    alone at the foot of a page. (Cheaper than keepWithNext, which measures the whole next
    flowable, however many pages long.)
    """

    def __init__(
        self,
        markup: str,
        style: PropertySet,
        *,
        title: str,
        level: int,
        key: str,
        listed: bool,
        room_below: float = 0.0,
    ) -> None:
        super().__init__(markup, style)
        self.title = title
        self.level = level
        self.key = key
        self.listed = listed
        self.room_below = room_below

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = super().wrap(available_width, available_height)
        if height + self.room_below > available_height:
            return width, available_height + 1  # does not fit here: try the next page
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a heading is never split over two pages


@dataclass(frozen=True)
class Furniture:
    """What every page but the cover carries: running header and footer."""

    header_left: str
    header_right: str
    footer_left: str
    contents: Contents
    page_size: tuple[float, float]
    skip_first_page: bool = True
    #: "Page X of Y" in the document's language ({0} is the page, {1} the number of pages).
    page_words: str = "Page {0} of {1}"
    #: Bookmarks only: no running header or footer (a large-print sheet has no small print).
    plain: bool = False

    def draw(self, c: Canvas, page: int) -> None:
        """The furniture of ``page``, as it ends: its bookmarks, header and footer, and a
        reference to its "Page X of Y" (:meth:`number`), drawn once the count is known."""
        for entry in self.contents.on_page(page):
            c.bookmarkPage(entry.key)
            c.addOutlineEntry(entry.title, entry.key, entry.level, closed=entry.level > 0)
        if not self.numbered(page):
            return
        width, height = self.page_size
        m = styles.MARGIN
        c.saveState()
        c.setFillColor(styles.MUTED)
        c.setStrokeColor(styles.RULE)
        c.setLineWidth(0.5)
        room = (width - 2 * m) / 2 - 6
        c.setFont(REGULAR, FOOTER_SIZE)
        c.drawString(m, height - m + 8, fit(self.header_left, REGULAR, FOOTER_SIZE, room))
        c.drawRightString(
            width - m, height - m + 8, fit(self.header_right, REGULAR, FOOTER_SIZE, room)
        )
        c.line(m, height - m + 4, width - m, height - m + 4)
        c.line(m, m - 6, width - m, m - 6)
        c.drawString(m, m - 16, fit(self.footer_left, REGULAR, FOOTER_SIZE, room))
        c.restoreState()
        c.doForm(f"page-number-{page}")  # a PDF page may use a form defined later

    def numbered(self, page: int) -> bool:
        return not (self.plain or (self.skip_first_page and page == 1))

    def number(self, c: Canvas, page: int, total: int) -> None:
        """Define the form that says "Page X of Y" on ``page``."""
        width, _ = self.page_size
        c.beginForm(f"page-number-{page}")
        c.setFillColor(styles.MUTED)
        c.setFont(BOLD, FOOTER_SIZE)
        c.drawRightString(width - styles.MARGIN, styles.MARGIN - 16,
                          self.page_words.format(page, total))  # fmt: skip
        c.endForm()


@functools.lru_cache(maxsize=256)  # the same header and footer on every page
def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points; drawn as is, never parsed."""
    text = text.replace("\n", " ")
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


class FurnishedCanvas(Canvas):
    """Gives each page its furniture as it ends; "Page X of Y" is a form per page, defined at
    the end, once the page count is known."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages = 0

    def showPage(self) -> None:  # noqa: N802  (reportlab's name)
        self._pages += 1
        self._furniture.draw(self, self._pages)
        super().showPage()

    def save(self) -> None:
        for page in range(1, self._pages + 1):
            if self._furniture.numbered(page):
                self._furniture.number(self, page, self._pages)
        if self._furniture.contents.entries:
            self.showOutline()  # the bookmarks open beside the first page
        super().save()


class ReportDocument(BaseDocTemplate):
    """Portrait or landscape pages with margins for the header and footer; one frame each."""

    def __init__(
        self,
        output: Any,
        *,
        pagesize: tuple[float, float],
        title: str,
        contents: Contents,
        progress: Callable[[float], None] | None = None,
        language: str = "en",
    ) -> None:
        m = styles.MARGIN
        super().__init__(
            output,
            pagesize=pagesize,
            leftMargin=m,
            rightMargin=m,
            topMargin=m + 6,
            bottomMargin=m + 4,
            title=title,
            author="",
            creator="CoProd Desktop",
            producer="CoProd Desktop",
            invariant=True,
            lang=language.replace("_", "-"),
            displayDocTitle=1,  # a reader's window shows the title, not the file name
            initialFontName=REGULAR,
            initialFontSize=styles.BODY_SIZE,
        )
        self.contents = contents
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="body", frames=[frame])])
        if progress is not None:
            self.setProgressCallBack(_progress_adapter(progress))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802  (reportlab's name)
        if isinstance(flowable, Heading):
            entries = self.contents.entries
            # The PDF outline cannot skip a level (a level 2 right under a level 0).
            level = min(flowable.level, entries[-1].level + 1 if entries else 0)
            entries.append(
                ContentsEntry(flowable.title, level, self.page, flowable.key, flowable.listed)
            )

    def render(self, story: list[Flowable], furniture: Furniture) -> None:
        self.build(story, canvasmaker=functools.partial(FurnishedCanvas, furniture=furniture))


def _progress_adapter(report: Callable[[float], None]) -> Callable[[str, int], None]:
    size = 1
    done = 0.0

    def on_progress(kind: str, value: int) -> None:
        nonlocal size, done
        if kind == "SIZE_EST":
            size = max(1, value)
        elif kind == "PROGRESS" and value / size > done:  # a split flowable can step back
            done = min(1.0, value / size)
            report(done)
        elif kind == "FINISHED":
            report(1.0)

    return on_progress
