"""What the console's step windows (the training plan, the barrier log) share: a window over
the live session that runs its changes, says why one was refused and refreshes when the
workshop changes; opened from the console over its running session, or from the workshop
list over a session of its own that closes with the window."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.style_roles import set_role

if TYPE_CHECKING:
    from coprod_desktop.ui.app_services import AppServices


class StepWindow(QWidget):
    """A window of one live-session list (plan entries, barriers): subclasses fill
    ``self.table`` with one row per entry, note each row's entry index in ``self._rows`` and
    redraw everything in :meth:`refresh`."""

    table: QTableWidget
    #: Show the workshop as it is now (each window draws its own table).
    refresh: Callable[[], None]

    def __init__(self, controller: SessionController, parent: QWidget | None, *,
                 owns_session: bool, saved: str) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self._owns_session = owns_session
        self._saved = saved  # "Saved." in the window's own words
        self._rows: list[int] = []  # the entry index shown in each table row
        self.message = QLabel()
        set_role(self.message, "muted")

    def chosen_index(self) -> int | None:
        """The index of the entry chosen in the table."""
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._owns_session:  # opened from the list: its session ends with the window
            self.controller.close_session()
        super().closeEvent(event)

    def _choose(self, index: int) -> None:
        if index in self._rows:
            self.table.setCurrentCell(self._rows.index(index), 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop:
            self.refresh()

    def _run(self, change: object, *args: object) -> bool:
        """Run a change of the session; say why if it was refused."""
        changes = self.controller.run(change, *args)  # type: ignore[arg-type]
        if changes.problem is not None:
            self.message.setText(error_text(changes.problem))
        elif changes.step is not None:
            self.message.setText(self._saved)
        return changes.step is not None

    def _button(self, text: str, run: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: run())  # type: ignore[operator]
        return button


W = TypeVar("W", bound=StepWindow)
W_co = TypeVar("W_co", bound=StepWindow, covariant=True)


class MakeStepWindow(Protocol[W_co]):
    """A step window's class, as the console and the list make it."""

    def __call__(self, controller: SessionController, parent: QWidget | None = None, *,
                 projector: bool = True, owns_session: bool = False) -> W_co: ...  # fmt: skip


def show_step(make: MakeStepWindow[W], controller: SessionController, parent: QWidget,
              shown: W | None) -> W:  # fmt: skip
    """The console's window of a step (one per console), raised if it is already open."""
    window = shown or make(controller, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def step_from_list(services: AppServices, workshop_id: int, parent: QWidget,
                   consoles: Mapping[int, QWidget], *, make: MakeStepWindow[W],
                   in_console: Callable[[QWidget], W]) -> W:  # fmt: skip
    """The step window of a workshop in the list: its console's while one is open (in
    ``consoles`` by workshop id, shown by ``in_console``), else over a session of its own;
    raises CoprodError if the workshop cannot be read."""
    console = consoles.get(workshop_id)
    if console is not None:
        return in_console(console)
    controller = SessionController(services.open_session(workshop_id))
    window = make(controller, parent, projector=False, owns_session=True)
    controller.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
