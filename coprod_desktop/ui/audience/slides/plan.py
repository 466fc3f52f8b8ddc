"""The training plan for the close of the day: what, for whom, how, who leads and by when,
soonest first, over as many pages as it needs."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.domain.plan import PlanLine, PlanStatus
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.plan.words import due_text, groups_text, method_text, status_text

DUE = Style(2.6, "text", bold=True)
WHAT = Style(3.0, "text")
DETAIL = Style(2.5, "muted")
STATUS = Style(2.5, "text")

MAX_PAGES = 6
_ROLES = {PlanStatus.DONE: "muted", PlanStatus.UNDER_WAY: "accent"}


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """One to six pages, each entry with for whom, how and who leads under it (the room
    needs those more than one page): only a plan longer than that loses them."""
    return [Variant(1, pages) for pages in range(1, MAX_PAGES + 1)] + [
        Variant(1, MAX_PAGES, detail=False)
    ]


def page_lines(lines: Sequence[PlanLine], pages: int, page: int) -> Sequence[PlanLine]:
    per_page = math.ceil(len(lines) / pages) if lines else 0
    return lines[page * per_page : (page + 1) * per_page]


def detail_text(line: PlanLine) -> str:
    """For whom, how, who leads: "For: Staff, Managers · Coaching · Leads: Sam"."""
    parts = [
        translate("Audience", "For: {groups}").format(groups=groups_text(line.groups)),
        method_text(line.method, line.learn_from),
    ]
    if line.lead:
        parts.append(translate("Audience", "Leads: {lead}").format(lead=line.lead))
    return " · ".join(parts)


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(translate("Audience", "Our training plan"), HEADING, x, y, width)
    if not state.plan:
        c.text(translate("Audience", "No plan has been made yet."), META, x, y + c.px(2.0), width)
        return
    y += c.px(2.0)
    gap = c.px(1.5)
    due_w = max(c.natural_width(due_text(line.due), DUE) for line in state.plan) + gap
    status_w = max(c.natural_width(status_text(s), STATUS) for s in PlanStatus)
    what_w = width - due_w - status_w - gap
    if what_w < width * 0.35:
        c.overflow = True  # the entry's words would be squeezed into a sliver
    pad = c.px(0.6)
    for line in page_lines(state.plan, variant.pages, page):
        c.rule(x, x + width, y)
        top = y + pad
        ascent = max(c.ascent(WHAT), c.ascent(DUE))
        c.text(due_text(line.due), DUE, x, top + ascent - c.ascent(DUE), due_w - gap)
        h = c.text(line.what, WHAT, x + due_w, top + ascent - c.ascent(WHAT), what_w)
        if variant.detail:
            h += c.text(detail_text(line), DETAIL, x + due_w, top + h, what_w)
        c.text(status_text(line.status), STATUS, x + width - status_w,
               top + ascent - c.ascent(STATUS), status_w, align=Qt.AlignmentFlag.AlignRight,
               role=_ROLES.get(line.status))  # fmt: skip
        y = top + max(h, c.line_height(DUE)) + pad
    c.rule(x, x + width, y)
    c.check(y)
