"""Revealed results: one group's result as a banner, or every group's as a table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt

from coprod_desktop.domain.audience import ResultView, ScaleRow
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.ui.audience import words
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.audience.slides.frame import Run, runs
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

STATUS = Style(3.2, "accent", bold=True)
WORD = Style(3.2, "muted")
LEVEL = Style(4.6, "text", bold=True)
LEVEL_NAME = Style(3.2, "text", bold=True)
SPREAD = Style(2.8, "text")
NOTE = Style(2.6, "muted", italic=True)

TABLE_HEAD = Style(2.4, "muted", bold=True)
GROUP = Style(3.0, "text", bold=True)
CELL_LEVEL = Style(3.6, "accent", bold=True)
CELL_NAME = Style(2.6, "text")
CELL_STATUS = Style(2.8, "text", bold=True)
CELL_SPREAD = Style(2.3, "muted")
STRIP = Style(2.2, "muted")
LEGEND_NUMBER = Style(2.6, "accent", bold=True)
LEGEND_LABEL = Style(2.6, "muted")

_TABLE_HEADS = (
    QT_TRANSLATE_NOOP("Audience", "Group"),
    QT_TRANSLATE_NOOP("Audience", "Now"),
    QT_TRANSLATE_NOOP("Audience", "Needed"),
    QT_TRANSLATE_NOOP("Audience", "Result"),
)


def _status_role(status: RatingStatus) -> str:
    return {RatingStatus.AGREED: "accent", RatingStatus.SPLIT: "split"}.get(status, "muted")


def banner(c: Canvas, result: ResultView, scale: Sequence[ScaleRow], rect: QRectF) -> float:
    """The headline of a revealed result: status, now → needed, spread and the room's note."""
    x, y, width = rect.left(), rect.top(), rect.width()
    text = words.status_text(result.status)
    pill_top = y + c.ascent(LEVEL) - c.ascent(STATUS) - 0.14 * c.font_px(STATUS)
    pill = c.pill(text, STATUS, x, pill_top, filled=result.status is RatingStatus.AGREED,
                  role=_status_role(result.status))  # fmt: skip
    indent = pill.width() + c.px(2.0)
    if result.status is RatingStatus.SKIPPED:
        used = c.text(translate("Audience", "The group chose to skip this item."), WORD, x + indent,
                      y + c.ascent(LEVEL) - c.ascent(WORD), width - indent)  # fmt: skip
        return max(pill.bottom() - y, c.line_height(LEVEL), used)
    parts = [
        *_level_runs(translate("Audience", "Now"), result.current, scale),
        Run("→", WORD, gap_after=0.6),
        *_level_runs(translate("Audience", "Needed"), result.required, scale),
    ]
    height = max(runs(c, parts, x + indent, y, width - indent), pill.bottom() - y)
    spread = words.spread_text(result)
    if spread:
        height += c.px(0.8)
        height += c.text(spread, SPREAD, x + indent, y + height, width - indent)
    if result.note:
        height += c.px(0.8)
        height += c.text(f"“{result.note}”", NOTE, x + indent, y + height, width - indent)
    return height


def _level_runs(word: str, level: int | None, scale: Sequence[ScaleRow]) -> list[Run]:
    label = (
        words.level_label(level, scale)
        if level is not None
        else translate("Audience", "not agreed")
    )
    return [
        Run(word, WORD, gap_after=0.35),
        Run(words.level_number(level), LEVEL, gap_after=0.25),
        Run(label, LEVEL_NAME, gap_after=1.0),
    ]


def table(c: Canvas, results: Sequence[ResultView], scale: Sequence[ScaleRow],
          rect: QRectF, *, detail: bool = True) -> None:  # fmt: skip
    """Groups' results for the item: now, needed, status and spread, one row a group (with
    ``detail``, each split's dots as a small bar chart too)."""
    x, y, width = rect.left(), rect.top(), rect.width()
    y += legend(c, scale, x, y, width) + c.px(1.8)
    gap = c.px(1.6)
    heads = [translate("Audience", head) for head in _TABLE_HEADS]
    level_w = [max(c.natural_width(h, TABLE_HEAD), c.natural_width("5", CELL_LEVEL)) + gap
              for h in heads[1:3]]  # fmt: skip
    rest = width - sum(level_w)
    widths = [rest * 0.42, *level_w, rest * 0.58]
    lefts = [x + sum(widths[:i]) for i in range(4)]
    for left, w, head in zip(lefts, widths, heads, strict=True):
        c.text(head, TABLE_HEAD, left, y, w - gap)
    y += c.line_height(TABLE_HEAD) + c.px(0.6)
    pad = c.px(0.9)
    levels = [row.level for row in scale]
    for result in results:
        c.rule(x, x + width, y)
        top = y + pad
        now = words.level_number(result.current)
        needed = words.level_number(result.required)
        cell = _result_cell(c, result, levels, x=lefts[3], y=top, width=widths[3] - gap,
                            bars=detail)  # fmt: skip
        heights = [
            c.text(result.group_name, GROUP, lefts[0], top, widths[0] - gap),
            c.text(now, CELL_LEVEL, lefts[1], top, widths[1] - gap),
            c.text(needed, CELL_LEVEL, lefts[2], top, widths[2] - gap),
            cell,
        ]
        y = top + max(heights) + pad
    c.rule(x, x + width, y)
    if any(r.split is not None for r in results):
        y += c.px(0.8)
        note = translate("Audience", "For a split view, Now is the median of the dots.")
        y += c.text(note, CELL_SPREAD, x, y, width)
    c.check(y)


def legend(c: Canvas, scale: Sequence[ScaleRow], x: float, y: float, width: float) -> float:
    """The scale on one line: "1 Not yet  2 Starting  …"."""
    parts: list[Run] = []
    for row in scale:
        parts.append(Run(str(row.level), LEGEND_NUMBER, gap_after=0.3))
        parts.append(Run(row.label, LEGEND_LABEL, gap_after=1.2))
    return runs(c, parts, x, y, width)


def _result_cell(c: Canvas, result: ResultView, levels: Sequence[int], *, x: float, y: float,
                 width: float, bars: bool) -> float:  # fmt: skip
    height = c.text(words.status_text(result.status), CELL_STATUS, x, y, width,
                    role=_status_role(result.status))  # fmt: skip
    dots = words.dots_text(result)
    if dots:
        height += c.text(dots, CELL_SPREAD, x, y + height, width)
        if bars:
            height += c.px(0.5)
            height += strip(c, result, levels, x=x, y=y + height, width=width)
    return height


def strip(c: Canvas, result: ResultView, levels: Sequence[int], *, x: float, y: float,
          width: float) -> float:  # fmt: skip
    """A small bar chart of the tally: the count over each bar, the level under it."""
    counts = [words.tally_count(result, level) for level in levels]
    most = max(counts) or 1
    cell = min(width / len(levels), c.font_px(STRIP) * 3.2)
    line = c.line_height(STRIP)
    bar_h = line * 1.6
    base = y + line + bar_h
    for i, (level, count) in enumerate(zip(levels, counts, strict=True)):
        left = x + i * cell
        if count:
            h = bar_h * count / most
            c.fill(QRectF(left + cell * 0.2, base - h, cell * 0.6, h), "split")
            c.text(str(count), STRIP, left, base - h - line, cell,
                   align=Qt.AlignmentFlag.AlignHCenter, role="text")  # fmt: skip
        c.rule(left + cell * 0.1, left + cell * 0.9, base, opacity=0.7)
        c.text(str(level), STRIP, left, base, cell, align=Qt.AlignmentFlag.AlignHCenter)
    return base + line - y
