"""Opening a workshop for a live session: controller, console and projector view together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coprod_desktop.ui.console.window import ConsoleWindow
from coprod_desktop.ui.session.controller import SessionController

if TYPE_CHECKING:
    from coprod_desktop.ui.app_services import AppServices


def open_console(services: AppServices, workshop_id: int) -> ConsoleWindow:
    """The console for ``workshop_id``, resumed where its session was, with the audience
    view on the projector (or in a window when there is only one screen)."""
    from coprod_desktop.ui.audience.window import AudienceWindow

    controller = SessionController(services.open_session(workshop_id))
    # The projector listens first, so it paints each change before the console catches up:
    # the room is waiting on the wall.
    room = AudienceWindow(controller)
    console = ConsoleWindow(controller)
    room.console = console
    console.attach_room(room)
    return console
