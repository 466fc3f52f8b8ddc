"""The item slide: area and principle, the item in large type (or its Easy Read wording in
its place), the scale, and once revealed the result.

When it cannot all be read from the back of the hall on one page, the slide shows less and
keeps it big: the scale without its descriptions, then the scale (with the result) on a page
of its own, and with several groups' results, a few groups a page.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState, ItemView
from coprod_desktop.ui.audience import pictures, words
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import header
from coprod_desktop.ui.audience.slides.results import SPREAD, banner, table
from coprod_desktop.ui.audience.slides.scale import rows
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import translate

#: The item statement (or its Easy Read wording): capitals at least 5 % of the page height.
STATEMENT_FLOOR = 5.0
AREA = Style(3.0, "accent", bold=True, head=True)
ITEM = Style(7.2, "text", bold=True, head=True, floor=STATEMENT_FLOOR)
NOT_YET = Style(3.0, "muted", italic=True)


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """With one result or none: the scale with or without its descriptions, on the item's
    page or a page of its own. With several groups' results: the table with or without its
    tally bars, over as many pages as it takes."""
    if len(state.results) > 1:
        count = len(state.results)
        shared = [Variant(1, p, detail) for p in range(1, count + 1) for detail in (True, False)]
        apart = [Variant(1, 1 + p, False, apart=True) for p in range(1, count + 1)]
        return shared + apart
    return [Variant(1, pages, detail) for pages in (1, 2) for detail in (True, False)]


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    item = state.item
    if item is None:
        return
    y = rect.top()
    y += header(c, words.group_heading(state), words.progress_text(item.number, item.of), rect, y)
    y += c.px(2.2, head=True)
    if len(state.results) > 1:
        if variant.apart and page == 0:
            _question(c, item, rect, y)
            return  # the groups' results follow on the next pages
        if variant.apart:
            y += c.text(_area_line(item), AREA, rect.left(), y, rect.width()) + c.px(1.0)
        else:
            y = _question(c, item, rect, y) + c.px(3.0)
        pages = variant.pages - variant.apart
        per_page = math.ceil(len(state.results) / pages)
        index = page - variant.apart
        shown = state.results[index * per_page : (index + 1) * per_page]
        body = QRectF(rect.left(), y, rect.width(), rect.bottom() - y)
        table(c, shown, state.scale, body, detail=variant.detail)
        return
    result = state.results[0] if state.revealed and state.results else None
    x, width = rect.left(), rect.width()
    if variant.pages == 1 or page == 0:
        y = _question(c, item, rect, y) + c.px(3.0)
        if result is not None:
            y += banner(c, result, state.scale, QRectF(x, y, width, rect.bottom() - y))
            y += c.px(2.2)
        elif state.revealed:
            y += c.text(translate("Audience", "No result captured yet."), NOT_YET, x, y, width)
            y += c.px(2.0)
        if variant.pages > 1:
            return  # the scale (with the result's dots) follows on the next page
    else:
        y += c.text(_area_line(item), AREA, x, y, width) + c.px(1.0)
        spread = words.spread_text(result) if result is not None else ""
        if spread:
            y += c.text(spread, SPREAD, x, y, width) + c.px(1.6)
    rows(c, state.scale, result, QRectF(x, y, width, rect.bottom() - y), detail=variant.detail)


def _area_line(item: ItemView) -> str:
    return f"{item.area}  ·  {item.principle}"


def _question(c: Canvas, item: ItemView, rect: QRectF, y: float) -> float:
    """The area line, then the statement; with Easy Read on, its Easy Read wording takes the
    statement's place, as large."""
    x, width = rect.left(), rect.width()
    area = _area_line(item)
    if item.easy_read:
        label = translate("Audience", "Easy Read")  # (outside the f-string: lupdate reads it)
        area = f"{label}  ·  {area}"
    y += c.text(area, AREA, x, y, width)
    y += c.px(0.8, head=True)
    statement = item.easy_read or item.text
    if not pictures.has_picture(item.picture):
        return y + c.text(statement, ITEM, x, y, width)
    # The area's picture beside the Easy Read words, as tall as two lines of them.
    side = c.line_height(ITEM) * 1.8
    indent = side + c.px(2.0)
    assert item.picture is not None
    pictures.draw(c, item.picture, QRectF(x, y, side, side))
    used = c.text(statement, ITEM, x + indent, y, width - indent)
    c.check(y + side)
    return y + max(used, side)
