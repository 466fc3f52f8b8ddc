"""During the session, the console (never the projector) shows whether the day is on track:
the ratings left at the pace of past sessions, against the time the day must finish by
(Ctrl+Shift+T, kept on this laptop for each workshop)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, QTimer
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from coprod_desktop.domain.day import DayProgress, Pace, day_progress
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.day.words import duration, pace_text
from coprod_desktop.ui.i18n import app_settings, translate
from coprod_desktop.ui.session.controller import SessionController

KEY = "Ctrl+Shift+T"


class DayStatus(QLabel):
    """How the day is going ("Day: on track"), under the group's progress in the console;
    its tooltip and accessible description say the rest. Ctrl+Shift+T in the console (or a
    click) sets the finishing time."""

    def __init__(self, controller: SessionController, pace: Pace, console: QWidget,
                 *, clock: type[dt.datetime] = dt.datetime) -> None:  # fmt: skip
        super().__init__(console)
        self._c = controller
        self.pace = pace
        self.clock = clock  # a test's fixed time
        self._key = f"day/finish_by/{controller.workshop.uid}"
        self.setWordWrap(True)  # the column may be narrow: wrap, never widen
        self.setAccessibleName(translate("Day", "How the day is going"))
        QShortcut(QKeySequence(KEY), console, self.choose_finish)
        controller.changed.connect(self._on_changed)
        self._minute = QTimer(self)  # the clock moves on between ratings too
        self._minute.timeout.connect(self.refresh)
        self._minute.start(30_000)
        self.progress: DayProgress | None = None
        self.refresh()

    @property
    def finish_by(self) -> QTime | None:
        text = app_settings().value(self._key)
        time = QTime.fromString(str(text), "HH:mm") if text else QTime()
        return time if time.isValid() else None

    @finish_by.setter
    def finish_by(self, time: QTime | None) -> None:
        settings = app_settings()
        if time is None:
            settings.remove(self._key)
        else:
            settings.setValue(self._key, time.toString("HH:mm"))
        self.refresh()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        self.choose_finish()

    def choose_finish(self) -> None:
        FinishDialog(self, self.window()).open()

    def refresh(self) -> None:
        w = self._c.workshop
        now = self.clock.now()
        target = self.finish_by
        finish_by = None if target is None else now.replace(
            hour=target.hour(), minute=target.minute(), second=0, microsecond=0
        )  # fmt: skip
        p = day_progress(w.ratings_recorded, w.rating_slots, self.pace, now, finish_by)
        self.progress = p
        left = duration(p.seconds_left)
        if p.done >= p.total:
            short = translate("Day", "Day: all rated")
        elif p.spare_seconds is None:
            short = translate("Day", "Day: {left} to go").format(left=left)
        elif p.spare_seconds >= 0:
            short = translate("Day", "Day: on track")
        else:
            short = translate("Day", "Day: {over} behind").format(over=duration(-p.spare_seconds))
        self.setText(short)
        finish = f"{p.finish.hour:02d}:{p.finish.minute:02d}"
        detail = translate(
            "Day",
            "{done} of {total} ratings; about {left} to go ({pace}), so finishing about {finish}.",
        ).format(done=p.done, total=p.total, left=left, pace=pace_text(self.pace), finish=finish)
        if target is None:
            detail += " " + translate("Day", "Set the time the day must end: {key}.").format(
                key=KEY
            )
        elif p.spare_seconds is not None and p.spare_seconds >= 0:
            detail += " " + translate("Day", "On track for {end}, with {spare} to spare.").format(
                end=target.toString("HH:mm"), spare=duration(p.spare_seconds)
            )
        else:
            over = duration(-(p.spare_seconds or 0))
            detail += " " + translate(
                "Day", "About {over} past {end}: skip or park items, or take fewer groups."
            ).format(over=over, end=target.toString("HH:mm"))
        self.setToolTip(detail)
        self.setAccessibleDescription(detail)

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop:
            self.refresh()


class TimeField(QTimeEdit):
    """A time that is one Tab stop (":" or ← → move from hours to minutes), as DateField."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's names)
        return QAbstractSpinBox.focusNextPrevChild(self, next)


class FinishDialog(QDialog):
    """The time the day must end, or none."""

    def __init__(self, status: DayStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.setWindowTitle(translate("Day", "Finish by"))
        chosen = status.finish_by
        self.time = TimeField(chosen or QTime(16, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("Day", "The time the day must end"))
        self.none = QCheckBox(translate("Day", "&No finishing time"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("Day", "&Finish by:"), self.time)
        form.addRow(self.none)
        form.addRow(buttons)

    def accept(self) -> None:
        self._status.finish_by = None if self.none.isChecked() else self.time.time()
        super().accept()
