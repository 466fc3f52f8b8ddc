"""The workshop list: the facilitator's first window."""

from coprod_desktop.ui.workshop_list.window import WorkshopListWindow

__all__ = ["WorkshopListWindow"]
