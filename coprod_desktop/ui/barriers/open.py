"""Opening the barrier log from the console (over its running session) or from the workshop
list (over a session of its own, closed with the window)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coprod_desktop.ui.barriers.window import BarrierWindow
from coprod_desktop.ui.session.controller import SessionController

if TYPE_CHECKING:
    from coprod_desktop.ui.app_services import AppServices


def show_barriers(controller: SessionController, parent: QWidget,
                  shown: BarrierWindow | None) -> BarrierWindow:  # fmt: skip
    """The console's barrier log (one per console), raised if it is already open."""
    window = shown or BarrierWindow(controller, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def barriers_from_list(services: AppServices, workshop_id: int, parent: QWidget,
                       consoles: Mapping[int, QWidget]) -> BarrierWindow:  # fmt: skip
    """The barrier log of a workshop in the list (its console's while one is open, in
    ``consoles`` by workshop id); raises CoprodError if it cannot be read."""
    console = consoles.get(workshop_id)
    if console is not None:
        console.show_barriers()  # type: ignore[attr-defined]
        return console.barrier_window  # type: ignore[attr-defined, no-any-return]
    controller = SessionController(services.open_session(workshop_id))
    window = BarrierWindow(controller, parent, projector=False, owns_session=True)
    controller.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
