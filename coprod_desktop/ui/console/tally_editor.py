"""Dot-vote tally for a split view: how many dots at each level, with median and range."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSpinBox, QWidget

from coprod_desktop.domain.rating import Tally
from coprod_desktop.domain.scale import Scale
from coprod_desktop.domain.split import tally_facts
from coprod_desktop.ui.i18n import translate


class TallyEditor(QWidget):
    """A spin box per level; "Record tally" forwards the counts (the controller validates)."""

    def __init__(self, scale: Scale, on_record: Callable[[dict[int, int]], object],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._on_record = on_record
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(translate("Tally", "<b>Tally</b> (dots at each level)")),
            0,
            0,
            1,
            len(scale.levels),
        )
        self._boxes: dict[int, QSpinBox] = {}
        for column, level in enumerate(scale.levels):
            layout.addWidget(QLabel(f"{level.level}"), 1, column)
            box = QSpinBox()
            box.setRange(0, 999)
            box.setMinimumHeight(34)
            box.setAccessibleName(
                translate("Tally", "Dots at level {level}, {label}").format(
                    level=level.level, label=level.label
                )
            )
            box.valueChanged.connect(self._update_summary)
            self._boxes[level.level] = box
            layout.addWidget(box, 2, column)
        self._record = QPushButton(translate("Tally", "Record tally"))
        self._record.setAccessibleName(translate("Tally", "Record tally"))
        self._record.clicked.connect(self.record)
        self._summary = QLabel()
        self._summary.setAccessibleName(translate("Tally", "Tally summary"))
        # The button under the boxes, by the summary: beside them the row is too wide for
        # the capture column on a 1024-pixel screen.
        levels = len(scale.levels)
        layout.addWidget(self._summary, 3, 0, 1, max(1, levels - 2))
        layout.addWidget(self._record, 3, max(1, levels - 2), 1, 2)
        self._update_summary()

    def first_box(self) -> QSpinBox:
        """Where typing a tally starts (T)."""
        return next(iter(self._boxes.values()))

    def record(self) -> None:
        """Forward the counts on show ("Record tally", or Enter in a box)."""
        self._on_record(self.counts())

    def counts(self) -> dict[int, int]:
        return {level: box.value() for level, box in self._boxes.items() if box.value()}

    def show_tally(self, tally: Tally | None) -> None:
        shown = {level: n for level, n in tally.counts.items() if n} if tally else {}
        if self.counts() == shown:
            return  # already on show (the summary follows the boxes)
        for level, box in self._boxes.items():
            box.blockSignals(True)
            box.setValue(tally.counts.get(level, 0) if tally else 0)
            box.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        tally = Tally(self.counts())
        if not tally.total:
            self._summary.setText(translate("Tally", "No dots counted yet."))
            return
        facts = tally_facts(tally)
        assert facts is not None
        where = (
            translate("Tally", "median {median}, rounded up: level now {level}")
            if facts.rounded_up
            else translate("Tally", "median {median}: level now {level}")
        ).format(median=f"{facts.median:g}", level=facts.level)
        self._summary.setText(
            translate(
                "Tally", "%n dot(s): {on} on {level}, {elsewhere} elsewhere", None, facts.dots
            ).format(on=facts.at_level, level=facts.level, elsewhere=facts.elsewhere)
            + " · "
            + where
        )
