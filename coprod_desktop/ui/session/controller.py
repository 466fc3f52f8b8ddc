"""The Qt side of a live session: runs the session's changes, tells the windows what changed
through one signal, and keeps Qt's undo stack (its Undo and Redo actions) in step.

The session itself (``services/session.py``) holds the state and the rules; this adds only
what Qt needs: a signal, a one-second clock and ``QUndoStack``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from coprod_desktop.domain.audience import AudienceState, Presentation
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.session.words import step_text

P = ParamSpec("P")


class SessionController(QObject):
    """Runs ``live``'s changes for the windows. Every change goes through :meth:`run`, e.g.
    ``controller.run(controller.live.set_current_level, 3)``; listeners hear the
    :class:`Changes` on :attr:`changed` and read what they show from here."""

    #: Emitted after every change with its :class:`Changes` (also once a second, ``tick``).
    changed = Signal(object)

    def __init__(self, live: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.undo_stack = QUndoStack(self)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(lambda: self.run(live.tick))
        self._clock.start()

    def run(self, change: Callable[P, Changes], *args: P.args, **kwargs: P.kwargs) -> Changes:
        """Make ``change`` (a method of :attr:`live`) and tell the listeners what changed."""
        changes = change(*args, **kwargs)
        if changes.step is not None:
            self.undo_stack.push(_UndoStep(self, step_text(changes.step)))
        self.changed.emit(changes)
        return changes

    def slot(self, change: Callable[P, Changes]) -> Callable[P, None]:
        """``change`` run through :meth:`run`, for a signal or key to call."""

        def run(*args: P.args, **kwargs: P.kwargs) -> None:
            self.run(change, *args, **kwargs)

        return run

    # --- what the windows read ---------------------------------------------------------------
    @property
    def workshop(self) -> Workshop:
        return self.live.workshop

    @property
    def cursor(self) -> Cursor:
        return self.live.cursor

    @property
    def presentation(self) -> Presentation:
        return self.live.presentation

    @property
    def audience(self) -> AudienceState:
        return self.live.audience

    @property
    def baseline(self) -> Workshop | None:
        return self.live.baseline

    @property
    def group(self) -> Group:
        return self.live.group

    def rating(self, group_key: str | None = None, item_code: str | None = None) -> Rating | None:
        return self.live.rating(group_key, item_code)

    @property
    def unsaved_count(self) -> int:
        return self.live.unsaved_count

    def close_session(self) -> None:
        """The console closes: save where it was (marked closed) and stop the clock."""
        self._clock.stop()
        self.run(self.live.close)


class _UndoStep(QUndoCommand):
    """One step of the session's history on Qt's undo stack. The step was already made when
    it is pushed; undo and redo ask the session to undo and redo it."""

    def __init__(self, controller: SessionController, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # QUndoStack.push redoes at once: the session already did it
            self._pushed = False
            return
        self._controller.run(self._controller.live.redo)

    def undo(self) -> None:
        self._controller.run(self._controller.live.undo)
