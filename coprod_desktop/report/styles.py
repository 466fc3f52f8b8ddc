"""The report's named stylesheet, table styles and colours: one place for the look.

Everything prints in greyscale: emphasis is by weight, rules and shading, never colour alone.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle
from reportlab.platypus.tables import CellStyle

from coprod_desktop.report.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f5f5f")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eeeeee")
HEADER_SHADE = colors.HexColor("#d9d9d9")
ACCENT = colors.HexColor("#08519c")

MARGIN = 16 * mm
HEADER_GAP = 10 * mm
BODY_SIZE = 9.5
CELL_SIZE = 8.5


def stylesheet() -> StyleSheet1:
    """The named paragraph styles used by every section of the report and the blank form."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.3,
        textColor=INK,
        splitLongWords=0,  # a word too long for its column overflows; it is never cut in two
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("BodySpaced", parent=base, spaceAfter=5))
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10, textColor=MUTED))
    sheet.add(ParagraphStyle("Note", parent=base, fontSize=8, leading=9.8, spaceAfter=2.5))
    sheet.add(
        ParagraphStyle(
            "CoverTitle", parent=base, fontName=BOLD, fontSize=24, leading=30, spaceAfter=8
        )
    )
    sheet.add(
        ParagraphStyle(
            "CoverSubtitle", parent=base, fontSize=13, leading=17, textColor=MUTED, spaceAfter=18
        )
    )
    sheet.add(
        ParagraphStyle("Title", parent=base, fontName=BOLD, fontSize=19, leading=23, spaceAfter=2)
    )
    sheet.add(ParagraphStyle("Subtitle", parent=base, fontSize=11, leading=14, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "H1",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            # Room above a section's heading mid-page, after a table as after text (a page's
            # first heading drops it).
            spaceBefore=12,
            spaceAfter=6,
            keepWithNext=0,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H2",
            parent=base,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=0,
        )
    )
    sheet.add(
        ParagraphStyle(
            "H3",
            parent=base,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=0,
        )
    )
    sheet.add(ParagraphStyle("Lead", parent=base, textColor=MUTED, spaceAfter=6))
    sheet.add(
        ParagraphStyle(
            "Quote",
            parent=base,
            fontName=ITALIC,
            leftIndent=8,
            spaceBefore=2,
            spaceAfter=6,
        )
    )
    cell = ParagraphStyle("Cell", parent=base, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25)
    sheet.add(cell)
    sheet.add(ParagraphStyle("CellBold", parent=cell, fontName=BOLD))
    sheet.add(ParagraphStyle("CellSmall", parent=cell, fontSize=7.5, leading=9))
    sheet.add(ParagraphStyle("CellMuted", parent=cell, textColor=MUTED, fontSize=7.5, leading=9.5))
    sheet.add(ParagraphStyle("CellNumber", parent=cell, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("CellNumberBold", parent=cell, alignment=TA_CENTER, fontName=BOLD))
    sheet.add(ParagraphStyle("CellHead", parent=cell, fontName=BOLD))
    sheet.add(ParagraphStyle("CellHeadCentre", parent=cell, fontName=BOLD, alignment=TA_CENTER))
    sheet.add(ParagraphStyle("Bullet", parent=cell, leftIndent=7, bulletIndent=0))
    sheet.add(ParagraphStyle("TocEntry", parent=base, fontSize=10.5, leading=15))
    sheet.add(ParagraphStyle("Right", parent=base, alignment=TA_RIGHT))
    return sheet


class CellDefaults(CellStyle):
    """What every cell of a report table starts with: the same as the whole-table commands
    of ``table_style``, given to a table's cells at once (``cell_styles``) instead of being
    applied cell by cell, command by command (a few percent of the report's build)."""

    fontname = REGULAR  # else an empty Helvetica text object
    fontsize = CELL_SIZE
    leading = CELL_SIZE * 1.25
    color = INK
    valign = "TOP"
    leftPadding = 3  # noqa: N815  (reportlab's name)
    rightPadding = 3  # noqa: N815  (reportlab's name)
    topPadding = 2  # noqa: N815  (reportlab's name)
    bottomPadding = 3  # noqa: N815  (reportlab's name)


def cell_styles(rows: int, columns: int) -> list[list[CellStyle]]:
    """Cell styles for a table of ``rows`` × ``columns``, starting from ``CellDefaults``
    (pass as ``Table(cellStyles=...)`` with ``table_style(cells_preset=True)``)."""
    return [[CellDefaults(repr((i, j))) for j in range(columns)] for i in range(rows)]


def table_style(
    *, header_rows: int = 1, zebra: bool = True, cells_preset: bool = False
) -> TableStyle:
    """Ruled table: shaded bold header, light zebra rows, thin rules; splits cleanly.

    ``cells_preset``: the table's cells already start from ``CellDefaults``.
    """
    cells: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), CellDefaults.fontname),
        ("FONTSIZE", (0, 0), (-1, -1), CellDefaults.fontsize),
        ("LEADING", (0, 0), (-1, -1), CellDefaults.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), CellDefaults.color),
        ("VALIGN", (0, 0), (-1, -1), CellDefaults.valign),
        ("LEFTPADDING", (0, 0), (-1, -1), CellDefaults.leftPadding),
        ("RIGHTPADDING", (0, 0), (-1, -1), CellDefaults.rightPadding),
        ("TOPPADDING", (0, 0), (-1, -1), CellDefaults.topPadding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CellDefaults.bottomPadding),
    ]
    commands: list[Any] = [] if cells_preset else cells
    commands += [
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_SHADE),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]))
    return TableStyle(commands)
