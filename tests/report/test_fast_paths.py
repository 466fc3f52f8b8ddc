"""The report's shortcuts around reportlab's slow steps give exactly reportlab's own answers:
fragments without the markup parser, cell styles preset, subset codes by str.translate. Each is compared with reportlab
doing the same work the ordinary way."""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from coprod_desktop.report.fonts import TrueTypeFont
from coprod_desktop.report.fragments import FragmentMaker, parse
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
