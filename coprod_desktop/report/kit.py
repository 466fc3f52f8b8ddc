"""Building blocks shared by the report's sections: escaped paragraphs, headings, tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from coprod_desktop.charts.primitives import Chart
from coprod_desktop.domain.framework import ActivityKind, Area, Item, Stage
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.chart_flowable import ChartFlowable, PagedChart, RowsChart
from coprod_desktop.report.document import Contents, Heading
from coprod_desktop.report.fonts import REGULAR
from coprod_desktop.report.fragments import FragmentMaker
from coprod_desktop.report.markup import esc
from coprod_desktop.report.styles import cell_styles, table_style
from coprod_desktop.wording.catalogue import translate
from coprod_desktop.wording.dates import long_date
from coprod_desktop.wording.names import activity_name

Cell = str | int | float | None | Flowable | list[Flowable]


class CellParagraph(Paragraph):
    """A paragraph that remembers its line breaks for a width: a table wraps each cell
    several times (measure, split, draw) and line breaking is the costliest step."""

    _wrapped_for: tuple[float, float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        known = self._wrapped_for
        # A split that finds no room drops the lines (``del blPara``): then wrap again.
        if known is not None and known[0] == available_width and "blPara" in self.__dict__:
            return known[1], known[2]
        width, height = super().wrap(available_width, available_height)
        self._wrapped_for = (available_width, width, height)
        return width, height


HEADING_STYLES = ("H1", "H2", "H3")
#: A heading needs this much room under it (points), or it starts the next page.
ROOM_BELOW_HEADING = 56.0
#: Centred cells up to this many characters are drawn as plain strings.
SHORT_CELL = 12
#: A cell with this much text (a statement or note of thousands of characters, 24 long group
#: names) may make its row taller than a page, so its table may split inside a row.
LONG_CELL = 800


def say(english: str, language: str) -> str:
    """``english`` in ``language``: the report's words are context ``Report`` of the one
    catalogue (``resources/translations/<code>.ts``; ``python3 dev.py translations`` finds each
    ``say("…")`` in ``report/``). ``{0}``, ``{1}`` … are filled in afterwards."""
    return translate(language, "Report", english)


def long_date_in(day: dt.date | None, language: str) -> str:
    """``day`` written out in ``language``, e.g. "12 November 2026"."""
    return long_date(day, language) if day is not None else say("no date set", language)


def short_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else "–"


class Kit:
    """Makes flowables for one workshop's document; every user string goes through ``esc``."""

    def __init__(
        self, workshop: Workshop, sheet: StyleSheet1, width: float, contents: Contents
    ) -> None:
        self.workshop = workshop
        self.framework = workshop.framework
        self.sheet = sheet
        self.width = width
        self.contents = contents
        self._keys = 0
        self._fragments = FragmentMaker()

    @property
    def language(self) -> str:
        """The workshop's language (its framework's): the report speaks it throughout."""
        return self.framework.language

    def say(self, english: str) -> str:
        """``english`` in the workshop's language (see :func:`say`)."""
        return say(english, self.language)

    def long_date(self, day: dt.date | None) -> str:
        """``day`` written out in the workshop's language, e.g. "12 November 2026"."""
        return long_date_in(day, self.framework.language)

    def p(self, text: str, style: str = "Body") -> Flowable:
        """A paragraph printing ``text`` exactly as typed."""
        return self.m(esc(text), style)

    def m(self, markup: str, style: str = "Body") -> Flowable:
        """A paragraph from markup the caller built (user parts already escaped)."""
        sheet_style = self.sheet[style]
        return CellParagraph(markup, sheet_style, frags=self._fragments.frags(markup, sheet_style))

    def heading(
        self,
        text: str,
        level: int = 0,
        *,
        listed: bool | None = None,
        room_below: float = ROOM_BELOW_HEADING,
    ) -> Flowable:
        """A heading; level 0 is listed in the contents, every level is in the PDF outline."""
        self._keys += 1
        listed = level == 0 if listed is None else listed
        return Heading(
            esc(text),
            self.sheet[HEADING_STYLES[min(level, 2)]],
            title=text,
            level=level,
            key=f"section-{self._keys}",
            listed=listed,
            room_below=room_below,
        )

    def cell(self, value: Cell, style: str = "Cell") -> Flowable | list[Flowable] | str:
        """A table cell: numbers and short centred values stay plain strings (drawn as is,
        no markup, no wrapping: cheap); text becomes a wrapping, escaped paragraph."""
        if isinstance(value, Flowable | list):
            return value
        if value is None:
            return "–"
        if isinstance(value, int | float):
            return str(value)
        if style == "CellNumber" and "\n" not in value and len(value) <= SHORT_CELL:
            return value
        return self.p(value, style)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        centred: Sequence[int] = (),
        zebra: bool = True,
        small: bool = False,
    ) -> Flowable:
        """A table across the full width (``widths`` are shares); header repeats on each page."""
        return self.table_of(header, rows, widths, centred=centred, zebra=zebra, small=small)

    def table_of(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        centred: Sequence[int] = (),
        zebra: bool = True,
        small: bool = False,
    ) -> Table:
        """A table across the full width (``widths`` are shares); header repeats on each page."""
        # Column headings recur in table after table (and on each page a table runs to).
        text = "CellSmall" if small else "Cell"  # the appendix's long tables print smaller
        head = [
            self.m(esc(h), "CellHeadCentre" if i in centred else "CellHead")
            for i, h in enumerate(header)
        ]
        body = [
            [
                self.cell(v, "CellNumber" if i in centred and isinstance(v, str) else text)
                for i, v in enumerate(row)
            ]
            for row in rows
        ]
        total = sum(widths)
        table = Table(
            [head, *body],
            colWidths=[self.width * w / total for w in widths],
            cellStyles=cell_styles(1 + len(body), len(widths)),
            repeatRows=1,
            splitByRow=1,
            # A row taller than a page cannot move to the next page; only tables holding such
            # long text may split inside a row, so others keep their rows whole.
            splitInRow=int(any(_is_long(v) for row in rows for v in row)),
            hAlign="LEFT",
            # Measure only the rows that fill the page, not every row each time it splits.
            longTableOptimize=1,
        )
        style = table_style(zebra=zebra, cells_preset=True)
        for column in centred:
            style.add("ALIGN", (column, 1), (column, -1), "CENTER")
        table.setStyle(style)
        return table

    def chart(self, chart: Chart, share: float = 1.0) -> Flowable:
        """A chart ``share`` of the text width wide (``chart.description`` says what it shows)."""
        return ChartFlowable(chart, self.width * share)

    def charts(
        self, *charts: Chart, share: float = 1.0, beside: Sequence[Flowable] = ()
    ) -> Flowable:
        """Charts side by side, sharing ``share`` of the text width; ``beside`` fills the rest
        of the width to their right (text that would otherwise take lines of its own), or
        follows them when it would be taller than they are."""
        gutter = 6 * mm
        each = (self.width * share - gutter * (len(charts) - 1)) / len(charts)
        drawn = [ChartFlowable(c, each) for c in charts]
        cells: list[Flowable | list[Flowable]] = list(drawn)
        widths = [each + gutter] * len(charts)
        rest = self.width - sum(widths)
        tall = max(d.height for d in drawn)
        if beside and sum(b.wrap(rest, tall)[1] for b in beside) > tall:
            return KeepTogether([self.charts(*charts, share=share), *beside])
        if beside:
            cells.append(list(beside))
            widths.append(rest)
        else:
            widths[-1] = each
        row = Table([cells], colWidths=widths, hAlign="LEFT")
        row.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return row

    def paged_chart(self, make: RowsChart, rows: int, share: float = 1.0) -> Flowable:
        """A chart of ``rows`` rows (a heat map) that runs on over pages as far as it needs."""
        return PagedChart(make, rows, self.width * share)

    def bullets(self, texts: Sequence[str], style: str = "Cell") -> Flowable:
        """A bulleted list of plain texts."""
        return ListFlowable(
            [self.p(t, style) for t in texts],
            bulletType="bullet",
            start="•",
            bulletFontName=REGULAR,
            leftIndent=10,
        )

    def space(self, height_mm: float = 3) -> Flowable:
        return Spacer(1, height_mm * mm)

    def new_page(self) -> Flowable:
        return PageBreak()

    def together(self, blocks: list[Flowable]) -> Flowable:
        """Blocks kept on one page when they fit on one."""
        return KeepTogether(blocks)

    def stage(self, stage: Stage | None, empty: str | None = None) -> str:
        """The stage's title, or ``empty`` (already worded) when there is none."""
        if stage is not None:
            return self.framework.stage_text(stage).title
        return empty if empty is not None else self.say("not placed")

    def activity(self, kind: ActivityKind) -> str:
        return activity_name(kind, self.language)

    def area(self, area: Area) -> str:
        return self.framework.area_text(area).title

    def item(self, code: str) -> Item:
        return self.framework.item(code)

    def item_cell(self, code: str, extra: str = "", style: str = "Cell") -> Flowable:
        """Item code in bold, then its statement; ``extra`` is trusted markup to add below."""
        item = self.item(code)
        markup = f"<b>{esc(item.code)}</b> {esc(item.text)}"
        if extra:
            markup += f"<br/>{extra}"
        return self.m(markup, style)

    def group_name(self, key: str | None) -> str:
        return self.workshop.group(key).name if key is not None else self.say("Whole workshop")


def _is_long(value: object) -> bool:
    """Whether a cell holds text long enough to make its row taller than a page."""
    return _length(value) > LONG_CELL


def _length(value: object) -> int:
    """The characters of text in a cell (a list of paragraphs: all of theirs)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Paragraph):
        return len(value.getPlainText())
    return sum(_length(v) for v in value) if isinstance(value, list) else 0
