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
    from coprod_desktop.services.day import pace_of_past_sessions
    from coprod_desktop.ui.audience.window import AudienceWindow
    from coprod_desktop.ui.day.status import DayStatus

    controller = SessionController(services.open_session(workshop_id))
    # The projector listens first, so it paints each change before the console catches up:
    # the room is waiting on the wall.
    room = AudienceWindow(controller)
    console = ConsoleWindow(controller)
    room.console = console
    console.attach_room(room)
    # Whether the day is on track: the console's alone, never the projector's.
    pace = pace_of_past_sessions(controller.live.store, leaving_out=controller.live.workshop_id)
    heading = console.heading.layout()  # under the group's progress
    if heading is not None:
        heading.addWidget(DayStatus(controller, pace, console))
    return console
