"""Undoable capture steps. Each one commits through the live session before it is kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.change_words import rating_step_text

if TYPE_CHECKING:
    from coprod_desktop.domain.rating import Rating
    from coprod_desktop.domain.workshop import Action, ParkingLotEntry, StagePlacement
    from coprod_desktop.ui.session.controller import SessionController


class CaptureCommand(QUndoCommand):
    """A capture step: the first redo already ran (and committed) before it was pushed.

    A redo or undo that fails later (disk full, say) is reported through the controller
    and leaves the screen showing what is really stored.
    """

    def __init__(self, text: str, controller: SessionController,
                 do: Callable[[], None], undo: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(text)
        self._controller = controller
        self._do = do
        self._undo = undo
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CoprodError as exc:
            self._controller.report_failure(exc)


def rating_step(controller: SessionController, group_key: str, item_code: str,
                before: Rating | None, after: Rating | None, *,
                text: str) -> CaptureCommand:  # fmt: skip
    """Record ``after`` for the group and item; undo puts ``before`` back. Its text says
    what changed from what to what ("Users, K3: now 2 → 3"), else ``text``."""
    group = controller.workshop.group(group_key).name
    return CaptureCommand(
        rating_step_text(group, item_code, before, after) or text,
        controller,
        lambda: controller.apply_rating(group_key, item_code, after),
        lambda: controller.apply_rating(group_key, item_code, before),
    )


def placement_step(controller: SessionController, group_key: str, before: StagePlacement,
                   after: StagePlacement) -> CaptureCommand:  # fmt: skip
    return CaptureCommand(
        translate("Session", "stage placement"),
        controller,
        lambda: controller.apply_placement(group_key, after),
        lambda: controller.apply_placement(group_key, before),
    )


def actions_step(controller: SessionController, before: tuple[Action, ...],
                 after: tuple[Action, ...], text: str) -> CaptureCommand:  # fmt: skip
    return CaptureCommand(
        text,
        controller,
        lambda: controller.apply_actions(after),
        lambda: controller.apply_actions(before),
    )


def parking_lot_step(controller: SessionController, before: tuple[ParkingLotEntry, ...],
                     after: tuple[ParkingLotEntry, ...], text: str) -> CaptureCommand:  # fmt: skip
    return CaptureCommand(
        text,
        controller,
        lambda: controller.apply_parking_lot(after),
        lambda: controller.apply_parking_lot(before),
    )
