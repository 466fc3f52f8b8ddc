"""The results window: what the analysis says about the workshop being run, live.

One group at a time (chosen at the top): its profile charts, stage placement beside the
indicative stage, and training needs; then every group on the heat map, the largest differences
marked; and for a follow-up, the distance travelled since the baseline. The charts are the
report's own chart definitions, drawn by the Qt painter, so the report shows what the room saw.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.charts.primitives import Chart
from coprod_desktop.charts.radar import profile_radar
from coprod_desktop.domain.analysis import LARGEST_DIFFERENCES, TrainingNeed
from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.results import GroupResults, WorkshopResults, analyse
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.console.keyboard import DigitKeys
from coprod_desktop.ui.console.projector_bar import slide_key
from coprod_desktop.ui.i18n import spoken_language, translate
from coprod_desktop.ui.results.change import ChangeSection
from coprod_desktop.ui.results.chart_widget import ChartWidget
from coprod_desktop.ui.results.explained import RulesPanel, rules_button
from coprod_desktop.ui.results.group_choice import group_choice, list_groups
from coprod_desktop.ui.results.heat_maps import HeatMapColumn
from coprod_desktop.ui.results.parts import (
    RowWords,
    SavedResults,
    StageCard,
    label,
    show_needs,
    table,
)
from coprod_desktop.ui.results.perception import PerceptionSection
from coprod_desktop.ui.results.strengths import StrengthsSection
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.session.controller import SessionController

DEFAULT_SIZE = (1280, 800)
RADAR_WIDTH = 440
EMPTY = Chart("", "", 1.0, ())
#: Slides about one group: put up from here (button or Alt+digit), they show the chosen group.
GROUP_SLIDES = (Slide.RESULTS, Slide.PERCEPTION)


class ResultsWindow(QWidget):
    """The results of ``controller``'s workshop (compared with ``baseline`` if given): live
    with a session, which can also put them on the projector; as saved otherwise."""

    def __init__(self, controller: SessionController | SavedResults,
                 baseline: Workshop | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.live = isinstance(controller, SessionController)
        self.baseline = baseline
        self.setWindowTitle(
            translate("Results", "Results — {title}").format(title=controller.workshop.title)
        )
        fit_to_screen(self, *DEFAULT_SIZE)
        self._pending = False
        self._stale = True
        self.results: WorkshopResults | None = None

        self.group_box = group_choice(controller.workshop, controller.group.key)
        self.group_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.project_button = QPushButton(translate("Results", "Show on the projector (Alt+6)"))
        self.project_button.setAccessibleName(
            translate("Results", "Show this group's results on the projector")
        )
        self.project_button.clicked.connect(self.show_on_projector)
        self.project_button.setVisible(self.live)

        self.radar_area = ChartWidget(EMPTY, max_width=RADAR_WIDTH)
        self.radar_principle = ChartWidget(EMPTY, max_width=RADAR_WIDTH)
        self.stage_labels = StageCard()
        self.rules_panel = RulesPanel()
        self.rules_button = rules_button(self.rules_panel)
        self.needs_heading = label(translate("Results", "Training needs"), "subheading")
        self.needs_note = label("", "muted")
        self.needs_table = table(
            translate("Results", "Training needs, by priority"),
            [
                translate("Results", "Item"),
                translate("Results", "Now → needed"),
                translate("Results", "Gap"),
                translate("Results", "Shared by"),
                translate("Results", "Certainty"),
            ],
        )
        self._needs_words: RowWords[TrainingNeed] = RowWords()
        self.gaps_label = label("", "muted")
        self.heat_column = HeatMapColumn()
        self.heat_maps = self.heat_column.charts
        self.strengths = StrengthsSection(self._project(Slide.STRENGTHS))
        self.perception = PerceptionSection(self._project_group(Slide.PERCEPTION))
        self.change_box = ChangeSection()
        self.change_groups = self.change_box.groups

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._header())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._body())
        # Tab stops here so the arrow keys and Page Down can scroll the charts and tables.
        scroll.setObjectName("resultsBody")
        scroll.setAccessibleName(translate("Results", "Charts and tables of the results"))
        self.scroller = scroll
        layout.addWidget(scroll, 1)

        controller.changed.connect(self._on_changed)
        self._keys()
        self.refresh()

    # --- layout --------------------------------------------------------------------------
    def _header(self) -> QVBoxLayout:
        w = self.controller.workshop
        title = label(translate("Results", "Results: {title}").format(title=w.title), "heading")
        title.setWordWrap(True)
        note = (
            translate("Results", "Live: updates as each rating is saved.")
            if self.live
            else translate("Results", "As saved; open the workshop to carry on capturing.")
        )
        if self.baseline is not None:
            note += " " + translate("Results", "Compared with the baseline “{title}”.").format(
                title=self.baseline.title
            )
        elif w.baseline_uid is not None:
            note += " " + translate(
                "Results", "The baseline workshop is not in this store, so there is no comparison."
            )
        row = QHBoxLayout()
        group_label = QLabel(translate("Results", "&Group:"))
        group_label.setBuddy(self.group_box)
        row.addWidget(group_label)
        row.addWidget(self.group_box, 1)
        row.addWidget(self.project_button)
        row.addWidget(self.rules_button)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(label(note, "muted"))
        column.addLayout(row)
        return column

    def _body(self) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 8, 8)
        column.setSpacing(10)
        column.addWidget(self.rules_panel)
        column.addWidget(label(translate("Results", "Profile"), "subheading"))
        charts = QHBoxLayout()
        charts.addWidget(self.radar_area)
        charts.addWidget(self.radar_principle)
        charts.addStretch(0)
        column.addLayout(charts)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(label(translate("Results", "Stage"), "subheading"), 0, 0)
        grid.addWidget(self.stage_labels, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.needs_heading, 0, 1)
        grid.addWidget(self.needs_table, 1, 1)
        grid.addWidget(self.needs_note, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        column.addLayout(grid)
        column.addWidget(label(translate("Results", "Across groups"), "subheading"))
        column.addWidget(
            label(
                translate(
                    "Results",
                    "Each cell is the level a group says it is at now; a star and hatching mark a "
                    "split view. A diamond marks one of the largest differences between groups "
                    "(their own ratings two or more levels apart) and outlines its lowest and "
                    "highest cells.",
                ),
                "muted",
            )
        )
        column.addWidget(self.gaps_label)
        column.addLayout(self.heat_column)
        column.addWidget(self.strengths)
        column.addWidget(self.perception)
        column.addWidget(self.change_box)
        column.addStretch(1)
        return body

    # --- reading ---------------------------------------------------------------------------
    def group_key(self) -> str:
        return str(self.group_box.currentData())

    def select_group(self, key: str) -> None:
        self.group_box.setCurrentIndex(self.group_box.findData(key))

    def _keys(self) -> None:
        """Ctrl+W and Esc close; with a session, the Alt+digit slide keys drive the projector
        from here too, a slide about one group showing the group chosen here."""
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        QShortcut(QKeySequence("Escape"), self, self.close)
        if isinstance(self.controller, SessionController):

            def chosen(slide: Slide) -> Callable[[], object] | None:
                return self._project_group(slide) if slide in GROUP_SLIDES else None

            keys = functools.partial(slide_key, self.controller, chosen=chosen)
            self.digit_keys = DigitKeys(self, keys)

    def show_on_projector(self) -> None:
        """The chosen group's results on the projector (the capture moves to that group)."""
        if isinstance(self.controller, SessionController):
            self.controller.run(self.controller.live.jump, group_key=self.group_key())
            self.controller.run(self.controller.live.show_slide, Slide.RESULTS)

    def _project(self, slide: Slide) -> Callable[[], object] | None:
        """What puts ``slide`` on the projector; None without a session."""
        if isinstance(self.controller, SessionController):
            return functools.partial(self.controller.run, self.controller.live.show_slide, slide)
        return None

    def _project_group(self, slide: Slide) -> Callable[[], object] | None:
        """What puts the chosen group's ``slide`` on the projector; None without a session."""
        if not isinstance(self.controller, SessionController):
            return None
        c = self.controller
        return lambda: (c.run(c.live.jump, group_key=self.group_key()),
                        c.run(c.live.show_slide, slide))  # fmt: skip

    # --- updating --------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop:
            self._schedule()

    def _schedule(self) -> None:
        """Many changes in one go (an undo of several steps) make one refresh."""
        self._stale = True
        if not self._pending and self.isVisible():
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Analyse the workshop as it is now and show the chosen group."""
        self._pending = False
        self._stale = False
        w = self.controller.workshop
        list_groups(self.group_box, w)  # one may have joined or left
        results = analyse(w, self.baseline, self.results)
        self.results = results
        group = results.of(self.group_key())
        scale = w.framework.scale
        p, then = group.profile, group.baseline_profile
        self.radar_area.set_chart(
            profile_radar(
                translate("Results", "By area"),
                p.by_area,
                scale.lowest,
                scale.highest,
                language=spoken_language(),
                baseline=then.by_area if then is not None else None,
            )
        )
        self.radar_principle.set_chart(
            profile_radar(
                translate("Results", "By principle"),
                p.by_principle,
                scale.lowest,
                scale.highest,
                language=spoken_language(),
                baseline=then.by_principle if then is not None else None,
            )
        )
        self.stage_labels.show_stage(w, group)
        self._show_needs(w, group)
        self._show_heat_maps(results)
        self.strengths.show_results(results, group.group.key)
        self.perception.show_views(w, group.group.key)
        self.change_box.show_change(w, results.follow_up, group.group.key,
                                    self.stage_labels.stage_title,
                                    results.other_scale)  # fmt: skip

    def _show_needs(self, w: Workshop, group: GroupResults) -> None:
        show_needs(self.needs_heading, self.needs_table, self.needs_note, w, group,
                   words_of=self._needs_words)  # fmt: skip

    def _show_heat_maps(self, results: WorkshopResults) -> None:
        every = results.group_differences
        gaps = every[:LARGEST_DIFFERENCES]
        self.gaps_label.setText(
            translate(
                "Results", "Largest differences between groups ({shown} of {count}): {gaps}"
            ).format(
                shown=len(gaps),
                count=len(every),
                gaps=", ".join(
                    translate("Results", "{code} ({spread} apart)").format(
                        code=g.item_code, spread=g.spread
                    )
                    for g in gaps
                ),
            )
            if gaps
            else translate(
                "Results",
                "Differences between groups: none — no item's ratings are two or more levels "
                "apart.",
            )
        )
        self.heat_column.show_results(results.workshop, gaps)
