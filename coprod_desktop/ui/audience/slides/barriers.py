"""The barriers still open, for the close of a planning day: under the stage or principle
each holds back, what stands in the way, its kind, who owns it and the next step, over as
many pages as it needs."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.domain.barrier import BarrierLine
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import spoken_language, translate
from coprod_desktop.wording.barriers import barrier_for, neither_named
from coprod_desktop.wording.names import barrier_tag_name

HOLDS_BACK = Style(2.6, "accent", bold=True)
WHAT = Style(3.0, "text")
DETAIL = Style(2.5, "muted")

MAX_PAGES = 6


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """One to six pages, each barrier with its kind, owner and next step under it; only a
    log longer than that loses them."""
    return [Variant(1, pages) for pages in range(1, MAX_PAGES + 1)] + [
        Variant(1, MAX_PAGES, detail=False)
    ]


def page_lines(lines: Sequence[BarrierLine], pages: int, page: int) -> Sequence[BarrierLine]:
    per_page = math.ceil(len(lines) / pages) if lines else 0
    return lines[page * per_page : (page + 1) * per_page]


def detail_text(line: BarrierLine) -> str:
    """Its kind, owner, next step and group: "Resources · Owner: Finance lead · Next: …"."""
    language = spoken_language()
    parts = [barrier_tag_name(line.tag, language)]
    if line.owner:
        parts.append(translate("Audience", "Owner: {owner}").format(owner=line.owner))
    if line.next_step:
        parts.append(translate("Audience", "Next: {step}").format(step=line.next_step))
    parts.append(barrier_for(line.group, language))
    return " · ".join(parts)


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(translate("Audience", "What stands in the way"), HEADING, x, y, width)
    if not state.barriers:
        said = translate("Audience", "No barrier is open.")
        c.text(said, META, x, y + c.px(2.0), width)
        return
    y += c.px(1.5)
    pad = c.px(0.6)
    indent = c.px(2.0)
    shown: str | None = ""  # what the lines above hold back ("" before the first)
    for line in page_lines(state.barriers, variant.pages, page):
        if line.holds_back != shown:
            shown = line.holds_back
            y += pad
            y += c.text(shown or neither_named(spoken_language()), HOLDS_BACK, x, y, width)
        c.rule(x + indent, x + width, y)
        top = y + pad
        h = c.text(line.what, WHAT, x + indent, top, width - indent)
        if variant.detail:
            h += c.text(detail_text(line), DETAIL, x + indent, top + h, width - indent)
        y = top + h + pad
    c.check(y)
