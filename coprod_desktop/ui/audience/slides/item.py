"""The item slide: area and principle, the item in large type, Easy Read, the scale, and
once revealed the agreed result."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState, ItemView
from coprod_desktop.ui.audience import words
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import header
from coprod_desktop.ui.audience.slides.results import banner, table
from coprod_desktop.ui.audience.slides.scale import rows
from coprod_desktop.ui.i18n import translate

AREA = Style(3.0, "accent", bold=True, small_caps=True, head=True)
#: The item itself: at its smallest (head factor at its minimum) still 5 % of the page height.
ITEM = Style(6.6, "text", bold=True, head=True)
EASY_LABEL = Style(2.5, "accent", bold=True, small_caps=True, head=True)
EASY = Style(4.4, "text", head=True)
NOT_YET = Style(3.0, "muted", italic=True)


def paint(c: Canvas, state: AudienceState, rect: QRectF) -> None:
    item = state.item
    if item is None:
        return
    y = rect.top()
    progress = words.progress_text(item.number, item.of)
    y += header(c, state.group_name, progress, rect, y)
    y += c.px(2.2, head=True)
    y = _question(c, item, rect, y)
    y += c.px(3.0)
    body = QRectF(rect.left(), y, rect.width(), rect.bottom() - y)
    if not state.revealed:
        rows(c, state.scale, None, body)
    elif len(state.results) == 1:
        used = banner(c, state.results[0], state.scale, body)
        body.setTop(body.top() + used + c.px(2.2))
        rows(c, state.scale, state.results[0], body)
    elif state.results:
        table(c, state.results, state.scale, body)
    else:
        used = c.text(
            translate("Audience", "No result captured yet."),
            NOT_YET,
            body.left(),
            body.top(),
            body.width(),
        )
        body.setTop(body.top() + used + c.px(2.0))
        rows(c, state.scale, None, body)


def _question(c: Canvas, item: ItemView, rect: QRectF, y: float) -> float:
    x, width = rect.left(), rect.width()
    y += c.text(f"{item.area}  ·  {item.principle}", AREA, x, y, width)
    y += c.px(0.8, head=True)
    y += c.text(item.text, ITEM, x, y, width)
    if item.easy_read:
        y += c.px(2.0, head=True)
        bar = max(4.0, c.width * 0.006)
        inset = bar + c.px(1.6, head=True)
        top = y
        y += c.text(translate("Audience", "Easy Read"), EASY_LABEL, x + inset, y, width - inset)
        y += c.text(item.easy_read, EASY, x + inset, y, width - inset)
        c.fill(QRectF(x, top + c.px(0.4, head=True), bar, y - top - c.px(0.4, head=True)),
               "accent")  # fmt: skip
    return y
