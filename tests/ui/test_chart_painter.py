"""The Qt chart painter draws what the chart definitions say, where they say it: cell colours,
hatching for a split, outlines of differences between groups and diamonds, the radar's fill, and every
string (shrunk or shortened to its width as the PDF does)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from coprod_desktop.charts import palette
from coprod_desktop.charts.heat_map import GAP_LINE, heat_map
from coprod_desktop.charts.primitives import Chart, Marker, Pattern, Rect, Shape, Text
from coprod_desktop.charts.radar import CENTRE, profile_radar
from coprod_desktop.charts.text_fit import MIN_SHRINK
from coprod_desktop.domain.analysis import ProfileRow, group_differences, items_in_scope
from coprod_desktop.domain.framework import Framework
from coprod_desktop.ui.chart_painter import paint_chart
from tests.charts.test_charts import small

WIDTH = 800


def painted(chart: Chart, colours: dict[str, str] | None = None) -> tuple[QImage, list[str]]:
    image = QImage(WIDTH, round(chart.height * WIDTH) + 1, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        texts = paint_chart(painter, chart, x=0, y=0, width=WIDTH,
                            colours=colours or dict(palette.PALETTE))  # fmt: skip
    finally:
        painter.end()
    return image, [t.text for t in texts]


def colour_at(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(round(x * WIDTH), round(y * WIDTH))


def near(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(rgb(a), rgb(b), strict=True))


def rgb(c: QColor) -> tuple[int, int, int]:
    return c.red(), c.green(), c.blue()


def cell(chart: Chart, fill: str, pattern: Pattern = Pattern.NONE) -> Rect:
    """The first heat-map cell filled with ``fill`` (not a legend swatch: those come last)."""
    return next(
        s for s in chart.shapes
        if isinstance(s, Rect) and s.fill == fill and s.pattern is pattern and s.h > 0.03
    )  # fmt: skip


def test_heat_map_cells_are_filled_with_the_colour_of_their_level(
    default_framework: Framework, qtbot: QtBot
) -> None:
    w = small(default_framework)
    chart = heat_map(w, items_in_scope(w), "Knowledge", group_differences(w))
    image, texts = painted(chart)
    four = palette.ramp_role(palette.ramp_step(4, 1, 5))
    box = cell(chart, four)
    # A corner of the cell, clear of its number and its outline.
    got = colour_at(image, box.x + box.w * 0.2, box.y + box.h * 0.25)
    assert near(got, QColor(palette.colour(four)))
    assert {"1", "4", "2*", "skip", "–", "K1", "K3"} <= set(texts)


def test_a_split_cell_is_hatched_and_an_agreed_one_is_not(
    default_framework: Framework, qtbot: QtBot
) -> None:
    w = small(default_framework)
    chart = heat_map(w, items_in_scope(w), "Knowledge", group_differences(w))
    image, _ = painted(chart)

    def off_fill(box: Rect) -> int:
        """Pixels in the cell's top-left quarter (inside any gap outline) that are not its
        fill colour."""
        fill = QColor(palette.colour(box.fill or palette.PAPER))
        count = 0
        for i in range(7, int(box.w * WIDTH * 0.4)):
            for j in range(7, int(box.h * WIDTH * 0.35)):
                pixel = image.pixelColor(int(box.x * WIDTH) + i, int(box.y * WIDTH) + j)
                count += not near(pixel, fill, 20)
        return count

    split = next(
        s for s in chart.shapes if isinstance(s, Rect) and s.pattern is Pattern.HATCH
    )  # the K3 cell comes before the legend's swatch
    agreed = cell(chart, palette.ramp_role(palette.ramp_step(4, 1, 5)))
    assert off_fill(split) > 20
    assert off_fill(agreed) == 0


def test_group_differences_get_a_dark_outline_and_a_diamond(
    default_framework: Framework, qtbot: QtBot
) -> None:
    w = small(default_framework)
    chart = heat_map(w, items_in_scope(w), "Knowledge", group_differences(w))
    image, texts = painted(chart)
    outline = next(s for s in chart.shapes if isinstance(s, Rect) and s.stroke == GAP_LINE)
    left_edge = colour_at(image, outline.x, outline.y + outline.h / 2)
    assert left_edge.lightness() < 90, left_edge.name()
    diamond = next(s for s in chart.shapes if isinstance(s, Marker) and s.shape is Shape.DIAMOND)
    assert colour_at(image, diamond.x, diamond.y).lightness() < 60
    assert "3" in texts  # K1 is seen three levels apart


def profile() -> tuple[ProfileRow, ...]:
    return tuple(
        ProfileRow(area, area.title(), 4, 4, 0, 0, 1, 2.0 + i * 0.5, 3.0, 1.0 - i * 0.5)
        for i, area in enumerate(("knowledge", "hard skills", "soft skills", "attitude"))
    )


#: Inside the "now" polygon and the first ring, clear of the axes and ring lines.
INSIDE = (CENTRE[0] + 0.01, CENTRE[1] - 0.01)


def test_the_radar_fills_now_and_prints_every_value(qtbot: QtBot) -> None:
    chart = profile_radar("By area", profile(), 1, 5)
    image, texts = painted(chart)
    fill = QColor(palette.colour(palette.NOW_FILL))
    expected = QColor(*(round(255 * 0.7 + c * 0.3) for c in rgb(fill)))  # 30 % fill
    assert near(colour_at(image, *INSIDE), expected, 8), colour_at(image, *INSIDE).name()
    outside = colour_at(image, 0.02, 0.5)
    assert near(outside, QColor("#ffffff"), 2)
    assert {"By area", "Knowledge", "now 2.0", "needed 3.0", "Now", "Needed"} <= set(texts)


def test_colours_come_from_the_mapping_given(qtbot: QtBot) -> None:
    chart = profile_radar("By area", profile(), 1, 5)
    image, _ = painted(chart, {**palette.PALETTE, palette.NOW_FILL: "#ff0000"})
    inside = colour_at(image, *INSIDE)
    assert inside.red() > 240 and inside.green() < 200 and inside.blue() < 200, inside.name()


def test_long_text_shrinks_then_is_shortened_like_in_the_pdf(qtbot: QtBot) -> None:
    long = "A very long group name that cannot possibly fit in a narrow column"
    chart = Chart("t", "d", 0.2, (
        Text(0.0, 0.05, "fits", 0.03, max_width=0.5),
        Text(0.0, 0.1, long, 0.03, max_width=0.2),
    ))  # fmt: skip
    texts = paint_chart(None, chart, x=0, y=0, width=WIDTH)
    fits, cut = texts
    assert fits.text == "fits" and fits.pixel_size == round(0.03 * WIDTH)
    assert cut.text.endswith("…") and len(cut.text) < len(long)
    assert cut.pixel_size == round(0.03 * WIDTH * MIN_SHRINK)
    assert cut.rect.width() <= 0.2 * WIDTH + 0.5
    # Measuring alone lays the text out exactly as painting does.
    image = QImage(WIDTH, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        assert paint_chart(painter, chart, x=0, y=0, width=WIDTH) == texts
    finally:
        painter.end()
