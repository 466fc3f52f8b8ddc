"""Opening the Plan step from the workshop list: the console's while one is open, else over a
session of its own that closes with the window."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from coprod_desktop.ui.plan.window import PlanWindow
from coprod_desktop.ui.step_window import step_from_list

if TYPE_CHECKING:
    from coprod_desktop.ui.app_services import AppServices


def plan_from_list(services: AppServices, workshop_id: int, parent: QWidget,
                   consoles: Mapping[int, QWidget]) -> PlanWindow:  # fmt: skip
    """The Plan window of a workshop in the list; raises CoprodError if it cannot be read."""
    return step_from_list(
        services, workshop_id, parent, consoles, make=PlanWindow,
        in_console=lambda console: console.show_plan(),  # type: ignore[attr-defined]
    )  # fmt: skip
