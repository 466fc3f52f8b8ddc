"""The heat map: groups (columns) × items (rows), each cell the level the group is at now.

Greyscale-safe: every cell prints its level; a split view is hatched; a skipped item says
"skip"; the differences between groups it is given get a diamond with the spread, and their
lowest and highest cells a heavy outline. The fill only repeats what the number says.
"""

from __future__ import annotations

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
) -> Chart:
    """The heat map of ``items`` for every group of ``workshop``; ``gaps`` are marked; its
    words are in ``language``."""
    groups = workshop.groups
    scale = workshop.framework.scale
    cell = min(MAX_CELL, CELLS_WIDTH / len(groups))
    cells_from = 1.0 - GAP_COLUMN - cell * len(groups)
    label_width = cells_from - CODE_WIDTH - 0.015
    marks_x = cells_from + cell * len(groups) + 0.02
    by_item = {g.item_code: g for g in gaps}
    shapes: list[Primitive] = [Text(0, 0.03, title, TITLE_SIZE, palette.INK, bold=True)]
    header_top = 0.05
    for col, group in enumerate(groups):
        x = cells_from + cell * (col + 0.5)
        lines = wrap(group.name, HEADER_SIZE, cell * 0.92, max_lines=HEADER_LINES, bold=True)
        for line_no, line in enumerate(lines):
            y = header_top + (HEADER_LINES - len(lines) + line_no + 1) * HEADER_SIZE * 1.2
            shapes.append(
                Text(x, y, line, HEADER_SIZE, palette.INK, Anchor.MIDDLE, True, cell * 0.94)
            )
    shapes.append(
        Text(
            marks_x,
            header_top + HEADER_LINES * HEADER_SIZE * 1.2,
            translate(language, "Charts", "Apart"),
            HEADER_SIZE,
            bold=True,
            max_width=1.0 - marks_x,
        )
    )
    top = header_top + HEADER_LINES * HEADER_SIZE * 1.2 + 0.012
    for row, item in enumerate(items):
        y = top + row * ROW
        baseline = y + ROW * 0.68
        shapes.append(Text(0, baseline, item.code, TEXT_SIZE, palette.INK, bold=True))
        lines = wrap(item.text, ITEM_SIZE, label_width, max_lines=2)
        first = baseline if len(lines) == 1 else y + ROW * 0.43
        for n, line in enumerate(lines):
            shapes.append(
                Text(CODE_WIDTH, first + n * ROW * 0.4, line, ITEM_SIZE, max_width=label_width)
            )
        gap = by_item.get(item.code)
        apart = {*gap.low_groups, *gap.high_groups} if gap is not None else set()
        for col, group in enumerate(groups):
            x = cells_from + cell * col
            rating = group.ratings.get(item.code)
            shapes.extend(_cell(x, y, cell, rating, scale, language=language))
            if group.key in apart:
                shapes.append(Rect(x + 0.002, y + 0.002, cell - 0.004, ROW - 0.004, None, GAP_LINE))
        if gap is not None:
            shapes.append(Marker(marks_x + 0.008, y + ROW / 2, 0.016, Shape.DIAMOND, palette.MARK))
            shapes.append(Text(marks_x + 0.022, baseline, str(gap.spread), TEXT_SIZE, bold=True))
    legend_y = top + len(items) * ROW + 0.035
    shapes.extend(_legend(legend_y, scale.lowest, scale.highest, language))
    marked = [i.code for i in items if i.code in by_item]
    description = translate(
        language, "Charts", "{title}: current level of {groups} groups on {items} items"
    ).format(title=title, groups=len(groups), items=len(items))
    if marked:
        on = translate(language, "Charts", "differences between groups on {codes}")
        description += f"; {on.format(codes=', '.join(marked))}"
    description += "."
    return Chart(title, description, legend_y + LEGEND - 0.035, tuple(shapes))


def _cell(x: float, y: float, w: float, rating: Rating | None, scale: Scale, *,
          language: str) -> list[Primitive]:  # fmt: skip
    centre, baseline = x + w / 2, y + ROW * 0.68
    if rating is None:
        return [
            Rect(x, y, w, ROW, palette.PAPER, Stroke(palette.GRID, 0.5)),
            Text(centre, baseline, "–", TEXT_SIZE, palette.MUTED, Anchor.MIDDLE),
        ]
    if rating.status is RatingStatus.SKIPPED or rating.current_level is None:
        word = (
            translate(language, "Charts", "skip") if rating.status is RatingStatus.SKIPPED else "?"
        )
        return [
            Rect(x, y, w, ROW, palette.EMPTY, CELL_LINE, Pattern.CROSS, palette.GRID),
            Text(centre, baseline, word, TEXT_SIZE * 0.9, palette.MUTED, Anchor.MIDDLE),
        ]
    step = palette.ramp_step(rating.current_level, scale.lowest, scale.highest)
    text_role = palette.text_role_on(step)
    split = rating.status is RatingStatus.SPLIT
    pattern = Pattern.HATCH if split else Pattern.NONE
    label = f"{rating.current_level}{'*' if split else ''}"
    return [
        Rect(x, y, w, ROW, palette.ramp_role(step), CELL_LINE, pattern, text_role),
        Text(centre, baseline, label, TEXT_SIZE * 1.05, text_role, Anchor.MIDDLE, True),
    ]


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
