"""The same report as one accessible HTML file: every section of ``report/story.py`` run with a
kit that writes HTML instead of PDF, so the two never differ in content.

Real headings (the workshop's title is the ``h1``, sections ``h2``, their parts ``h3``), tables
with header cells (``th scope="col"`` over each column, ``th scope="row"`` for each row's
first cell), every chart an inline SVG image titled and described by its text alternative
(``Chart.description``), the document's language and title set. One file, no scripts, no
external files: it opens offline and a screen reader reads it in order.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from reportlab.platypus import Flowable

from coprod_desktop.charts.primitives import Chart
from coprod_desktop.charts.svg import chart_svg
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.chart_flowable import RowsChart
from coprod_desktop.report.document import Contents
from coprod_desktop.report.kit import Cell, Kit
from coprod_desktop.report.markup import esc
from coprod_desktop.report.pdf import REPORT_NAME
from coprod_desktop.report.sections.data import ReportData
from coprod_desktop.report.story import story
from coprod_desktop.report.styles import stylesheet

#: Paragraph styles that are headings or notes in HTML.
_CLASSES = {"Small": "note", "Lead": "lead", "Quote": "quote", "Subtitle": "subtitle"}
STYLE = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; line-height: 1.45; color: #1a1a1a;
       max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.45rem; margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.4rem; } h4 { font-size: 1rem; }
.subtitle, .lead, .note { color: #4a4a4a; } .note { font-size: 0.9rem; }
.quote { margin-left: 1rem; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem;
         border-bottom: 1px solid #9a9a9a; }
thead th { background: #d9d9d9; border-bottom: 2px solid #1a1a1a; }
tbody th { font-weight: normal; }
figure { margin: 0.6rem 0; } svg.chart { width: 100%; height: auto; max-width: 50rem; }
figcaption { font-size: 0.9rem; color: #4a4a4a; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; } .charts figure { flex: 1 1 18rem; }
"""


class Html(Flowable):
    """A block of HTML standing where a flowable would (the sections only pass blocks on)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.html = html


def html_of(blocks: Sequence[Flowable]) -> str:
    return "".join(b.html for b in blocks if isinstance(b, Html))


class HtmlKit(Kit):
    """The report's kit, writing HTML: the same words, tables and charts as the PDF's."""

    def __init__(self, workshop: Workshop) -> None:
        super().__init__(workshop, stylesheet(), 500.0, Contents())
        self._charts = itertools.count(1)

    def m(self, markup: str, style: str = "Body") -> Flowable:
        if style == "Title":
            return Html(f"<h1>{markup}</h1>")
        css = _CLASSES.get(style)
        return Html(f'<p class="{css}">{markup}</p>' if css else f"<p>{markup}</p>")

    def heading(
        self, text: str, level: int = 0, *, listed: bool | None = None, room_below: float = 0.0
    ) -> Flowable:
        tag = f"h{min(level, 2) + 2}"
        return Html(f"<{tag}>{esc(text)}</{tag}>")

    def item_cell(self, code: str, extra: str = "", style: str = "Cell") -> Flowable:
        item = self.item(code)
        markup = f"<b>{esc(item.code)}</b> {esc(item.text)}"
        return Html(markup + (f"<br>{extra}" if extra else ""))

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
        head = "".join(f'<th scope="col">{esc(h)}</th>' for h in header)
        body = "".join(
            "<tr>"
            + "".join(
                f'<th scope="row">{_cell(v)}</th>' if i == 0 else f"<td>{_cell(v)}</td>"
                for i, v in enumerate(row)
            )
            + "</tr>"
            for row in rows
        )
        return Html(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")

    def chart(self, chart: Chart, share: float = 1.0) -> Flowable:
        return Html(_figure(chart, f"chart-{next(self._charts)}"))

    def charts(
        self, *charts: Chart, share: float = 1.0, beside: Sequence[Flowable] = ()
    ) -> Flowable:
        figures = "".join(_figure(c, f"chart-{next(self._charts)}") for c in charts)
        return Html(f'<div class="charts">{figures}</div>{html_of(beside)}')

    def paged_chart(self, make: RowsChart, rows: int, share: float = 1.0) -> Flowable:
        return self.chart(make(0, rows))  # a web page has no pages: the whole chart

    def bullets(self, texts: Sequence[str], style: str = "Cell") -> Flowable:
        return Html("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in texts) + "</ul>")

    def space(self, height_mm: float = 3) -> Flowable:
        return Html("")

    def new_page(self) -> Flowable:
        return Html("")

    def together(self, blocks: list[Flowable]) -> Flowable:
        return Html(html_of(blocks))


def _cell(value: Cell) -> str:
    if isinstance(value, Html):
        return value.html
    if isinstance(value, list):
        return html_of(value)
    if value is None:
        return "–"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return esc(value)
    return ""


def _figure(chart: Chart, key: str) -> str:
    # The SVG carries its own title and description; the caption shows the description too.
    return (
        f"<figure>{chart_svg(chart, key)}<figcaption>{esc(chart.description)}</figcaption></figure>"
    )


def html_report(workshop: Workshop, baseline: Workshop | None = None) -> bytes:
    """The report for ``workshop`` as one HTML file (UTF-8 bytes). Private notes are never read."""
    kit = HtmlKit(workshop)
    blocks = story(kit, ReportData(analyse(workshop, baseline), baseline))
    language = workshop.framework.language.replace("_", "-")
    title = f"{workshop.title}: {kit.say(REPORT_NAME)}"
    page = (
        f'<!DOCTYPE html>\n<html lang="{esc(language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"{html_of(blocks)}\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")
