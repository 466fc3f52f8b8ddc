"""The scale as rows (number, label, description); once revealed, each row also carries the
group's dots for that level and the words NOW / NEEDED where the result sits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import ResultView, ScaleRow
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.ui.audience import pictures, words
from coprod_desktop.ui.audience.canvas import Canvas, Style
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

NUMBER = Style(3.8, "accent", bold=True)
LABEL = Style(3.1, "text", bold=True)
DESCRIPTION = Style(2.8, "muted")
MARKER = Style(2.5, "accent", bold=True)
COUNT = Style(2.8, "text", bold=True)

NOW = QT_TRANSLATE_NOOP("Audience", "NOW")
NEEDED = QT_TRANSLATE_NOOP("Audience", "NEEDED")
#: Extra room between rows, at most, when the slide has height to spare (in % of the page).
MAX_SPARE = 2.2


@dataclass(frozen=True, slots=True)
class _Columns:
    number: float
    label: float
    description: float
    dots: float
    markers: float
    gap: float


def rows(c: Canvas, scale: Sequence[ScaleRow], result: ResultView | None, rect: QRectF, *,
         detail: bool = True) -> None:  # fmt: skip
    """Draw ``scale`` in ``rect``; with ``result``, mark its levels and dots. Without
    ``detail`` the levels' descriptions are left out (the labels stay)."""
    if not scale:
        return
    shown = result if result is not None and result.status is not RatingStatus.SKIPPED else None
    if not detail:
        scale = [ScaleRow(row.level, row.label, "", row.picture) for row in scale]
    cols = _columns(c, scale, shown, rect.width())
    pad = c.px(1.0)
    heights = [_row_height(c, row, shown, cols) + 2 * pad for row in scale]
    spare = rect.height() - sum(heights)
    extra = max(0.0, min(spare / len(scale), c.px(MAX_SPARE)))
    y = rect.top()
    for row, height in zip(scale, heights, strict=True):
        _row(c, row, shown, cols, QRectF(rect.left(), y, rect.width(), height + extra), pad=pad)
        y += height + extra


def _markers(result: ResultView | None, level: int) -> list[str]:
    if result is None:
        return []
    marks = []
    if result.current == level:
        marks.append(NOW)
    if result.required == level:
        marks.append(NEEDED)
    return marks


def _columns(c: Canvas, scale: Sequence[ScaleRow], result: ResultView | None,
             width: float) -> _Columns:  # fmt: skip
    gap = c.px(1.6)
    number = max(c.natural_width(str(r.level), NUMBER) for r in scale) + gap
    if any(pictures.has_picture(r.picture) for r in scale):
        number += _picture_side(c) + gap  # the level's picture after its number
    markers = (
        (max(_pill_width(c, translate("Audience", m)) for m in (NOW, NEEDED)) + gap)
        if result is not None
        else 0.0
    )
    dots = (
        _dots_width(c, result, width * 0.22) + gap if result is not None and result.tally else 0.0
    )
    rest = width - number - markers - dots
    widest = max(c.natural_width(r.label, LABEL) for r in scale) + gap
    described = any(r.description for r in scale)
    label = min(widest, rest * 0.36) if described else rest
    return _Columns(number, label, rest - label, dots, markers, gap)


def _picture_side(c: Canvas) -> float:
    return c.line_height(NUMBER) * 1.3


def _dots_width(c: Canvas, result: ResultView, most: float) -> float:
    """Room for the longest row of dots at full size and its count, at most ``most``."""
    count = max((n for _, n in result.tally), default=0)
    label = c.natural_width(str(count), COUNT) + c.px(0.8)
    return min(most, count * c.line_height(COUNT) * 0.62 * 1.3 + label)


def _pill_width(c: Canvas, text: str) -> float:
    return c.natural_width(text, MARKER) + 0.9 * c.font_px(MARKER)


def _pill_height(c: Canvas) -> float:
    return c.line_height(MARKER) + 0.28 * c.font_px(MARKER)


def _row_height(c: Canvas, row: ScaleRow, result: ResultView | None, cols: _Columns) -> float:
    marks = len(_markers(result, row.level))
    return max(
        _picture_side(c) if pictures.has_picture(row.picture) else c.line_height(NUMBER),
        c.measure(row.label, LABEL, cols.label - cols.gap),
        c.measure(row.description, DESCRIPTION, cols.description - cols.gap),
        marks * _pill_height(c) + max(0, marks - 1) * c.px(0.6),
    )


def _row(c: Canvas, row: ScaleRow, result: ResultView | None, cols: _Columns, box: QRectF, *,
         pad: float) -> None:  # fmt: skip
    marks = _markers(result, row.level)
    on = "highlight" if marks else "background"
    if marks:
        c.fill(box.adjusted(-pad, 1, pad, -1), "highlight", pad)
    else:
        c.rule(box.left(), box.right(), box.bottom())
    x, y = box.left(), box.top() + pad
    # Labels share the number's baseline; descriptions start on the same line.
    shift = c.ascent(NUMBER) - c.ascent(LABEL)
    c.text(str(row.level), NUMBER, x, y, cols.number, on=on)
    if row.picture is not None and pictures.has_picture(row.picture):
        side = _picture_side(c)
        left = x + cols.number - cols.gap - side
        pictures.draw(c, row.picture, QRectF(left, y, side, side))
    x += cols.number
    c.text(row.label, LABEL, x, y + shift, cols.label - cols.gap, on=on)
    x += cols.label
    shift_d = c.ascent(NUMBER) - c.ascent(DESCRIPTION)
    c.text(row.description, DESCRIPTION, x, y + shift_d, cols.description - cols.gap, on=on)
    x += cols.description
    if result is not None and cols.dots:
        count = words.tally_count(result, row.level)
        if count:
            _dots(c, count, x, y, width=cols.dots - cols.gap, on=on)
    x += cols.dots
    my = y + c.ascent(NUMBER) - c.ascent(MARKER) - 0.14 * c.font_px(MARKER)
    for mark in marks:
        c.pill(translate("Audience", mark), MARKER, x, my, filled=mark == NOW, on=on)
        my += _pill_height(c) + c.px(0.6)


def _dots(c: Canvas, count: int, x: float, y: float, *, width: float, on: str) -> None:
    """``count`` dots in a line with the number after them; a bar when they would not fit."""
    label = str(count)
    label_w = c.natural_width(label, COUNT) + c.px(0.8)
    line_h = c.line_height(COUNT)
    cy = y + c.ascent(NUMBER) - c.ascent(COUNT) + line_h / 2
    room = width - label_w
    diameter = min(line_h * 0.62, room / (count * 1.3)) if room > 0 else 0.0
    if diameter >= line_h * 0.3:
        for i in range(count):
            c.dot(x + diameter / 2 + i * diameter * 1.3, cy, diameter, "split")
        end = x + count * diameter * 1.3 + diameter * 0.2
    else:
        bar = max(line_h * 0.4, room)
        c.fill(QRectF(x, cy - line_h * 0.22, bar, line_h * 0.44), "split")
        end = x + bar + c.px(0.4)
    c.text(label, COUNT, end, cy - line_h / 2, label_w, on=on)
