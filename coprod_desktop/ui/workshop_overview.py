"""A read-only view of one workshop's ratings: items down the side, groups across."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.rating_grid import ITEM_COLUMN, RatingGridModel
from coprod_desktop.ui.results.parts import keep_rows_fitted
from coprod_desktop.ui.room_for_focus import CELL_PADDING, RoomForFocus
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import date_text

GROUP_COLUMN_WIDTH = 190
DEFAULT_SIZE = (1280, 800)


class WorkshopOverviewWindow(QWidget):
    """The honest read-only view of a workshop until the live console replaces it."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            translate("Overview", "{title} – overview").format(title=workshop.title)
        )
        fit_to_screen(self, *DEFAULT_SIZE)
        self.workshop = workshop
        self.model = RatingGridModel(workshop)

        title = QLabel(workshop.title)
        title.setTextFormat(Qt.TextFormat.PlainText)  # user text: shown as typed, never markup
        title.setWordWrap(True)
        set_role(title, "heading")
        facts = [
            date_text(workshop.held_on),
            workshop.organisation,
            translate("Overview", "%n group(s)", None, len(workshop.groups)),
            translate(
                "Overview", "{recorded} of %n rating(s) recorded", None, workshop.rating_slots
            ).format(recorded=workshop.ratings_recorded),
        ]
        subtitle = QLabel(" · ".join(f for f in facts if f))
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        set_role(subtitle, "muted")

        self.table = self._build_table()
        levels = " · ".join(f"{lv.level} {lv.label}" for lv in workshop.framework.scale.levels)
        legend = QLabel(
            translate(
                "Overview",
                "“2 → 4” means the group is at level 2 now and needs level 4. "
                "Cells with a gap are shaded and say how big the gap is. "
                "“split” means the group did not agree: point at the cell to see the votes.\n"
                "Levels: {levels}",
            ).format(levels=levels)
        )
        legend.setWordWrap(True)
        set_role(legend, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        for keys in ("Escape", "Ctrl+W"):  # as the results window closes
            QShortcut(QKeySequence(keys), self, self.close)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        table.setWordWrap(True)
        table.setItemDelegate(RoomForFocus(table, padding=CELL_PADDING))  # statements whole
        table.setTabKeyNavigation(False)  # the arrows move through the cells; Tab moves on
        table.setAccessibleName(translate("Overview", "Ratings"))
        table.setObjectName("ratingGrid")
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(ITEM_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, GROUP_COLUMN_WIDTH)
        for row in range(self.model.rowCount()):
            if self.model.is_section(row):
                table.setSpan(row, 0, 1, self.model.columnCount())
        keep_rows_fitted(table)  # as the window's width changes, the statements rewrap
        return table

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.table.resizeRowsToContents()
