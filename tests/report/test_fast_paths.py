"""The report's shortcuts around reportlab's slow steps give exactly reportlab's own answers:
fragments without the markup parser, shared line breaks and drawings, subset codes by
str.translate, cell styles preset, strings drawn from memory, the Python ``sameFrag``. Each is
compared with reportlab doing the same work the ordinary way. And the process-wide settings
changed during a build (cycle collector, reportlab's) are always put back."""

from __future__ import annotations

import gc
import io
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus import paragraph as reportlab_paragraph

from coprod_desktop.report.document import (
    YOUNG_OBJECTS_BETWEEN_COLLECTIONS,
    StringMemoCanvas,
    collector_relaxed,
    reportlab_tuned,
    same_frag,
)
from coprod_desktop.report.fonts import BOLD, REGULAR, TrueTypeFont
from coprod_desktop.report.fragments import FragmentMaker, SharedLineBreaks, parse
from coprod_desktop.report.kit import CellParagraph
from coprod_desktop.report.markup import esc
from coprod_desktop.report.styles import cell_styles, stylesheet, table_style
from coprod_desktop.resources import resource

TEXTS = [
    "Plain words in a row",
    "  leading,   inner   and trailing  spaces  ",
    "Tŷ Newydd ŵ ŷ · Łódź ł · Ωμέγα Ω · Жизнь Ж",
    '<b>R&D</b> <img src="x"> & "quotes" \'too\'',
    "first line\nsecond line",
    "\nstarts with a break\n\nand has an empty line\n",
    "a \n b",
    "",
    "   ",
    "\n",
    "no\u00a0break\u00a0spaces",
]
MARKUP = [
    "<b>K1</b> The group knows what co-production is",
    "<b>Workshop:</b> Try it &amp; see",
    "<b>K1</b> An item<br/><i>Split view: less certain</i>",
    "one<br/>two &lt;three&gt;",
    "x<br />y",
]


def _state(frags: list[Any]) -> list[dict[str, Any]]:
    return [dict(vars(f)) for f in frags]


@pytest.mark.parametrize("style_name", ["Body", "Cell", "CellHead", "Quote", "Small"])
def test_fragments_are_the_parsers_own(style_name: str) -> None:
    style = stylesheet()[style_name]
    maker = FragmentMaker()
    for markup in [esc(t) for t in TEXTS] + MARKUP:
        for _ in range(2):  # the second time from memory
            made = maker.frags(markup, style)
            assert _state(made) == _state(parse(markup, style)), markup
            assert _state(made) == _state(Paragraph(markup, style).frags), markup


def test_fragments_are_never_shared_between_paragraphs() -> None:
    style = stylesheet()["Cell"]
    maker = FragmentMaker()
    for markup in (esc("plain"), MARKUP[0]):
        first, second = maker.frags(markup, style), maker.frags(markup, style)
        for a, b in zip(first, second, strict=True):
            assert a is not b
            assert a.link is not b.link
            assert a.us_lines is not b.us_lines


def _table_pdf(rows: list[list[Any]], **table: Any) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, invariant=True)
    body = Table(rows, colWidths=[200, 150], repeatRows=1, **table)
    body.setStyle(table.pop("style", None) or table_style())
    doc.build([body])
    return out.getvalue()


def _item_rows(shared: bool) -> list[list[Any]]:
    """A long table (several pages) repeating the same few mixed-font cells."""
    sheet = stylesheet()
    maker = FragmentMaker()
    lines = SharedLineBreaks()
    rows: list[list[Any]] = [["Item", "Note"]]
    for n in range(160):
        markup = MARKUP[n % 3] + (" and a longer tail of words" * (n % 4))
        cells = []
        for width_share in (0, 1):
            style = sheet["Cell"]
            paragraph = CellParagraph(markup, style, frags=maker.frags(markup, style))
            if shared:
                paragraph.shared_lines = lines
                paragraph.markup = markup
            cells.append(paragraph if width_share == 0 else [paragraph])
        rows.append(cells)
    return rows


def test_shared_line_breaks_print_exactly_what_each_copy_would() -> None:
    shared = _table_pdf(_item_rows(shared=True))
    alone = _table_pdf(_item_rows(shared=False))
    assert shared.count(b"/Type /Page\n") > 3  # the table splits over pages
    assert shared == alone


def _mixed_rows(shared: bool) -> list[list[Any]]:
    """Shared paragraphs (mixed fonts, and plain headings) in rows of other colours and
    fonts, so the canvas starts each copy in a different text state; one with a link."""
    sheet = stylesheet()
    maker = FragmentMaker()
    lines = SharedLineBreaks()

    # A standard (not embedded) font is chosen inside a text object only when it is not the
    # canvas's font already: the text state the canvas is in matters for those.
    sheet.add(ParagraphStyle("Standard", parent=sheet["Cell"], fontName="Helvetica"))

    def cell(markup: str, style_name: str) -> CellParagraph:
        style = sheet[style_name]
        paragraph = CellParagraph(markup, style, frags=maker.frags(markup, style))
        if shared:
            paragraph.shared_lines = lines
            paragraph.markup = markup
        return paragraph

    texts = [*MARKUP, esc("Needed"), '<u>under</u> <a href="https://example.org">a link</a>']
    rows: list[list[Any]] = [[cell(esc("Item"), "CellHead"), cell(esc("Note"), "CellHeadCentre")]]
    for n in range(150):
        markup = texts[n % len(texts)]
        second = cell(markup, "CellHeadCentre" if n % 2 else "Cell")
        rows.append([cell(markup, "Standard" if n % 3 else "Cell"), second])
    return rows


def _mixed_style() -> Any:
    style = table_style()
    style.add("TEXTCOLOR", (0, 1), (-1, 40), colors.red)
    style.add("FONTNAME", (0, 30), (-1, 80), "Helvetica")
    style.add("FONTNAME", (0, 81), (-1, 100), BOLD)
    style.add("FONTSIZE", (0, 60), (-1, 100), 11)
    style.add("LEADING", (0, 90), (-1, 120), 15)
    return style


def test_shared_drawings_print_exactly_what_each_copy_would() -> None:
    shared = _table_pdf(_mixed_rows(shared=True), style=_mixed_style())
    alone = _table_pdf(_mixed_rows(shared=False), style=_mixed_style())
    assert shared.count(b"/Type /Page\n") > 3  # the header is drawn again on each page
    assert shared.count(b"/URI") == alone.count(b"/URI") > 10  # links are never replayed
    assert shared == alone


def _strings_pdf(canvas_class: type[Canvas]) -> bytes:
    stylesheet()  # registers the fonts
    out = io.BytesIO()
    canvas = canvas_class(out, pagesize=A4, invariant=True)
    texts = ["3", "–", "−2", "(a) \\ b)", "Tŷ Newydd ŵ ŷ Łódź Ωμέγα Жизнь", "", " x ", "3"]
    for page in range(2):
        y = 800.0
        for n, (font, size, leading) in enumerate(
            [(REGULAR, 8.5, 10.625), (BOLD, 8.5, 10.625), (REGULAR, 11, None), ("Helvetica", 9, 11)]
        ):
            canvas.setFont(font, size, leading)
            for text in texts:
                x = 50.0 + 13.37 * n + page / 3
                canvas.drawString(x, y, text)
                canvas.drawCentredString(x + 200, y, text)
                canvas.drawRightString(x + 400, y, text)
                canvas.drawCentredString(x, y - 5, text, charSpace=1.5)  # the ordinary way
                canvas.drawString(x, y - 9, text, mode=1)
                y -= 17.3
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_strings_from_memory_are_reportlabs_own_operators() -> None:
    assert _strings_pdf(StringMemoCanvas) == _strings_pdf(Canvas)


def _in_use() -> Any:
    """The ``sameFrag`` reportlab's line breaker calls now."""
    return vars(reportlab_paragraph)["sameFrag"]


def test_same_frag_answers_as_reportlabs() -> None:
    sheet = stylesheet()
    frags = [f for m in MARKUP for f in Paragraph(m, sheet["Cell"]).frags]
    frags += [f for m in MARKUP for f in Paragraph(m, sheet["CellHead"]).frags]
    frags += Paragraph(
        'a <a href="x">b</a> <u>c</u> <font color="red">d</font>', sheet["Cell"]
    ).frags
    for f in frags:
        for g in frags:
            assert bool(same_frag(f, g)) == bool(_in_use()(f, g))


def test_reportlab_is_tuned_only_while_a_document_is_made() -> None:
    before = (rl_config.useA85, _in_use())
    with reportlab_tuned():
        assert rl_config.useA85 == 0
        assert _in_use() is same_frag
        with reportlab_tuned():  # a build inside a build (or on another thread)
            pass
        assert _in_use() is same_frag
    assert (rl_config.useA85, _in_use()) == before
    with pytest.raises(RuntimeError), reportlab_tuned():
        raise RuntimeError("a failed build")
    assert (rl_config.useA85, _in_use()) == before


def test_preset_cell_styles_print_exactly_what_the_table_commands_would() -> None:
    sheet = stylesheet()
    rows: list[list[Any]] = [["Head", "Centred"]] + [[f"cell {n}", esc(str(n))] for n in range(120)]
    rows += [[Paragraph("a <b>bold</b> word", sheet["Cell"]), "x"]]
    commands = table_style()
    commands.add("ALIGN", (1, 1), (1, -1), "CENTER")
    preset = table_style(cells_preset=True)
    preset.add("ALIGN", (1, 1), (1, -1), "CENTER")
    ordinary = _table_pdf(rows, style=commands)
    fast = _table_pdf(rows, style=preset, cellStyles=cell_styles(len(rows), 2))
    assert fast == ordinary


def test_subset_codes_are_reportlabs_own() -> None:
    path = str(resource("fonts", "DejaVuSans.ttf"))
    ours, stock = TrueTypeFont("FastCheck", path), TTFont("StockCheck", path)
    texts: list[Any] = [
        "Hello, world",
        "Hello again",  # every character known: the fast path
        "no\u00a0break space",
        "Tŷ Newydd ŵ ŷ · Łódź ł · Ωμέγα Ω · Жизнь Ж",
        "\U0001f600 is not in the font",
        "",
        b"bytes too",
    ]
    # Past 256 characters a second subset starts: both must agree there too.
    texts += [
        "".join(chr(c) for c in range(start, start + 60)) for start in range(0x400, 0x600, 60)
    ]
    texts += texts  # and all again, now known
    doc_ours, doc_stock = PDFDocument(), PDFDocument()
    for text in texts:
        assert ours.splitString(text, doc_ours) == stock.splitString(text, doc_stock), text


def test_the_collector_is_relaxed_only_while_a_document_is_made() -> None:
    before = gc.get_threshold()
    with collector_relaxed():
        assert gc.get_threshold()[0] == max(before[0], YOUNG_OBJECTS_BETWEEN_COLLECTIONS)
        assert gc.get_threshold()[1:] == before[1:]
        with collector_relaxed():  # a build inside a build (or on another thread)
            pass
        assert gc.get_threshold()[0] == max(before[0], YOUNG_OBJECTS_BETWEEN_COLLECTIONS)
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), collector_relaxed():
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before
