"""The four stages side by side (or two by two), with the groups placed at or aiming for each."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState, StageView
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META, numbered
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

NUMBER = Style(3.4, "accent", bold=True, head=True)
TITLE = Style(3.4, "accent", bold=True, head=True)
SUMMARY = Style(2.7, "text", bold=True)
POINT = Style(2.4, "text")
PLACED_WORD = Style(2.2, "muted", bold=True)
PLACED = Style(2.6, "text", bold=True)

#: Without the points there is room for larger type.
BIG = {
    TITLE: Style(4.0, "accent", bold=True, head=True),
    NUMBER: Style(4.0, "accent", bold=True, head=True),
    SUMMARY: Style(3.4, "text"),
    PLACED_WORD: Style(2.6, "muted", bold=True),
    PLACED: Style(3.2, "text", bold=True),
}

HERE = QT_TRANSLATE_NOOP("Audience", "● Here now")
AIMING = QT_TRANSLATE_NOOP("Audience", "→ Aiming for this")
INTRO = QT_TRANSLATE_NOOP(
    "Audience", "Not a strict ladder: where is your group now, and where do you aim to be?"
)


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """All four stages on one page (four in a row, or two by two), two a page side by side,
    or one a page; each with its points, or (where they could not be read) the summaries
    alone."""
    layouts = ((4, 1), (2, 1), (2, 2), (1, 4))
    return [
        Variant(columns, pages, detail) for detail in (True, False) for columns, pages in layouts
    ]


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    columns, detail = variant.columns, variant.detail
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(translate("Audience", "The stages of co-production"), HEADING, x, y, width)
    y += c.text(translate("Audience", INTRO), META, x, y + c.px(0.2), width) + c.px(2.0)
    gap = c.px(1.6)
    card_w = (width - gap * (columns - 1)) / columns
    pad = c.px(1.3)
    per_page = math.ceil(len(state.stages) / variant.pages)
    first = page * per_page
    stages = list(state.stages)[first : first + per_page]
    for r in range(math.ceil(len(stages) / columns)):
        row = stages[r * columns : (r + 1) * columns]
        numbered = list(enumerate(row, start=first + r * columns + 1))
        h = max(
            _content(c.dry(), s, n, x=0.0, top=0.0, width=card_w - 2 * pad, detail=detail)
            for n, s in numbered
        )
        h += 2 * pad
        for i, (number, stage) in enumerate(numbered):
            left = x + i * (card_w + gap)
            c.outline(QRectF(left, y, card_w, h), "muted", max(1.0, c.height / 700), pad * 0.6)
            c.fill(QRectF(left, y, card_w, max(4.0, c.height * 0.008)), "accent", 1.0)
            _content(c, stage, number, x=left + pad, top=y + pad, width=card_w - 2 * pad,
                     detail=detail)  # fmt: skip
        c.check(y + h)
        y += h + gap


def _content(c: Canvas, stage: StageView, number: int, *, x: float, top: float, width: float,
             detail: bool) -> float:  # fmt: skip
    def style(s: Style) -> Style:
        return s if detail else BIG.get(s, s)

    y = top
    y += numbered(c, str(number), stage.title, (style(NUMBER), style(TITLE)), x=x, y=y,
                  width=width)  # fmt: skip
    y += c.px(0.6)
    y += c.text(stage.summary, style(SUMMARY), x, y, width)
    y += c.px(0.9)
    bullet = c.natural_width("•", POINT) + c.font_px(POINT) * 0.5
    for point in stage.points if detail else ():
        c.text("•", POINT, x, y, bullet, role="muted")
        y += c.text(point, POINT, x + bullet, y, width - bullet) + c.px(0.35)
    for word, names in ((HERE, stage.groups_here), (AIMING, stage.groups_aiming)):
        if names:
            y += c.px(0.8)
            y += c.text(translate("Audience", word), style(PLACED_WORD), x, y, width)
            y += c.text(", ".join(names), style(PLACED), x, y, width)
    return y - top
