"""Preparing a workshop: how long the day takes, and the items that fit the time there is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from coprod_desktop.domain.day import Pace, balanced_scope, items_that_fit, session_seconds
from coprod_desktop.ui.day.words import duration, pace_text
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role


class DayPlan(QWidget):
    """Under the items in scope: "About 2 h 40 min: 40 items × 4 groups, 60 s a rating …";
    with the time the facilitator has, how many items fit, and a button that keeps that many,
    some from each area. ``fit`` carries the codes to keep."""

    fit = Signal(list)

    def __init__(self, pace: Pace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pace = pace
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(translate("Day", " min"))
        self.minutes.setSpecialValueText(translate("Day", "not set"))
        self.minutes.setAccessibleName(translate("Day", "Minutes you have for the ratings"))
        self.minutes.valueChanged.connect(lambda _v: self._show())
        label = QLabel(translate("Day", "&Time you have:"))
        label.setBuddy(self.minutes)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        set_role(self.advice, "muted")
        self.keep = QPushButton()
        self.keep.clicked.connect(lambda: self.fit.emit(self._fitting))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addWidget(self.keep)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.estimate)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self._items: Sequence[tuple[str, str]] = ()
        self._chosen: Sequence[str] = ()
        self._groups = 0
        self._fitting: list[str] = []

    def show_for(self, items: Sequence[tuple[str, str]], chosen: Sequence[str],
                 groups: int) -> None:  # fmt: skip
        """Every item (code, area) in running order, the codes in scope, and the groups."""
        self._items, self._chosen, self._groups = items, chosen, groups
        self._show()

    def _show(self) -> None:
        chosen, groups = len(self._chosen), self._groups
        seconds = session_seconds(chosen, groups, self.pace)
        self.estimate.setText(
            translate("Day", "About {time} of ratings: {items} items × %n group(s), {pace}.",
                      None, groups).format(time=duration(seconds), items=chosen,
                                           pace=pace_text(self.pace))
        )  # fmt: skip
        available = self.minutes.value() * 60
        fits = items_that_fit(available, groups, self.pace) if available else chosen
        in_scope = [(code, area) for code, area in self._items if code in self._chosen]
        self._fitting = balanced_scope(in_scope, fits)
        too_many = bool(available) and fits < chosen
        self.keep.setVisible(too_many)
        self.keep.setText(translate("Day", "&Keep %n item(s) that fit", None, fits))
        if not available:
            self.advice.setText(translate("Day", "Say how long you have to see what fits."))
        elif too_many:
            self.advice.setText(
                translate("Day", "Only %n item(s) fit in {time}; the button keeps that many, "
                          "some from each area, in running order.", None, fits
                          ).format(time=duration(available))
            )  # fmt: skip
        else:
            self.advice.setText(
                translate("Day", "It fits, with {spare} to spare.").format(
                    spare=duration(available - seconds)
                )
            )
