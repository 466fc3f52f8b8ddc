"""What the workshop list's actions do: ask the services, through undoable commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.report.formats import Export
from coprod_desktop.services.workshops import WorkshopDraft
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.exports.flow import ExportFlow
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import plain_tooltip, warn_about
from coprod_desktop.ui.new_workshop_dialog import NewWorkshopDialog
from coprod_desktop.ui.undo import (
    AddDemo,
    CreateWorkshop,
    DeleteWorkshop,
    DuplicateWorkshop,
    ImportWorkshop,
    WorkshopCommand,
    push,
)
from coprod_desktop.ui.workshop_list.delete_dialog import ask_to_delete, purged_text
from coprod_desktop.ui.workshop_list.export_file import FILE_FILTER, export_workshop_file
from coprod_desktop.ui.workshop_list.import_flow import ImportFlow
from coprod_desktop.ui.workshop_list.page import WorkshopListPage
from coprod_desktop.ui.workshop_list.window import WorkshopListWindow
from coprod_desktop.ui.workshop_list.workshop_windows import WorkshopWindows


class WorkshopListController(QObject):
    """Connects the window's actions to the services; the window only shows and forwards."""

    def __init__(
        self, window: WorkshopListWindow, page: WorkshopListPage, services: AppServices
    ) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        self._services = services
        self._summaries: list[WorkshopSummary] = []
        self._last_folder = Path.home()
        self.undo_stack = QUndoStack(self)
        self.windows = WorkshopWindows(window, page, services, undo_stack=self.undo_stack,
                                       view=self)  # fmt: skip
        self.windows.console_closed.connect(self.reload)
        self.exports = ExportFlow(window, services.exports)
        self.imports = ImportFlow(window, services.exchange)  # read and added off the UI thread
        self.imports.added.connect(self._imported)
        self.frameworks = services.frameworks  # the library, for Workshop → Frameworks…
        self._connect()
        self.reload()
        self._resume_session()

    def _resume_session(self) -> None:
        """After a restart or a crash, go straight back to the workshop that was running."""
        try:
            running = self._services.session_to_resume()
        except CoprodError:
            return
        if running is not None:
            self.windows.open_console(running)

    # -- WorkshopsView, for the undo commands ----------------------------------------------

    def workshops_changed(self, select_id: int | None) -> None:
        self.reload(select_id)
        self._window.show_saved(dt.datetime.now())

    def report(self, error: CoprodError) -> None:
        warn_about(self._window, translate("WorkshopList", "Undo or redo did not work"), error)
        self.reload()

    # -- showing ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again and show it."""
        try:
            self._summaries = self._services.workshops.list()
        except CoprodError as exc:
            warn_about(
                self._window, translate("WorkshopList", "Your workshops could not be read"), exc
            )
            return
        self._page.show_workshops(self._summaries, select_id)
        self.windows.close_overviews_of_missing(self._summaries)

    def _show_details(self, summary: WorkshopSummary | None) -> None:
        if summary is None:
            self._page.show_details(None)
            return
        try:
            workshop = self._services.workshops.get(summary.id)
        except CoprodError as exc:
            self._page.show_details(None)
            warn_about(
                self._window, translate("WorkshopList", "This workshop could not be read"), exc
            )
            return
        baseline = next((s.title for s in self._summaries if s.uid == workshop.baseline_uid), None)
        self._page.show_details(workshop, baseline)

    # -- actions ---------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self._window.workshop_actions
        a.new.triggered.connect(self.new_workshop)
        a.open.triggered.connect(self.windows.open_selected)
        a.ratings.triggered.connect(self.windows.show_ratings_of_selected)
        a.results.triggered.connect(self.windows.show_results_of_selected)
        a.plan.triggered.connect(self.windows.show_plan_of_selected)
        a.barriers.triggered.connect(self.windows.show_barriers_of_selected)
        a.duplicate.triggered.connect(self.duplicate_selected)
        a.delete.triggered.connect(self.delete_selected)
        a.import_file.triggered.connect(self.import_file)
        a.export_file.triggered.connect(self.export_selected)
        a.export_report.triggered.connect(lambda: self._export(Export.REPORT))
        a.export_data.triggered.connect(lambda: self._export(Export.DATA))
        a.blank_form.triggered.connect(lambda: self._export(Export.BLANK_FORM))
        a.participants_sheet.triggered.connect(lambda: self._export(Export.PARTICIPANTS_SHEET))
        a.paper_entry.triggered.connect(self.windows.enter_from_paper)
        a.demo.triggered.connect(self.add_demo)
        a.undo.triggered.connect(self.undo_stack.undo)
        a.redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text_changed)
        self.undo_stack.redoTextChanged.connect(self._redo_text_changed)
        self._page.selection_changed.connect(self._show_details)
        for act in (a.new, a.import_file, a.demo):
            act.setEnabled(True)

    def _undo_text_changed(self, text: str) -> None:
        tip = (
            translate("WorkshopList", "Undo: {change} (Ctrl+Z)").format(change=text)
            if text
            else translate("WorkshopList", "Undo the last change (Ctrl+Z)")
        )
        self._window.workshop_actions.undo.setToolTip(plain_tooltip(tip))  # titles as typed

    def _redo_text_changed(self, text: str) -> None:
        tip = (
            translate("WorkshopList", "Redo: {change} (Ctrl+Shift+Z)").format(change=text)
            if text
            else translate("WorkshopList", "Redo the change you undid")
        )
        self._window.workshop_actions.redo.setToolTip(plain_tooltip(tip))

    def new_workshop(self) -> NewWorkshopDialog | None:
        """Open the new-workshop form; it creates the workshop when the facilitator accepts."""
        from coprod_desktop.services.day import pace_of_past_sessions

        try:
            frameworks = self._services.frameworks.list()
        except CoprodError as exc:
            warn_about(
                self._window, translate("WorkshopList", "The frameworks could not be read"), exc
            )
            return None
        dialog = NewWorkshopDialog(
            frameworks,
            default_groups=lambda key: self._services.frameworks.get(key).default_groups,
            load_framework=self._services.frameworks.get,
            pace=pace_of_past_sessions(self._services.workshops.store),
            create=self._create,
            parent=self._window,
        )
        dialog.open()
        return dialog

    def _create(self, draft: WorkshopDraft) -> None:
        # Errors go back to the form, which shows them and stays open.
        self._run(CreateWorkshop(draft, self._services.workshops, self))

    def duplicate_selected(self) -> None:
        if (summary := self._page.selected_workshop()) is None:
            return
        command = DuplicateWorkshop(summary.uid, summary.title, self._services.workshops, self)
        self._try(command, translate("WorkshopList", "The workshop was not duplicated"))

    def delete_selected(self) -> None:
        if (summary := self._page.selected_workshop()) is None:
            return
        held = self._backups_holding(summary.uid)
        choice = ask_to_delete(self._window, summary, held)
        if choice is None:
            return
        command = DeleteWorkshop(summary.uid, summary.title, self._services.workshops, self)
        deleted = self._try(command, translate("WorkshopList", "The workshop was not deleted"))
        if deleted and choice.purge_backups:
            self._purge_backups(summary.uid)

    def _backups_holding(self, uid: str) -> int:
        try:
            return len(self._services.workshops.backups_holding(uid))
        except CoprodError:
            return 0  # the question is still asked; only the backups' part is left out

    def _purge_backups(self, uid: str) -> None:
        """Rewrite every backup without the deleted workshop (not undoable, so not a step)."""
        try:
            purge = self._services.workshops.purge_from_backups(uid)
        except CoprodError as exc:
            warn_about(
                self._window, translate("WorkshopList", "The backups still hold the workshop"), exc
            )
            return
        self._window.show_message(purged_text(len(purge.rewritten), len(purge.removed)))

    def import_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            translate("WorkshopList", "Import a workshop file"),
            str(self._last_folder),
            translate("WorkshopList", FILE_FILTER),
        )
        if name:  # previewed first, as a file opened from the desktop is
            self._last_folder = Path(name).parent
            self.imports.offer(Path(name))

    def _imported(self, path: Path, new_id: int) -> None:
        """The workshop in ``path`` was added: an undoable step now."""
        self._last_folder = path.parent
        command = ImportWorkshop(path, new_id, self._services.workshops, self)
        if self._try(command, translate("WorkshopList", "This file cannot be imported")):
            self._window.show_message(
                translate("WorkshopList", "Imported {name}").format(name=path.name)
            )

    def export_selected(self) -> None:
        if (summary := self._page.selected_workshop()) is None:
            return
        path = export_workshop_file(self._window, self._services.exchange, summary,
                                    self._last_folder)  # fmt: skip
        if path is None:
            return
        self._last_folder = path.parent
        self._window.show_message(
            translate("WorkshopList", "Exported “{title}” to {path}").format(
                title=summary.title, path=path
            )
        )

    def _export(self, what: Export) -> None:
        """Start an export (report, data or blank form) of the selected workshop."""
        summary = self._page.selected_workshop()
        if summary is not None:
            self.exports.export(what, summary.id)

    def add_demo(self) -> None:
        command = AddDemo(self._services.add_demo, self._services.workshops, self)
        self._try(command, translate("WorkshopList", "The demo workshop could not be added"))

    # -- running commands ------------------------------------------------------------------

    def _run(self, command: WorkshopCommand) -> None:
        push(self.undo_stack, command)

    def _try(self, command: WorkshopCommand, failure_title: str) -> bool:
        try:
            self._run(command)
        except CoprodError as exc:
            warn_about(self._window, failure_title, exc)
            return False
        return True
