"""A widget that shows one chart definition, as wide as it is given and as tall as the chart's
proportions say (the same definition the report prints)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.charts.palette import PALETTE, PAPER
from coprod_desktop.charts.primitives import Chart
from coprod_desktop.ui.chart_painter import ChartText, paint_chart

PADDING = 8


class ChartWidget(QWidget):
    """Paints ``chart`` on paper; its height follows its width."""

    def __init__(self, chart: Chart, *, max_width: int = 100_000,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._chart = chart
        self._texts: list[ChartText] = []
        self.setMaximumWidth(max_width)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(240)
        self._describe()

    def chart(self) -> Chart:
        return self._chart

    def set_chart(self, chart: Chart) -> None:
        if chart != self._chart:
            self._chart = chart
            self._describe()
            self.updateGeometry()
            self.update()

    def drawn_text(self) -> list[str]:
        """The strings of the last paint (for tests and screen readers' sake)."""
        return [t.text for t in self._texts]

    def _describe(self) -> None:
        self.setAccessibleName(self._chart.title)
        self.setAccessibleDescription(self._chart.description)
        self.setToolTip(self._chart.description)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return round(self._chart.height * (width - 2 * PADDING)) + 2 * PADDING

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = min(self.maximumWidth(), 520)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, self.heightForWidth(240))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(PALETTE[PAPER]))
            width = self.width() - 2 * PADDING
            self._texts = paint_chart(painter, self._chart, x=PADDING, y=PADDING, width=width)
        finally:
            painter.end()
