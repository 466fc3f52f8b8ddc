"""The strengths slide: who could help whom. Each item where a group strong on it could help a
group that needs it, with the groups that could help (and their level) and the groups that
could learn (now → needed); over as many pages as the words need to be read."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.domain.strength_rows import HelperName, LearnerName, StrengthRow
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import HEADING, META
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.i18n import spoken_language, translate

CODE = Style(2.3, "muted", bold=True)
TEXT = Style(2.6, "text")
GROUPS = Style(2.7, "text", bold=True)
HEAD = Style(2.1, "muted", bold=True)
SENTENCE = Style(2.6, "text")

MAX_PAGES = 4


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """One to four pages with each item's words (the room needs them to know what K4 is);
    codes only when even four pages cannot hold the words."""
    return [
        *(Variant(1, pages) for pages in range(1, MAX_PAGES + 1)),
        Variant(1, MAX_PAGES, detail=False),
    ]


def helper_line(helper: HelperName) -> str:
    """ "Staff 5" ("Staff 4*": the group was split on the item)."""
    return f"{helper.name}\u00a0{helper.level}{'*' if helper.uncertain else ''}"


def learner_line(learner: LearnerName) -> str:
    """ "Users 1 → 3", the levels kept on one line."""
    return f"{learner.name}\u00a0{learner.current}\u00a0→\u00a0{learner.required}"


def _lines(c: Canvas, lines: Sequence[str], style: Style, x: float, y: float, *, width: float,
           role: str | None = None) -> float:  # fmt: skip
    """``lines`` one under the other; the height used."""
    top = y
    for line in lines:
        y += c.text(line, style, x, y, width, role=role)
    return y - top


def page_rows(rows: Sequence[StrengthRow], pages: int, page: int) -> Sequence[StrengthRow]:
    per_page = math.ceil(len(rows) / pages) if rows else 0
    return rows[page * per_page : (page + 1) * per_page]


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(translate("Audience", "Strengths to share: who could help whom"), HEADING,
                x, y, width)  # fmt: skip
    if not state.strengths:
        none = translate(
            "Audience",
            "None yet: no group is at the top two levels on an item another group needs.",
        )
        c.check(y + c.px(1.0) + c.text(none, SENTENCE, x, y + c.px(1.0), width))
        return
    intro = explain(Rule.STRENGTHS, spoken_language()).summary
    more = state.strengths_total - len(state.strengths)
    if more:
        intro += " " + translate("Audience", "%n more in the report.", None, more)
    if any(h.uncertain for r in state.strengths for h in r.helpers):
        intro += " " + translate("Audience", "* split view.")
    y += c.text(intro, META, x, y + c.px(0.4), width) + c.px(1.6)
    gap = c.px(1.5)
    # With the detail, each item's words take a line across the page and the groups sit
    # below them in two columns; without it, the code stands in a narrow column of its own.
    item_w = 0.0 if variant.detail else c.natural_width("WW00", GROUPS)
    helper_w = (width - item_w - 2 * gap) * 0.45
    learner_w = width - item_w - helper_w - 2 * gap
    helper_x = x + item_w + (gap if item_w else 0.0)
    learner_x = helper_x + helper_w + gap
    head_h = max(
        c.text(translate("Audience", "Could help (level now)"), HEAD, helper_x, y, helper_w),
        c.text(translate("Audience", "Could learn (now → needed)"), HEAD, learner_x, y,
               learner_w),
    )  # fmt: skip
    if item_w:
        head_h = max(head_h, c.text(translate("Audience", "Item"), HEAD, x, y, item_w))
    y += head_h + c.px(0.3)
    pad = c.px(0.5)
    for row in page_rows(state.strengths, variant.pages, page):
        c.rule(x, x + width, y)
        top = y + pad
        h = 0.0
        if variant.detail:
            code_w = c.natural_width(row.code, CODE) + c.px(0.8)
            c.text(row.code, CODE, x, top, code_w)
            top += c.text(row.text, TEXT, x + code_w, top, width - code_w) + c.px(0.3)
        else:
            h = c.text(row.code, GROUPS, x, top, item_w)
        helpers = [helper_line(helper) for helper in row.helpers]
        h = max(h, _lines(c, helpers, GROUPS, helper_x, top, width=helper_w, role="accent"))
        learners = [learner_line(learner) for learner in row.learners]
        h = max(h, _lines(c, learners, GROUPS, learner_x, top, width=learner_w))
        y = top + h + pad
    c.rule(x, x + width, y)
    c.check(y)
