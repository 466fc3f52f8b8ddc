"""The console's status bar parts: whether everything is saved, and the Report menu (the
exports, paper entry, groups, settings). The toolbar is full at 1366 px, so they sit here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from coprod_desktop.report.formats import Export
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.console.group_dialog import GroupDialog
from coprod_desktop.ui.exports.flow import ExportFlow
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.session.words import problem_text
from coprod_desktop.ui.style_roles import set_role

if TYPE_CHECKING:
    from coprod_desktop.ui.console.window import ConsoleWindow


class SavedLabel(QLabel):
    """ "✓ Saved at 10:02:03", or "⚠ Not saved: …" while the disk refuses."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(translate("Console", "All changes saved"))
        set_role(self, "saved")
        self.setAccessibleName(translate("Console", "Save status"))
        controller.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.problem is not None:
            self.failed(problem_text(changes.problem))
        elif changes.saved:
            self.saved(translate("Session", "Saved"))

    def saved(self, message: str) -> None:
        self.setText(
            translate("Console", "✓ {message} at {time}").format(
                message=message, time=QTime.currentTime().toString("HH:mm:ss")
            )
        )
        self._set_role("saved")

    def failed(self, message: str) -> None:
        self.setText(translate("Console", "⚠ Not saved: {problem}").format(problem=message))
        self._set_role("error")

    def _set_role(self, role: str) -> None:
        if self.property("role") != role:  # re-styling costs more than a commit
            set_role(self, role)
            self.style().unpolish(self)
            self.style().polish(self)


class ReportButton(QPushButton):
    """The "Report" menu button: the report, the data, the blank form (``exports``), then
    the barrier log, paper entry, the groups and the settings."""

    def __init__(self, console: ConsoleWindow) -> None:
        super().__init__(translate("Console", "Report"))
        from coprod_desktop.services.exports import ExportService

        controller = console.controller
        service = ExportService(controller.live.store)
        self.exports = ExportFlow(console, service)
        # A follow-up's baseline, read once: the results (here and on the projector) compare.
        controller.run(controller.live.set_baseline, service.baseline_of(controller.workshop))
        menu = QMenu(self)
        for text, keys, what in (
            (translate("Console", "Export &report…"), "Ctrl+Shift+E", Export.REPORT),
            (translate("Console", "Export &data…"), "", Export.DATA),
            (translate("Console", "&Blank form…"), "", Export.BLANK_FORM),
            (translate("Console", "Participants' s&heet…"), "", Export.PARTICIPANTS_SHEET),
        ):
            action = menu.addAction(text)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                console.addAction(action)
            action.triggered.connect(
                lambda _=False, w=what: self.exports.export(w, controller.workshop)
            )
        menu.addSeparator()
        barriers = menu.addAction(translate("Console", "Barriers in the &way… (W)"))
        barriers.triggered.connect(lambda _=False: console.show_barriers())
        paper = menu.addAction(translate("Console", "Enter from &paper forms…"))
        paper.triggered.connect(lambda _=False: console.enter_from_paper())
        group = menu.addAction(translate("Console", "&Groups: name, size, add, remove…"))
        group.triggered.connect(lambda _=False: GroupDialog(controller, console).open())
        settings = menu.addAction(translate("Console", "&Settings…"))
        settings.triggered.connect(console.show_settings)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(translate("Console", "Export the report, the data or a blank form"))
        self.setToolTip(
            translate(
                "Console", "Export the report (Ctrl+Shift+E), the data, or a blank paper form"
            )
        )
        self.setMenu(menu)
