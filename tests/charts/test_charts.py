"""Chart definitions are plain data: every value printed, patterns and markers for meaning."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from coprod_desktop.charts.heat_map import heat_map
from coprod_desktop.charts.palette import PALETTE, ramp_step, text_role_on
from coprod_desktop.charts.primitives import Chart, Marker, Pattern, Polygon, Rect, Shape, Text
from coprod_desktop.charts.radar import profile_radar
from coprod_desktop.domain.analysis import group_differences, group_profile, items_in_scope
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus, Tally
from coprod_desktop.domain.scale import Scale, ScaleLevel
from coprod_desktop.domain.workshop import Group, Workshop
from tests.conftest import ROOT


def small(framework: Framework) -> Workshop:
    g1 = Group(
        key="g1",
        name="Service users and carers",
        ratings={
            "K1": Rating(item_code="K1", current_level=1, required_level=3),
            "K3": Rating(
                item_code="K3",
                status=RatingStatus.SPLIT,
                current_level=2,
                tally=Tally({1: 1, 2: 1, 3: 1}),
            ),
            "H1": Rating(item_code="H1", status=RatingStatus.SKIPPED),
        },
    )
    g2 = Group(key="g2", name="Managers", ratings={"K1": Rating(item_code="K1", current_level=4)})
    return Workshop(
        uid="w", title="T", framework=framework, item_codes=("K1", "K3", "H1"), groups=(g1, g2)
    )


def inside(chart: Chart) -> bool:
    points: list[tuple[float, float]] = []
    for s in chart.shapes:
        if isinstance(s, Rect):
            points += [(s.x, s.y), (s.x + s.w, s.y + s.h)]
        elif isinstance(s, Polygon):
            points += list(s.points)
        elif isinstance(s, Text | Marker):
            points.append((s.x, s.y))
    return all(-0.001 <= x <= 1.001 and -0.001 <= y <= chart.height + 0.001 for x, y in points)


def test_heat_map_prints_levels_and_marks_split_skip_and_group_differences(
    default_framework: Framework,
) -> None:
    w = small(default_framework)
    gaps = group_differences(w)
    chart = heat_map(w, items_in_scope(w), "Knowledge", gaps)
    texts = [s.text for s in chart.shapes if isinstance(s, Text)]
    assert {"1", "4", "2*", "skip", "–"} <= set(texts)
    assert "K1" in texts and "K3" in texts
    hatched = [s for s in chart.shapes if isinstance(s, Rect) and s.pattern is Pattern.HATCH]
    assert len(hatched) == 2  # the split cell and its legend swatch
    diamonds = [s for s in chart.shapes if isinstance(s, Marker) and s.shape is Shape.DIAMOND]
    assert len(diamonds) == 1 + 1  # K1 is seen 3 levels apart; plus the legend
    assert "3" in texts
    assert "differences between groups on K1" in chart.description
    assert inside(chart)
    for s in chart.shapes:
        fill = getattr(s, "fill", None)
        assert fill is None or fill in PALETTE


def test_heat_map_of_needs_prints_each_gap_beside_the_levels(
    default_framework: Framework,
) -> None:
    w = small(default_framework)
    chart = heat_map(w, items_in_scope(w), "Knowledge", group_differences(w), needs=True)
    texts = [s.text for s in chart.shapes if isinstance(s, Text)]
    assert {"Level now", "Gap: needed − now", "Apart"} <= set(texts)
    assert texts.count("Managers") == 2  # a header over each panel
    need_fills = {
        s.fill for s in chart.shapes if isinstance(s, Rect) and str(s.fill).startswith("need_")
    }
    assert "need_1" in need_fills  # K1: now 1, needed 3, a gap of 2
    assert "2" in texts
    assert "1 training needs: the gap is needed minus now" in chart.description
    assert inside(chart)
    plain = heat_map(w, items_in_scope(w), "Knowledge", group_differences(w))
    assert "Gap: needed − now" not in [s.text for s in plain.shapes if isinstance(s, Text)]
    without_key = heat_map(
        w, items_in_scope(w), "K", group_differences(w), needs=True, legend=False
    )
    assert without_key.height < chart.height


def test_radar_shows_now_and_needed_with_numbers(default_framework: Framework) -> None:
    w = small(default_framework)
    profile = group_profile(w, w.groups[0])
    chart = profile_radar("By area", profile.by_area, 1, 5)
    texts = [s.text for s in chart.shapes if isinstance(s, Text)]
    assert "Knowledge" in texts and "now 1.5" in texts and "needed 3.0" in texts
    markers = {s.shape for s in chart.shapes if isinstance(s, Marker)}
    assert {Shape.CIRCLE, Shape.SQUARE} <= markers
    assert "Knowledge: now 1.5, needed 3.0" in chart.description
    assert inside(chart)


def test_ramp_gets_darker_and_text_stays_readable() -> None:
    steps = [ramp_step(level, 1, 5) for level in range(1, 6)]
    assert steps == sorted(steps) and len(set(steps)) == 5
    assert text_role_on(steps[0]) == "ink" and text_role_on(steps[-1]) == "paper"


def test_charts_domain_and_services_load_without_reportlab_openpyxl_or_qt() -> None:
    code = (
        "import sys\n"
        "import coprod_desktop.charts.heat_map, coprod_desktop.charts.radar\n"
        "import coprod_desktop.domain.results, coprod_desktop.services.exports\n"
        "import coprod_desktop.cli\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl', 'PySide6')]\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_a_heat_map_drawn_again_shows_each_cell_as_it_is_now(
    default_framework: Framework,
) -> None:
    """Cells are remembered by what they show: a changed rating, another language or another
    scale draws the cell anew, and a map drawn again equals one drawn the first time."""
    w = small(default_framework)
    items = items_in_scope(w)

    def texts(workshop: Workshop, language: str = "en") -> list[str]:
        chart = heat_map(workshop, items, "K", (), language=language)
        return [s.text for s in chart.shapes if isinstance(s, Text)]

    first = texts(w)
    assert texts(w) == first and "skip" in first
    assert "hepgor" in texts(w, "cy") and "skip" not in texts(w, "cy")
    changed = w.with_rating("g2", "K1", Rating(item_code="K1", current_level=2))
    now = texts(changed)  # Managers at 2 on K1, not 4 (the legend prints every level too)
    assert (now.count("4"), now.count("2")) == (first.count("4") - 1, first.count("2") + 1)
    fills = {
        s.fill
        for s in heat_map(changed, items, "K", (), legend=False).shapes
        if isinstance(s, Rect) and str(s.fill).startswith("ramp")
    }
    seven = Scale(tuple(ScaleLevel(level, f"Level {level}", "") for level in range(1, 8)))
    wider = dataclasses.replace(default_framework, scale=seven, level_words={})
    on_seven = dataclasses.replace(changed, framework=wider)
    fills_on_seven = {
        s.fill
        for s in heat_map(on_seven, items, "K", (), legend=False).shapes
        if isinstance(s, Rect) and str(s.fill).startswith("ramp")
    }
    assert fills_on_seven != fills  # the same levels sit lower on a longer scale
