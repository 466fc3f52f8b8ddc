"""The results window's heat maps: one chart per area, every group against every item, redrawn
only when what it shows changed (a rating saved elsewhere leaves the other areas alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from coprod_desktop.charts.heat_map import heat_map
from coprod_desktop.domain.analysis import GroupDifference, items_in_scope
from coprod_desktop.domain.framework import Area
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import spoken_language
from coprod_desktop.ui.results.chart_widget import ChartWidget


class HeatMapColumn(QVBoxLayout):
    """The heat maps, one under another; ``charts`` by area."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[Area, ChartWidget] = {}
        #: What each chart was last drawn from.
        self._shown: dict[Area, object] = {}

    def show_results(self, w: Workshop, gaps: tuple[GroupDifference, ...]) -> None:
        """Every group on every item of ``w``, the items of ``gaps`` marked."""
        items = items_in_scope(w)
        marked = {g.item_code: g for g in gaps}
        language = spoken_language()
        for area in Area:
            chosen = [i for i in items if i.area is area]
            if not chosen:
                continue
            shown = (
                language,
                [g.name for g in w.groups],
                [
                    (i, marked.get(i.code), [g.ratings.get(i.code) for g in w.groups])
                    for i in chosen
                ],
            )
            if self._shown.get(area) == shown:
                continue
            self._shown[area] = shown
            chart = heat_map(w, chosen, w.framework.area_text(area).title, gaps, language=language)
            widget = self.charts.get(area)
            if widget is None:
                widget = self.charts[area] = ChartWidget(chart, max_width=1100)
                self.addWidget(widget)
            else:
                widget.set_chart(chart)
