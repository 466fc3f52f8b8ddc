"""The organisation view: every workshop across localities, filtered, as tables a keyboard and
a screen reader can walk (readiness heat map, stages, common needs, strengths, trend)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.organisation import OrganisationFigures, OrganisationFilter, TrendPoint
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.services.built_apart import run_apart
from coprod_desktop.services.organisation_view import OrganisationView, organisation_report
from coprod_desktop.ui.entry_fields import ISO_DATE, OptionalDate
from coprod_desktop.ui.exports.flow import ExportFlow
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language, translate
from coprod_desktop.ui.messages import plain_tooltip
from coprod_desktop.ui.results.parts import fit_columns, table
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import purpose_text, role_text, stage_title

#: Light (not ready) to mid blue (ready): black text stays above 6:1 contrast on every shade.
LIGHT, DARK = (240, 245, 255), (66, 146, 198)
# The columns that wrap: the needs' statements; the strengths' statements and localities.
NEEDS_WRAP, STRENGTHS_WRAP = (1,), (1, 2, 3)
# "Save as PDF…"'s messages, as the export flow says them ({title}: what the figures cover).
REPORT_WORDS = {
    "not saved": QT_TRANSLATE_NOOP("Exports", "The organisation report was not saved"),
    "saved": QT_TRANSLATE_NOOP("Exports", "Organisation report saved"),
    "exporting": QT_TRANSLATE_NOOP("Exports", "Saving the organisation report"),
    "making": QT_TRANSLATE_NOOP("Exports", "Making the organisation report from {title}…"),
    "open": QT_TRANSLATE_NOOP(
        "Exports", "The organisation report is saved as\n{path}\n\nOpen it now?"
    ),
}

if TYPE_CHECKING:
    from coprod_desktop.services.exports import ExportService


def stage_text(stage: Stage | None) -> str:
    return stage_title(stage) if stage else translate("Organisation", "Not placed")


def _shade(share: float) -> QColor:
    return QColor(*(round(lo + (hi - lo) * share) for lo, hi in zip(LIGHT, DARK, strict=True)))


class OrganisationWindow(QWidget):
    """Filters above, the figures in tabs below; "Save as PDF…" writes the organisation report
    (built in a child process, with its own connection: the window keeps turning meanwhile)."""

    def __init__(
        self, view: OrganisationView, exports: ExportService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.view = view
        # Saves the report off the UI thread, with progress and Cancel (never in the data folder).
        self.exports = ExportFlow(self, exports)
        self.setWindowTitle(translate("Organisation", "Organisation view"))
        fit_to_screen(self, 1100, 720)
        localities, services = view.choices()
        self.locality = self._choice(translate("Organisation", "All localities"), localities)
        self.service = self._choice(translate("Organisation", "All services"), services)
        self.purpose = QComboBox()
        self.purpose.addItem(translate("Organisation", "All purposes"), None)
        for purpose in WorkshopPurpose:
            self.purpose.addItem(purpose_text(purpose), purpose)
        self.held_from = OptionalDate(translate("Organisation", "&From"), start=None,
                                      name=translate("Organisation", "Held on or after"),
                                      shown_as=ISO_DATE)  # fmt: skip
        self.held_to = OptionalDate(translate("Organisation", "&To"), start=None,
                                    name=translate("Organisation", "Held on or before"),
                                    shown_as=ISO_DATE)  # fmt: skip
        for when in (self.held_from, self.held_to):
            when.tick.toggled.connect(self.refresh)
            when.field.dateChanged.connect(self.refresh)
        for combo in (self.locality, self.service, self.purpose):
            combo.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("Organisation", "What the figures cover"))
        source = QLabel(translate("Organisation", "Source: {0}").format(view.name))
        source.setTextFormat(Qt.TextFormat.PlainText)
        set_role(source, "muted")
        self.save = QPushButton(translate("Organisation", "&Save as PDF…"))
        self.save.clicked.connect(self.save_pdf)
        self.tabs = QTabWidget()
        self.heat = table(
            translate("Organisation", "Readiness by locality and group role"), [""], scrolls=True
        )
        item, statement = translate("Organisation", "Item"), translate("Organisation", "Statement")
        self.stages = table(
            translate("Organisation", "Spread of stages"),
            [translate("Organisation", "Stage"), translate("Organisation", "Groups")],
            scrolls=True,
        )
        # Statements and localities share the width and wrap (long ones pushed tables sideways).
        self.needs = table(
            translate("Organisation", "Most common needs"),
            [
                item,
                statement,
                translate("Organisation", "Groups with the need"),
                translate("Organisation", "Mean gap"),
            ],
            wraps=NEEDS_WRAP,
            scrolls=True,
        )
        self.strengths = table(
            translate("Organisation", "Strengths to share"),
            [item, statement, translate("Organisation", "Strong locality"),
             translate("Organisation", "Could share with")],
            wraps=STRENGTHS_WRAP, scrolls=True,
        )  # fmt: skip
        self.trend = table(translate("Organisation", "Trend by locality"), [""], scrolls=True)
        self.tabs.addTab(self.heat, translate("Organisation", "&Readiness"))
        self.tabs.addTab(self.stages, translate("Organisation", "St&ages"))
        self.tabs.addTab(self.needs, translate("Organisation", "Common &needs"))
        self.tabs.addTab(self.strengths, translate("Organisation", "Stren&gths to share"))
        self.tabs.addTab(self.trend, translate("Organisation", "Tr&end"))
        self.tabs.currentChanged.connect(self._show_when_seen)
        self._lay_out(source)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self.figures: OrganisationFigures | None = None
        self.refresh()

    def _choice(self, everything: str, values: Sequence[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(value, value)
        return combo

    def _lay_out(self, source: QLabel) -> None:
        filters = QGridLayout()
        for column, (text, field) in enumerate(
            (
                (translate("Organisation", "&Locality"), self.locality),
                (translate("Organisation", "Ser&vice"), self.service),
                (translate("Organisation", "&Purpose"), self.purpose),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            filters.addWidget(label, 0, column)
            filters.addWidget(field, 1, column)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Organisation", "Held")))
        for when in (self.held_from, self.held_to):
            # The style's indicator and spacing are wider than the hint allows for a short word.
            words = when.tick.fontMetrics().horizontalAdvance(when.tick.text().replace("&", ""))
            when.tick.setMinimumWidth(words + 48)
            top.addSpacing(12)
            top.addWidget(when.tick)
            top.addWidget(when.field)
        top.addSpacing(24)
        top.addWidget(self.summary, 1)
        top.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(source)

    def current_filter(self) -> OrganisationFilter:
        locality, service, purpose = (
            c.currentData() for c in (self.locality, self.service, self.purpose)
        )
        return OrganisationFilter(
            localities=(locality,) if locality else (),
            services=(service,) if service else (),
            purposes=(purpose,) if purpose else (),
            held_from=self.held_from.value(),
            held_to=self.held_to.value(),
        )

    def refresh(self) -> None:
        """Compute the figures for the filter as it is now, and show them."""
        f = self.view.figures(self.current_filter(), with_items=False)
        self.figures = f
        self.summary.setText(
            translate("Organisation", "{workshops} workshops, {groups} groups").format(
                workshops=f.workshops, groups=f.groups
            )
        )
        self._show_heat_map(f)
        _fill(self.stages, [[stage_text(s.stage), str(s.groups)] for s in f.stages])
        for later in (self.needs, self.strengths, self.trend):
            _fill(later, [])
        self._shown_for: dict[QTableWidget, OrganisationFilter] = {}
        self._show_when_seen()

    def _show_when_seen(self, *_index: int) -> None:
        """The common needs and strengths (one query over the per-item sums, half the work) and
        the trend (its own query) are computed when their tab is shown, once per filter."""
        flt, seen = self.current_filter(), self.tabs.currentWidget()
        if seen not in (self.needs, self.strengths, self.trend) or self._shown_for.get(seen) == flt:
            return
        if seen is self.trend:
            self._show_trend(self.view.trend(flt))
            self._shown_for[self.trend] = flt
            return
        needs, strengths = self.view.items(flt)
        _fill(
            self.needs,
            [[n.item_code, n.item_text, str(n.groups), f"{n.mean_gap:.1f}"] for n in needs],
            NEEDS_WRAP,
        )
        _fill(
            self.strengths,
            [
                [s.item_code, s.item_text, f"{s.strong_locality} ({s.strong_share:.0%})",
                 f"{s.weak_locality} ({s.weak_share:.0%})"]
                for s in strengths
            ],
            STRENGTHS_WRAP,
        )  # fmt: skip
        self._shown_for[self.needs] = self._shown_for[self.strengths] = flt

    def _show_heat_map(self, f: OrganisationFigures) -> None:
        roles = f.roles
        self.heat.setColumnCount(1 + len(roles))
        heads = [translate("Organisation", "Locality"), *(role_text(r) for r in roles)]
        self.heat.setHorizontalHeaderLabels(heads)
        rows = []
        for locality in f.localities:
            row = [locality]
            for role in roles:
                cell = f.cell(locality, role)
                row.append(f"{cell.share:.0%} ({cell.assessed})" if cell else "–")
            rows.append(row)
        _fill(self.heat, rows)
        for r, locality in enumerate(f.localities):
            for c, role in enumerate(roles, start=1):
                cell = f.cell(locality, role)
                item = self.heat.item(r, c)
                if cell is None or item is None:
                    continue
                item.setBackground(QBrush(_shade(cell.share)))
                item.setForeground(QBrush(QColor("black")))

    def _show_trend(self, trend: Sequence[TrendPoint]) -> None:
        """A row per locality: its baselines, then their first, second … follow-ups."""
        steps = sorted({t.step for t in trend})
        heads = [
            translate("Organisation", "Baseline")
            if n == 0
            else translate("Organisation", "Follow-up {n}").format(n=n)
            for n in steps
        ]
        self.trend.setColumnCount(1 + len(steps))
        self.trend.setHorizontalHeaderLabels([translate("Organisation", "Locality"), *heads])
        rows = []
        for locality in sorted({t.locality for t in trend}):
            points = {t.step: t for t in trend if t.locality == locality}
            rows.append(
                [locality]
                + [f"{points[n].share:.0%} ({points[n].workshops})" if n in points else "–"
                   for n in steps]
            )  # fmt: skip
        _fill(self.trend, rows)

    def save_pdf(self) -> None:
        """Ask where, then write the organisation report for the current filter."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("Organisation", "Save the organisation report"),
            translate("Organisation", "organisation.pdf"),
            translate("Organisation", "PDF documents (*.pdf)"),
        )
        if chosen:
            self.write_pdf(Path(chosen))

    def write_pdf(self, path: Path) -> None:
        """Write the report for the current filter to ``path`` off the UI thread: the export
        flow says when it is saved, or why nothing was written."""
        if self.exports.busy:  # one at a time: show the one under way
            self.exports.progress_dialog.show()
            return
        work = partial(
            organisation_report,
            self.view.where,
            self.current_filter(),
            "cy" if current_language() == "cy" else "en",
        )
        self.exports.start(REPORT_WORDS, self.view.name, path, partial(run_apart, work))


def _fill(shown: QTableWidget, rows: Sequence[Sequence[str]], wraps: Sequence[int] = (0,)) -> None:
    shown.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            cell.setToolTip(plain_tooltip(text))
            if c not in wraps:  # figures centred, words left
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setItem(r, c, cell)
    fit_columns(shown, wraps)
    shown.resizeRowsToContents()
