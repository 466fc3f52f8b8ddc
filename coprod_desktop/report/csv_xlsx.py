"""The data export as CSV (UTF-8 with BOM, for Excel) or XLSX (typed cells, one sheet a table).

Text that a spreadsheet could take for a formula (starting with = + - @, tab, CR or LF) is
neutralised with a leading apostrophe, as OWASP advises; numbers stay numbers. In XLSX, the
few characters XML cannot carry (U+FFFE, U+FFFF, and any control or lone surrogate that got
past the text rules) become U+FFFD: written as they are, they make a file Excel cannot open.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from coprod_desktop.report.data_rows import Table, Value

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_COLUMN_WIDTH = 60
# Everything outside XML 1.0's Char production.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def neutralise(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: never read as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_value(value: Value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return neutralise(value)
    return value


def to_csv(tables: Sequence[Table]) -> bytes:
    """One file: each table has its own header row, the tables are separated by an empty row.

    The first column of every row names its table (ratings, stage_placements, actions,
    parking_lot), so a script can split the file and a person can read it.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for n, table in enumerate(tables):
        if n:
            writer.writerow([])
        writer.writerow(["record", *table.columns])
        for row in table.rows:
            writer.writerow([table.name, *(_csv_value(v) for v in row)])
    return out.getvalue().encode("utf-8-sig")


def _xlsx_value(value: Value) -> Value:
    if not isinstance(value, str):
        return value
    return _NOT_XML.sub("\ufffd", neutralise(value))


def to_xlsx(tables: Sequence[Table]) -> bytes:
    """One sheet per table, header row in bold and frozen; numbers and yes/no typed."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(table.name)
        sheet.append(list(table.columns))
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append([_xlsx_value(v) for v in row])
        for cells in sheet.iter_cols(min_row=1, max_row=sheet.max_row):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text
            longest = max(len(str(c.value)) if c.value is not None else 0 for c in cells)
            letter = cells[0].column_letter
            sheet.column_dimensions[letter].width = min(MAX_COLUMN_WIDTH, longest + 2)
        sheet.freeze_panes = "A2"
    book.properties.creator = "CoProd Desktop"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
