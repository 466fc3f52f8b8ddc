"""DejaVu Sans from resources/fonts, registered once and embedded (subset) in every PDF."""

from __future__ import annotations

import weakref
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coprod_desktop.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


#: Widths remembered per face; forgotten past this many strings, to bound the memory.
WIDTH_MEMORY = 50_000


class TrueTypeFont(TTFont):
    """A TrueType face that remembers the width of each string it has measured.

    Line breaking measures every word of every paragraph, and a table measures each cell
    again when it splits and when it draws; a report repeats the same words (item texts,
    headings, numbers) thousands of times. reportlab without its C accelerator sums the
    glyph widths in Python each time, the largest single cost in laying out the report.
    """

    def __init__(self, name: str, filename: str, **kwargs: Any) -> None:
        super().__init__(name, filename, **kwargs)
        self._unit_widths: dict[str, float] = {}  # text: width in font units
        # Per document: the characters already given a code in the first subset, and a
        # str.translate table from each to its code.
        self._first_subset: weakref.WeakKeyDictionary[Any, tuple[set[str], dict[int, str]]] = (
            weakref.WeakKeyDictionary()
        )

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode(encoding or "utf8")
        known = self._unit_widths.get(text)
        if known is None:
            if len(self._unit_widths) >= WIDTH_MEMORY:
                self._unit_widths.clear()
            get, default = self.face.charWidths.get, self.face.defaultWidth
            known = self._unit_widths[text] = sum(get(ord(c), default) for c in text)
        return 0.001 * size * known  # as reportlab computes it, to the last bit

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[Any]:  # noqa: N802
        """reportlab's answer (each run of text as (subset, codes)), found with one
        ``str.translate`` when every character already has a code in the first subset.

        reportlab looks each character up in Python for every piece of text it draws; once a
        page or two is drawn, nearly every character of a report has its code.
        """
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        known = self._first_subset.get(doc)
        if text and known is not None and known[0].issuperset(text):
            return [(0, text.translate(known[1]).encode("latin-1"))]
        result: list[Any] = super().splitString(text, doc, encoding)
        if known is None:
            known = self._first_subset[doc] = (set(), {})
        chars, table = known
        assignments = self.state[doc].assignments  # type: ignore[attr-defined]  # not in stubs
        for char in set(text) - chars:
            code = assignments.get(32 if char == "\xa0" else ord(char))  # nbsp prints as space
            if code is not None and code < 256:
                chars.add(char)
                table[ord(char)] = chr(code)
        return result


def register_fonts() -> None:
    """Register the family with reportlab (idempotent): <b> and <i> map to its faces."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TrueTypeFont(name, str(resource("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
