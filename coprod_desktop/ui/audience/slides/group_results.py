"""The results slide: a group's profile (the report's radar chart, drawn large); its stage
placement beside the indicative stage, and its top training needs; then where groups see
items differently; then, for a follow-up, the change since the baseline. Each part takes as
many pages as it needs for its words to be read from the back of the hall; the facilitator
turns them.

Every value is printed as a number or a word; colour only repeats it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from coprod_desktop.charts import palette
from coprod_desktop.charts.radar import profile_radar, wall_type
from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.domain.room_results import (
    GapRow,
    GroupResultsView,
    NeedRow,
)
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.ui.audience.canvas import SLACK, Canvas, Drawn, Style
from coprod_desktop.ui.audience.slides.change import change_page
from coprod_desktop.ui.audience.slides.frame import HEADING, META, Run, runs
from coprod_desktop.ui.audience.slides.variant import Variant
from coprod_desktop.ui.audience.themes import ProjectorTheme
from coprod_desktop.ui.audience.type_layout import cap_height
from coprod_desktop.ui.chart_painter import paint_chart
from coprod_desktop.ui.i18n import spoken_language, translate
from coprod_desktop.ui.results import words

LABEL = Style(2.5, "muted")
STAGE = Style(2.9, "text", bold=True)
SENTENCE = Style(2.5, "text")
SECTION = Style(2.3, "muted", bold=True)
CODE = Style(2.3, "muted", bold=True)
NEED = Style(2.5, "text")
LEVELS = Style(2.9, "accent", bold=True)
DETAIL = Style(2.2, "muted")
UNCERTAIN = Style(2.2, "split", bold=True)
HEAD = Style(2.1, "muted", bold=True)
CELL = Style(3.0, "text", bold=True)
NOTE = Style(2.2, "muted")
GROUP_HEAD = Style(2.1, "muted", bold=True)

LOWEST = "▼"
HIGHEST = "▲"

#: Chart roles drawn in the theme's colours; the radar uses no others.
CHART_ROLES = {
    palette.INK: "text",
    palette.MUTED: "muted",
    palette.GRID: "muted",
    palette.PAPER: "background",
    palette.NOW: "accent",
    palette.NOW_FILL: "accent",
    palette.NEEDED: "split",
    palette.MARK: "text",
    palette.EMPTY: "highlight",
}


def chart_colours(theme: ProjectorTheme) -> Mapping[str, str]:
    """The chart palette in ``theme``'s colours, so the chart sits on the projector's ground."""
    return {role: theme.colour(name) for role, name in CHART_ROLES.items()}


@dataclass(frozen=True, slots=True)
class _Pages:
    """Which part of the results a page shows, and which share of it."""

    part: str  # "profile", "needs", "gaps" or "change"
    index: int = 0
    of: int = 1


#: (pages for the stage and needs, pages for the gaps) the slide may take, fewest first.
_SPLITS = ((1, 1), (1, 2), (2, 2), (2, 3), (2, 4), (3, 4), (3, 6))


def _plan(view: GroupResultsView, variant: Variant) -> list[_Pages]:
    # A variant's ``columns`` says how many pages the stage and needs take; the gaps take
    # the rest, after the profile and before the change.
    needs = variant.columns
    gaps = variant.pages - 1 - needs - (view.change is not None)
    return [
        _Pages("profile"),
        *(_Pages("needs", i, needs) for i in range(needs)),
        *(_Pages("gaps", i, gaps) for i in range(gaps)),
        *([_Pages("change")] if view.change is not None else []),
    ]


def variants(state: AudienceState, width: float, height: float) -> list[Variant]:
    """Fewest pages first; groups named over their columns (detail), or numbered with a key
    when names would not fit."""
    view = state.group_results
    if view is None:
        return [Variant()]
    change = view.change is not None
    return [
        Variant(needs, 1 + needs + gaps + change, detail)
        for needs, gaps in _SPLITS
        for detail in (True, False)
    ]


def paint(c: Canvas, state: AudienceState, rect: QRectF, variant: Variant, page: int) -> None:
    view = state.group_results
    if view is None:
        return
    part = _plan(view, variant)[page]
    if part.part == "profile":
        _profile_page(c, view, rect)
    elif part.part == "needs":
        _needs_page(c, view, rect, part)
    elif part.part == "gaps":
        _gaps_page(c, view, rect, part, named=variant.detail)
    elif view.change is not None:
        change_page(c, view.group_name, view.change, rect)


def _share(count: int, part: _Pages) -> slice:
    per_page = math.ceil(count / part.of) if count else 0
    return slice(part.index * per_page, (part.index + 1) * per_page)


# --- page 1: the group ---------------------------------------------------------------------
def _profile_page(c: Canvas, view: GroupResultsView, rect: QRectF) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(
        translate("Audience", "Results: {group}").format(group=view.group_name),
        HEADING,
        x,
        y,
        width,
    ) + c.px(1.0)
    _radar(c, view, QRectF(x, y, width, rect.bottom() - y))


def _radar(c: Canvas, view: GroupResultsView, box: QRectF) -> None:
    """The report's profile chart across the page, in the theme's colours, its words as
    large as the slide's own; they are recorded like the slide's, so the tests see
    everything the room sees."""
    x, y, width, height = box.x(), box.y(), box.width(), box.height()
    smallest = c.font_px(LABEL) + 1  # whole pixels: round up, never under the floor
    chart = profile_radar(
        translate("Audience", "By area"),
        view.profile,
        view.lowest,
        view.highest,
        language=spoken_language(),
        t=wall_type(height / width, smallest / width, 2 if view.baseline_profile is None else 3),
        baseline=view.baseline_profile,
    )
    colours = chart_colours(c.theme)
    for t in paint_chart(None, chart, x=x, y=y, width=width, colours=colours):
        role = CHART_ROLES.get(t.role, "text")
        r = t.rect
        c.drawn.append(Drawn(t.text, r.x(), r.y(), r.width(), r.height(), t.pixel_size, role,
                             "background", cap_height(t.pixel_size)))  # fmt: skip
        if r.left() < x - SLACK or r.right() > x + width + SLACK or t.pixel_size < smallest - 1:
            c.overflow = True  # a word pushed past the edge, or shrunk to fit

    def draw(painter: QPainter) -> None:
        paint_chart(painter, chart, x=x, y=y, width=width, colours=colours)

    drawn = QRectF(x, y, width, chart.height * width)
    c.picture((chart, tuple(sorted(colours.items()))), drawn, draw)
    c.check(drawn.bottom())


def _needs_page(c: Canvas, view: GroupResultsView, rect: QRectF, part: _Pages) -> None:
    x, y, width = rect.left(), rect.top(), rect.width()
    y += c.text(
        translate("Audience", "Results: {group}").format(group=view.group_name),
        HEADING,
        x,
        y,
        width,
    ) + c.px(1.0)
    if part.index == 0:
        y += _stage(c, view, x, y, width) + c.px(2.2)
    _needs(c, view, x, y, width=width, shown=view.needs[_share(len(view.needs), part)])


def _stage(c: Canvas, view: GroupResultsView, x: float, y: float, width: float) -> float:
    s = view.stage
    top = y
    for label, value in (
        (translate("Audience", "Placed itself at"), words.placed_text(s)),
        (translate("Audience", "Ratings indicate"), words.indicative_text(s)),
    ):
        y += runs(c, [Run(label, LABEL, gap_after=0.5), Run(value, STAGE)], x, y, width)
        y += c.px(0.4)
    for sentence in (words.agreement_text(s), words.next_stage_text(s), words.tolerated_text(s)):
        if sentence:
            y += c.text(sentence, SENTENCE, x, y, width) + c.px(0.3)
    return y - top


def _needs(c: Canvas, view: GroupResultsView, x: float, y: float, *, width: float,
           shown: Sequence[NeedRow]) -> None:  # fmt: skip
    if not view.needs:
        none = (
            words.missing_text(view.needed_missing)
            if view.needed_missing
            else translate("Audience", "Training needs: none yet (no gap of 1 or more).")
        )
        y += c.text(none, SENTENCE, x, y, width)
        c.check(y)
        return
    if not shown:
        return
    heading = translate("Audience", "Top training needs ({shown} of {total})")
    y += c.text(heading.format(shown=len(view.needs), total=view.needs_total), SECTION, x, y,
                width)  # fmt: skip
    y += c.px(0.6)
    code_w = max(c.natural_width(n.code, CODE) for n in view.needs) + c.px(1.0)
    levels_w = c.natural_width(f"5 → 5{words.FILLED_MARK}", LEVELS) + c.px(1.0)
    text_w = width - code_w - levels_w
    pad = c.px(0.5)
    for need in shown:
        c.rule(x, x + width, y)
        top = y + pad
        base = top + max(c.ascent(NEED), c.ascent(LEVELS))
        c.text(need.code, CODE, x, base - c.ascent(CODE), code_w)
        c.text(words.levels_text(need.current, need.required, need.filled_in), LEVELS,
               x + width - levels_w,
               base - c.ascent(LEVELS), levels_w, align=Qt.AlignmentFlag.AlignRight)  # fmt: skip
        h = c.text(need.text, NEED, x + code_w, base - c.ascent(NEED), text_w)
        y = base - c.ascent(NEED) + h
        y += _need_detail(c, need, x + code_w, y, text_w) + pad
    c.rule(x, x + width, y)
    if any(n.filled_in for n in view.needs):
        y += c.px(0.3)
        y += c.text(words.filled_legend(), DETAIL, x, y, width)
    c.check(y)


def _need_detail(c: Canvas, need: NeedRow, x: float, y: float, width: float) -> float:
    parts = [
        Run(translate("Audience", "gap +{gap}").format(gap=need.gap), DETAIL, gap_after=0.4),
        Run("·", DETAIL, gap_after=0.4),
        Run(
            translate("Audience", "shared by {groups}").format(
                groups=words.shared_text(need.shared_by)
            ),
            DETAIL,
            gap_after=0.6,
        ),
    ]
    if need.uncertain:
        parts.append(Run(words.certainty_text(True), UNCERTAIN))
    return runs(c, parts, x, y, width)


# --- page 2: across groups -------------------------------------------------------------------
def _gaps_page(c: Canvas, view: GroupResultsView, rect: QRectF, part: _Pages, *,
               named: bool) -> None:  # fmt: skip
    x, y, width = rect.left(), rect.top(), rect.width()
    heading = translate("Audience", "Largest differences between groups")
    y += c.text(heading, HEADING, x, y, width) + c.px(0.4)
    if not view.gaps:
        none = translate(
            "Audience", "No item's ratings are two or more levels apart between groups."
        )
        y += c.text(none, SENTENCE, x, y + c.px(1.0), width)
        c.check(y)
        return
    more = view.gaps_total - len(view.gaps)
    intro = translate(
        "Audience", "Each group's level now; ▼ lowest, ▲ highest, * split view, – not assessed."
    )
    if more:
        intro += " " + translate("Audience", "%n more in the report.", None, more)
    intro += " " + explain(Rule.DIFFERENCES, spoken_language()).summary
    y += c.text(intro, META, x, y, width) + c.px(0.6)
    count = len(view.group_names)
    heads = view.group_names if named else tuple(str(i) for i in range(1, count + 1))
    if not named:
        key = [Run(str(i), CODE, gap_after=0.3) for i in range(1, count + 1)]
        parts: list[Run] = []
        for number, name in zip(key, view.group_names, strict=True):
            parts += [number, Run(name, NOTE, gap_after=1.2)]
        y += runs(c, parts, x, y, width)
    y += c.px(1.0)
    apart = translate("Audience", "Apart")
    apart_w = c.natural_width(apart, HEAD) + c.px(1.0)
    cell_w = min(width * 0.5 / count, c.natural_width("▼ 5*", CELL) * 1.25)
    item_w = width - apart_w - cell_w * count
    lefts = [x + item_w + i * cell_w for i in range(count)]
    centre = Qt.AlignmentFlag.AlignHCenter
    head_h = c.text(translate("Audience", "Item"), HEAD, x, y, item_w - c.px(1.0))
    for left, name in zip(lefts, heads, strict=True):
        head_h = max(head_h, c.text(name, GROUP_HEAD, left, y, cell_w - c.px(0.6), align=centre))
    c.text(apart, HEAD, x + width - apart_w, y, apart_w, align=Qt.AlignmentFlag.AlignRight)
    y += head_h + c.px(0.4)
    pad = c.px(0.5)
    for row in view.gaps[_share(len(view.gaps), part)]:
        c.rule(x, x + width, y)
        top = y + pad
        h = numbered_item(c, row, x, top, item_w - c.px(1.0))
        for left, level, split in zip(lefts, row.levels, row.split, strict=True):
            h = max(h, c.text(_cell_text(row, level, split), CELL, left, top, cell_w,
                              align=centre, role=_cell_role(row, level)))  # fmt: skip
        c.text(str(row.spread), CELL, x + width - apart_w, top, apart_w,
               align=Qt.AlignmentFlag.AlignRight)  # fmt: skip
        y = top + h + pad
    c.rule(x, x + width, y)
    c.check(y)


def numbered_item(c: Canvas, row: GapRow, x: float, y: float, width: float) -> float:
    code_w = c.natural_width(row.code, CODE) + c.px(0.8)
    ascent = max(c.ascent(CODE), c.ascent(NEED))
    c.text(row.code, CODE, x, y + ascent - c.ascent(CODE), code_w)
    return c.text(row.text, NEED, x + code_w, y + ascent - c.ascent(NEED), width - code_w)


def _cell_text(row: GapRow, level: int | None, split: bool) -> str:
    if level is None:
        return "–"
    mark = LOWEST if level == row.lowest else HIGHEST if level == row.highest else ""
    return f"{mark} {level}{'*' if split else ''}".strip()


def _cell_role(row: GapRow, level: int | None) -> str:
    if level is None:
        return "muted"
    return "accent" if level in (row.lowest, row.highest) else "text"
