"""The heat map: groups (columns) × items (rows), each cell the level the group is at now;
with ``needs``, a second panel beside it: each group's gap (needed − now) where it has a
training need.

Greyscale-safe: every cell prints its number; a split view is hatched; a skipped item says
"skip"; the differences between groups it is given get a diamond with how far apart they are,
and their lowest and highest cells a heavy outline. The fill only repeats what the number says.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from coprod_desktop.charts import palette
from coprod_desktop.charts.primitives import (
    Anchor,
    Chart,
    Marker,
    Pattern,
    Primitive,
    Rect,
    Shape,
    Stroke,
    Text,
)
from coprod_desktop.charts.text_fit import wrap
from coprod_desktop.domain.analysis import GroupDifference
from coprod_desktop.domain.framework import Item
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.scale import Scale
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.wording.catalogue import translate

TITLE_SIZE = 0.024
TEXT_SIZE = 0.016
ITEM_SIZE = 0.0145
CODE_WIDTH = 0.05
CELLS_WIDTH = 0.5
#: With the panel of needs beside the levels, the cells take more of the width.
CELLS_WIDTH_WITH_NEEDS = 0.62
MAX_CELL = 0.1
GAP_COLUMN = 0.07
ROW = 0.04
HEADER_SIZE = 0.014
HEADER_LINES = 4
LEGEND = 0.075

CELL_LINE = Stroke(palette.PAPER, 1.0)
GAP_LINE = Stroke(palette.MARK, 1.8)


def heat_map(
    workshop: Workshop,
    items: Sequence[Item],
    title: str,
    gaps: Sequence[GroupDifference],
    *,
    language: str = "en",
    needs: bool = False,
    legend: bool = True,
) -> Chart:
    """The heat map of ``items`` for every group of ``workshop``; ``gaps`` are marked; its
    words are in ``language``. With ``needs``, each group's gap beside its level; ``legend``
    False leaves the key out (for all but the last of several maps on a page)."""
    groups = workshop.groups
    scale = workshop.framework.scale
    columns = len(groups) * (2 if needs else 1)
    panel_gap = 0.02 if needs else 0.0
    cells_width = CELLS_WIDTH_WITH_NEEDS if needs else CELLS_WIDTH
    cell = min(MAX_CELL, (cells_width - panel_gap) / columns)
    cells_from = 1.0 - GAP_COLUMN - cell * columns - panel_gap
    needs_from = cells_from + cell * len(groups) + panel_gap if needs else None
    marks_x = cells_from + cell * columns + panel_gap + 0.02
    shapes: list[Primitive] = [Text(0, 0.03, title, TITLE_SIZE, palette.INK, bold=True)]
    header_top = 0.05
    if needs_from is not None:
        for x, word in (
            (cells_from, translate(language, "Charts", "Level now")),
            (needs_from, translate(language, "Charts", "Gap: needed − now")),
        ):
            shapes.append(Text(x, header_top, word, HEADER_SIZE, bold=True))
        header_top += HEADER_SIZE * 1.3
    for start in (cells_from,) if needs_from is None else (cells_from, needs_from):
        for col, group in enumerate(groups):
            shapes += _group_header(start + cell * (col + 0.5), header_top, cell, group.name)
    header_bottom = header_top + HEADER_LINES * HEADER_SIZE * 1.2
    apart_word = translate(language, "Charts", "Apart")
    shapes.append(
        Text(marks_x, header_bottom, apart_word, HEADER_SIZE, bold=True, max_width=1.0 - marks_x)
    )
    top = header_bottom + 0.012
    by_item = {g.item_code: g for g in gaps}
    need_count = 0
    for row, item in enumerate(items):
        y = top + row * ROW
        shapes += _item_label(y, item, cells_from - CODE_WIDTH - 0.015)
        gap = by_item.get(item.code)
        apart = {*gap.low_groups, *gap.high_groups} if gap is not None else set()
        for col, group in enumerate(groups):
            x = cells_from + cell * col
            rating = group.ratings.get(item.code)
            shapes.extend(_cell(x, y, cell, rating, scale, language=language))
            if group.key in apart:
                shapes.append(Rect(x + 0.002, y + 0.002, cell - 0.004, ROW - 0.004, None, GAP_LINE))
            if needs_from is not None:
                gap_cell = _gap_cell(needs_from + cell * col, y, cell, rating)
                need_count += len(gap_cell) > 1
                shapes.extend(gap_cell)
        if gap is not None:
            shapes.append(Marker(marks_x + 0.008, y + ROW / 2, 0.016, Shape.DIAMOND, palette.MARK))
            shapes.append(
                Text(marks_x + 0.022, y + ROW * 0.68, str(gap.spread), TEXT_SIZE, bold=True)
            )
    bottom = top + len(items) * ROW
    if legend:
        shapes.extend(_legend(bottom + 0.035, scale.lowest, scale.highest, language))
        bottom += LEGEND
        if needs:
            shapes.extend(_gap_legend(bottom + 0.03, scale.highest - scale.lowest, language))
            bottom += LEGEND - 0.005
    marked = [i.code for i in items if i.code in by_item]
    words = _description(title, len(groups), len(items), marked,
                         need_count=need_count if needs else None, language=language)  # fmt: skip
    return Chart(title, words, bottom + 0.01, tuple(shapes))


def _description(title: str, groups: int, items: int, marked: Sequence[str], *,
                 need_count: int | None, language: str) -> str:  # fmt: skip
    """What the chart shows, in words (its text alternative)."""
    description = translate(
        language, "Charts", "{title}: current level of {groups} groups on {items} items"
    ).format(title=title, groups=groups, items=items)
    if need_count is not None:
        described = translate(
            language, "Charts", "{needs} training needs: the gap is needed minus now"
        )
        description += "; " + described.format(needs=need_count)
    if marked:
        on = translate(language, "Charts", "differences between groups on {codes}")
        description += f"; {on.format(codes=', '.join(marked))}"
    return description + "."


def _item_label(y: float, item: Item, width: float) -> list[Primitive]:
    """The item's code, then its statement on up to two lines."""
    baseline = y + ROW * 0.68
    shapes: list[Primitive] = [Text(0, baseline, item.code, TEXT_SIZE, palette.INK, bold=True)]
    lines = wrap(item.text, ITEM_SIZE, width, max_lines=2)
    first = baseline if len(lines) == 1 else y + ROW * 0.43
    for n, line in enumerate(lines):
        shapes.append(Text(CODE_WIDTH, first + n * ROW * 0.4, line, ITEM_SIZE, max_width=width))
    return shapes


def _group_header(centre: float, top: float, cell: float, name: str) -> list[Primitive]:
    lines = wrap(name, HEADER_SIZE, cell * 0.92, max_lines=HEADER_LINES, bold=True)
    return [
        Text(
            centre,
            top + (HEADER_LINES - len(lines) + line_no + 1) * HEADER_SIZE * 1.2,
            line,
            HEADER_SIZE,
            palette.INK,
            Anchor.MIDDLE,
            True,
            cell * 0.94,
        )
        for line_no, line in enumerate(lines)
    ]


def _gap_cell(x: float, y: float, w: float, rating: Rating | None) -> list[Primitive]:
    """The group's gap on the item when it is a training need; an empty cell otherwise."""
    gap = rating.gap if rating is not None and rating.status is not RatingStatus.SKIPPED else None
    if gap is None or gap <= 0:
        return [Rect(x, y, w, ROW, palette.PAPER, Stroke(palette.GRID, 0.5))]
    step = palette.need_step(gap)
    text_role = palette.text_role_on_need(step)
    split = rating is not None and rating.status is RatingStatus.SPLIT
    pattern = Pattern.HATCH if split else Pattern.NONE
    return [
        Rect(x, y, w, ROW, palette.need_role(step), CELL_LINE, pattern, text_role),
        Text(x + w / 2, y + ROW * 0.68, str(gap), TEXT_SIZE * 1.05, text_role, Anchor.MIDDLE, True),
    ]


def _gap_legend(y: float, largest: int, language: str) -> list[Primitive]:
    key = translate(language, "Charts", "Gap:")
    shapes: list[Primitive] = [Text(0, y, key, TEXT_SIZE, palette.INK, bold=True)]
    x = 0.11
    box = 0.034
    for gap in range(1, max(1, largest) + 1):
        step = palette.need_step(gap)
        role = palette.text_role_on_need(step)
        shapes.append(Rect(x, y - ROW * 0.68, box, ROW, palette.need_role(step), CELL_LINE))
        shapes.append(Text(x + box / 2, y, str(gap), TEXT_SIZE, role, Anchor.MIDDLE))
        x += box
    x += 0.03
    shapes += [
        Rect(x, y - ROW * 0.68, box, ROW, palette.PAPER, Stroke(palette.GRID, 0.5)),
        Text(x + box + 0.01, y, translate(language, "Charts", "no training need"), TEXT_SIZE),
    ]
    return shapes


def _cell(x: float, y: float, w: float, rating: Rating | None, scale: Scale, *,
          language: str) -> tuple[Primitive, ...]:  # fmt: skip
    shown = (rating.status, rating.current_level) if rating is not None else (None, None)
    return _drawn_cell((x, y, w), shown, (scale.lowest, scale.highest), language)


@functools.lru_cache(maxsize=8192)  # the results window redraws a map for one changed cell
def _drawn_cell(box: tuple[float, float, float], shown: tuple[RatingStatus | None, int | None],
                scale: tuple[int, int], language: str) -> tuple[Primitive, ...]:  # fmt: skip
    """A cell's shapes at ``box`` (x, y, width), from all it shows of a rating: its status
    (None for no rating) and level now, on the scale from ``scale[0]`` to ``scale[1]``."""
    (x, y, w), (status, level) = box, shown
    lowest, highest = scale
    centre, baseline = x + w / 2, y + ROW * 0.68
    if status is None:
        return (
            Rect(x, y, w, ROW, palette.PAPER, Stroke(palette.GRID, 0.5)),
            Text(centre, baseline, "–", TEXT_SIZE, palette.MUTED, Anchor.MIDDLE),
        )
    if status is RatingStatus.SKIPPED or level is None:
        word = translate(language, "Charts", "skip") if status is RatingStatus.SKIPPED else "?"
        return (
            Rect(x, y, w, ROW, palette.EMPTY, CELL_LINE, Pattern.CROSS, palette.GRID),
            Text(centre, baseline, word, TEXT_SIZE * 0.9, palette.MUTED, Anchor.MIDDLE),
        )
    step = palette.ramp_step(level, lowest, highest)
    text_role = palette.text_role_on(step)
    split = status is RatingStatus.SPLIT
    pattern = Pattern.HATCH if split else Pattern.NONE
    label = f"{level}{'*' if split else ''}"
    return (
        Rect(x, y, w, ROW, palette.ramp_role(step), CELL_LINE, pattern, text_role),
        Text(centre, baseline, label, TEXT_SIZE * 1.05, text_role, Anchor.MIDDLE, True),
    )


def _legend(y: float, lowest: int, highest: int, language: str) -> list[Primitive]:
    level_now = translate(language, "Charts", "Level now:")
    shapes: list[Primitive] = [Text(0, y, level_now, TEXT_SIZE, palette.INK, bold=True)]
    x = 0.11
    box = 0.034
    for level in range(lowest, highest + 1):
        step = palette.ramp_step(level, lowest, highest)
        shapes.append(Rect(x, y - ROW * 0.68, box, ROW, palette.ramp_role(step), CELL_LINE))
        shapes.append(
            Text(x + box / 2, y, str(level), TEXT_SIZE, palette.text_role_on(step), Anchor.MIDDLE)
        )
        x += box
    x += 0.03
    split_step = palette.ramp_step(lowest + 1, lowest, highest)
    shapes += [
        Rect(x, y - ROW * 0.68, box, ROW, palette.ramp_role(split_step), CELL_LINE, Pattern.HATCH),
        Text(x + box / 2, y, "3*", TEXT_SIZE, palette.INK, Anchor.MIDDLE, True),
        Text(x + box + 0.01, y, translate(language, "Charts", "split view"), TEXT_SIZE),
    ]
    x += box + 0.13
    shapes += [
        Rect(x, y - ROW * 0.68, box, ROW, palette.EMPTY, None, Pattern.CROSS, palette.GRID),
        Text(
            x + box / 2,
            y,
            translate(language, "Charts", "skip"),
            TEXT_SIZE * 0.9,
            palette.MUTED,
            Anchor.MIDDLE,
        ),
        Text(x + box + 0.01, y, translate(language, "Charts", "skipped"), TEXT_SIZE),
    ]
    x += box + 0.11
    shapes += [
        Text(x + box / 2, y, "–", TEXT_SIZE, palette.MUTED, Anchor.MIDDLE),
        Text(x + box + 0.005, y, translate(language, "Charts", "not rated"), TEXT_SIZE),
    ]
    y2 = y + 0.035
    shapes += [
        Marker(0.008, y2 - ROW * 0.2, 0.016, Shape.DIAMOND, palette.MARK),
        Text(
            0.022,
            y2,
            translate(
                language,
                "Charts",
                "n  difference between groups: their own ratings are n levels apart; "
                "the lowest and highest cells are outlined",
            ),
            TEXT_SIZE,
        ),
    ]
    return shapes
