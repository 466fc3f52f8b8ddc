"""The perception slide: how others see the group on screen. Each item other groups gave a
view of: the group's own level, each other group's view, and others minus own, marked when it
is a level or more either way; over as many pages as the words need."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.domain.perception_rows import PerceptionRow
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.results import words

CODE = Style(2.3, "muted", bold=True)
TEXT = Style(2.6, "text")
LEVEL = Style(2.9, "text", bold=True)
VIEW = Style(2.6, "text", bold=True)
HEAD = Style(2.1, "muted", bold=True)
SENTENCE = Style(2.6, "text")

MAX_PAGES = 4


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    return [Variant(1, pages) for pages in range(1, MAX_PAGES + 1)]


def _rows(rows: Sequence[PerceptionRow], pages: int, page: int) -> Sequence[PerceptionRow]:
    per_page = math.ceil(len(rows) / pages) if rows else 0
    return rows[page * per_page : (page + 1) * per_page]


def difference_text(row: PerceptionRow) -> str:
    text = words.signed_text(row.difference)
    return f"{text} ≠" if row.worth_talking_about else text


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    heading = translate("Audience", "How others see {group}").format(group=state.group_name)
    y += c.text(heading, HEADING, x, y, width)
    if not state.perception:
        none = translate("Audience", "No other group has given its view of this group yet.")
        c.check(y + c.px(1.0) + c.text(none, SENTENCE, x, y + c.px(1.0), width))
        return
    intro = translate(
        "Audience",
        "Own: the group's own level. Others − own above 0: others think it readier than it "
        "thinks itself; ≠ a level or more either way: worth talking about.",
    )
    y += c.text(intro, META, x, y + c.px(0.4), width) + c.px(1.6)
    gap = c.px(1.5)
    number_w = max(c.natural_width("−0.0 ≠", LEVEL), c.natural_width(
        translate("Audience", "Others − own"), HEAD)) + gap  # fmt: skip
    own_w = max(c.natural_width("0.0", LEVEL), c.natural_width(translate("Audience", "Own"),
                                                                 HEAD)) + gap  # fmt: skip
    views_w = (width - own_w - number_w) * 0.4
    item_w = width - own_w - number_w - views_w
    own_x = x + item_w
    views_x = own_x + own_w
    number_x = views_x + views_w
    right = Qt.AlignmentFlag.AlignRight
    head_h = max(
        c.text(translate("Audience", "Item"), HEAD, x, y, item_w - gap),
        c.text(translate("Audience", "Own"), HEAD, own_x, y, own_w - gap, align=right),
        c.text(translate("Audience", "How others see it"), HEAD, views_x + gap, y, views_w - gap),
        c.text(translate("Audience", "Others − own"), HEAD, number_x, y, number_w, align=right),
    )
    y += head_h + c.px(0.3)
    pad = c.px(0.5)
    for row in _rows(state.perception, variant.pages, page):
        c.rule(x, x + width, y)
        top = y + pad
        code_w = c.natural_width(row.code, CODE) + c.px(0.8)
        c.text(row.code, CODE, x, top, code_w)
        h = c.text(row.text, TEXT, x + code_w, top, item_w - code_w - gap)
        h = max(h, c.text(words.mean_text(row.own), LEVEL, own_x, top, own_w - gap, align=right))
        seen = top
        for name, level in row.others:
            seen += c.text(f"{name}\u00a0{level}", VIEW, views_x + gap, seen, views_w - gap)
        h = max(h, seen - top)
        role = "split" if row.worth_talking_about else "text"
        h = max(h, c.text(difference_text(row), LEVEL, number_x, top, number_w, align=right,
                          role=role))  # fmt: skip
        y = top + h + pad
    c.rule(x, x + width, y)
    c.check(y)
