"""The windows the workshop list opens on its selected workshop: the live console, the ratings
grid, the results, the training plan, the barrier log and paper entry.

One console and one ratings grid per workshop: asked again, the open one comes forward. While
a workshop's console is open, its plan, barrier log and paper entry are the console's, so the
running session sees every change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import warn_about
from coprod_desktop.ui.undo import WorkshopsView
from coprod_desktop.ui.workshop_list.page import WorkshopListPage
from coprod_desktop.ui.workshop_overview import WorkshopOverviewWindow

StepOpener = Callable[[AppServices, int, QWidget, Mapping[int, QWidget]], QWidget]  # plan…


class WorkshopWindows(QObject):
    """Opens, brings forward and forgets the windows of the list's workshops; ``console_closed``
    says a session ended (it may have changed what the list shows)."""

    console_closed = Signal()

    def __init__(
        self,
        window: QWidget,
        page: WorkshopListPage,
        services: AppServices,
        *,
        undo_stack: QUndoStack,
        view: WorkshopsView,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        self._services = services
        self._undo_stack = undo_stack  # the list's: paper forms typed from it are its steps
        self._view = view
        self._consoles: dict[int, QWidget] = {}
        self._overviews: dict[str, WorkshopOverviewWindow] = {}

    def open_console(self, workshop_id: int) -> None:
        """The workshop's live console (and its projector view)."""
        from coprod_desktop.ui.session.launch import open_console

        shown = self._consoles.get(workshop_id)
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return
        try:
            console = open_console(self._services, workshop_id)
        except CoprodError as exc:
            self._cannot_open(exc)
            return
        self._consoles[workshop_id] = console
        console.closed.connect(lambda wid=workshop_id: self._console_closed(wid))
        console.show()

    def _console_closed(self, workshop_id: int) -> None:
        console = self._consoles.pop(workshop_id, None)
        if console is not None:
            # Deleted here, on the UI thread, now: left to Python's cycle collector it could be
            # freed on any thread (an export's worker), with its timers still registered here.
            console.deleteLater()
        self.console_closed.emit()

    def open_selected(self) -> None:
        """The selected workshop's live console."""
        if (summary := self._page.selected_workshop()) is not None:
            self.open_console(summary.id)

    def show_ratings_of_selected(self) -> None:
        """The read-only grid of every group's ratings for the selected workshop."""
        if (summary := self._page.selected_workshop()) is None:
            return
        shown = self._overviews.get(summary.uid)
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return
        try:
            workshop = self._services.workshops.get(summary.id)
        except CoprodError as exc:
            self._cannot_open(exc)
            return
        overview = WorkshopOverviewWindow(workshop, parent=self._window)
        self._overviews[summary.uid] = overview
        overview.destroyed.connect(
            lambda _obj=None, uid=summary.uid: self._overviews.pop(uid, None)
        )
        overview.show()

    def show_results_of_selected(self) -> QWidget | None:
        """The selected workshop's results as saved (compared with its baseline, if it is a
        follow-up), without opening its live session or the projector."""
        from coprod_desktop.ui.results.parts import SavedResults
        from coprod_desktop.ui.results.window import ResultsWindow

        if (summary := self._page.selected_workshop()) is None:
            return None
        try:
            workshop = self._services.workshops.get(summary.id)
            baseline = self._services.exports.baseline_of(workshop)
        except CoprodError as exc:
            self._cannot_open(exc)
            return None
        results = ResultsWindow(SavedResults(workshop), baseline, parent=self._window)
        # Closed is gone: deleted on this thread, with the snapshot it shows.
        results.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        results.show()
        return results

    def show_plan_of_selected(self) -> QWidget | None:
        """The selected workshop's training plan; while its console is open, the console's."""
        from coprod_desktop.ui.plan.open import plan_from_list

        return self._open_step(plan_from_list)

    def show_barriers_of_selected(self) -> QWidget | None:
        """The selected workshop's barrier log; while its console is open, the console's."""
        from coprod_desktop.ui.barriers.open import barriers_from_list

        return self._open_step(barriers_from_list)

    def _open_step(self, opener: StepOpener) -> QWidget | None:
        if (summary := self._page.selected_workshop()) is None:
            return None
        try:
            return opener(self._services, summary.id, self._window, self._consoles)
        except CoprodError as exc:
            self._cannot_open(exc)
            return None

    def enter_from_paper(self) -> QWidget | None:
        """Type the selected workshop's filled-in paper forms in; while its console is open,
        there, so the running session sees every rating."""
        from coprod_desktop.ui.paper_entry.open import paper_entry_from_list

        if (summary := self._page.selected_workshop()) is None:
            return None
        console = self._consoles.get(summary.id)
        if console is not None:
            console.raise_()
            return console.enter_from_paper()  # type: ignore[attr-defined, no-any-return]
        try:
            return paper_entry_from_list(self._services, summary.id, undo_stack=self._undo_stack,
                                         view=self._view, parent=self._window)  # fmt: skip
        except CoprodError as exc:
            self._cannot_open(exc)
            return None

    def close_overviews_of_missing(self, summaries: list[WorkshopSummary]) -> None:
        """Close the ratings grid of each workshop no longer in the list (deleted, undone)."""
        present = {s.uid for s in summaries}
        for uid, overview in list(self._overviews.items()):
            if uid not in present:
                del self._overviews[uid]
                overview.close()

    def _cannot_open(self, problem: CoprodError) -> None:
        warn_about(
            self._window, translate("WorkshopList", "This workshop could not be opened"), problem
        )
