"""A group's summary: every item with now → needed and its status, in columns and pages so
that forty items stay readable."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt

from coprod_desktop.domain.audience import AudienceState, SummaryRow
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.ui.audience import words
from coprod_desktop.ui.audience.canvas import SLACK, Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import translate

CODE = Style(2.2, "muted", bold=True)
TEXT = Style(2.6, "text")
LEVELS = Style(2.9, "text", bold=True)
STATUS = Style(2.3, "text")
COLUMN_HEAD = Style(2.1, "muted", bold=True)

MAX_PAGES = 4
_STATUSES = tuple(RatingStatus)
_STATUS_ROLES = {RatingStatus.SPLIT: "split", RatingStatus.SKIPPED: "muted", None: "muted"}


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """With each item's words: one to four pages, in one column or (on a wide enough page)
    two. Without them (codes, levels and status, for the room to see the whole pattern):
    one to four columns, on one to four pages."""
    wide = width / height >= 1.2
    worded = [
        Variant(cols, pages)
        for pages in range(1, MAX_PAGES + 1)
        for cols in ((2, 1) if wide else (1,))
    ]
    bare = [
        Variant(cols, pages, detail=False)
        for pages in (1, 2, 3, 4)
        for cols in ((4, 3, 2, 1) if wide else (3, 2, 1))
    ]
    return worded + bare


def page_rows(rows: Sequence[SummaryRow], pages: int, page: int) -> Sequence[SummaryRow]:
    per_page = math.ceil(len(rows) / pages) if rows else 0
    return rows[page * per_page : (page + 1) * per_page]


def counts_text(rows: Sequence[SummaryRow]) -> str:
    """How many items are agreed, split, skipped and still to do, e.g. "32 ✓ agreed · …"."""
    counts = Counter(words.short_status_text(r.status) for r in rows)
    order = [words.short_status_text(s) for s in (*_STATUSES, None)]
    return "   ".join(f"{counts[k]} {k}" for k in order if counts[k])


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    columns, pages = variant.columns, variant.pages
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(
        translate("Audience", "Summary: {group}").format(group=words.group_heading(state)),
        HEADING,
        x,
        y,
        width,
    )
    y += c.text(counts_text(state.summary), META, x, y + c.px(0.4), width) + c.px(2.2)
    rows = page_rows(state.summary, pages, page)
    per_column = math.ceil(len(rows) / columns) if rows else 0
    gap = c.px(3.0)
    col_w = (width - gap * (columns - 1)) / columns
    for i in range(columns):
        chunk = rows[i * per_column : (i + 1) * per_column]
        _column(c, chunk, x + i * (col_w + gap), y, col_w, worded=variant.detail)


def _column(c: Canvas, rows: Sequence[SummaryRow], x: float, y: float, width: float, *,
            worded: bool) -> None:  # fmt: skip
    gap = c.px(1.2)
    code_w = max((c.natural_width(r.code, CODE) for r in rows), default=0.0) + gap
    now_needed = translate("Audience", "Now → needed")
    levels_w = max(c.natural_width(now_needed, COLUMN_HEAD),
                   c.natural_width("5 → 5", LEVELS)) + gap  # fmt: skip
    status_w = max(
        c.natural_width(words.short_status_text(None), STATUS),
        *(c.natural_width(words.short_status_text(s), STATUS) for s in _STATUSES),
    )
    text_w = width - code_w - levels_w - status_w - gap if worded else 0.0
    if code_w + levels_w + status_w + max(text_w, 0.0) > width + SLACK:
        c.overflow = True  # the columns would run into each other
    right = Qt.AlignmentFlag.AlignRight
    centre = Qt.AlignmentFlag.AlignHCenter
    head_h = c.text(now_needed, COLUMN_HEAD, x + code_w + text_w + gap, y, levels_w - gap,
                    align=centre)  # fmt: skip
    if worded:
        head_h = max(head_h, c.text(translate("Audience", "Item"), COLUMN_HEAD, x + code_w, y,
                                    text_w))  # fmt: skip
    y += head_h + c.px(0.3)
    pad = c.px(0.45)
    ascent = max(c.ascent(TEXT), c.ascent(LEVELS))
    for row in rows:
        c.rule(x, x + width, y)
        top = y + pad
        base = top + ascent
        c.text(row.code, CODE, x, base - c.ascent(CODE), code_w - gap)
        h = 0.0
        if worded:
            h = c.text(row.text, TEXT, x + code_w, base - c.ascent(TEXT), text_w,
                       role=None if row.status else "muted")  # fmt: skip
        c.text(_levels(row), LEVELS, x + code_w + text_w + gap, base - c.ascent(LEVELS),
               levels_w - gap, align=Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
        c.text(words.short_status_text(row.status), STATUS, x + width - status_w,
               base - c.ascent(STATUS), status_w, align=right,
               role=_STATUS_ROLES.get(row.status))  # fmt: skip
        y = max(base - c.ascent(TEXT) + h, top + c.line_height(LEVELS)) + pad
    c.rule(x, x + width, y)
    c.check(y)


def _levels(row: SummaryRow) -> str:
    if row.current is None and row.required is None:
        return words.NO_LEVEL
    return f"{words.level_number(row.current)} → {words.level_number(row.required)}"
