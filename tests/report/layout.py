"""Where text sits on a PDF's pages, read back with pypdf: each run of text with its page,
height on the page, font and size, so a test can tell headings from body text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.report.helpers import reader


@dataclass(frozen=True)
class Run:
    page: int
    x: float
    y: float
    text: str
    bold: bool
    size: float


def runs(data: bytes) -> list[Run]:
    """Every non-blank run of text, page by page, in drawing order."""
    found: list[Run] = []
    for number, page in enumerate(reader(data).pages, start=1):
        page.extract_text(visitor_text=_Visitor(number, found))
    return found


@dataclass
class _Visitor:
    """pypdf's text visitor: notes each run of one page into ``found``."""

    page: int
    found: list[Run]

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip() or font is None:
            return
        scale = abs(tm[3] * cm[3]) or 1.0
        name = str(font.get("/BaseFont", ""))
        x = tm[4] * cm[0] + cm[4]
        y = tm[5] * cm[3] + cm[5]
        self.found.append(Run(self.page, x, y, text.strip(), "Bold" in name, size * scale))
