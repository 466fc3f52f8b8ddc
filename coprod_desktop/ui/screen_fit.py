"""Windows open inside the screen: a window's usual size, shrunk to the screen's available
area (a 1024 × 768 laptop, a taskbar), and placed within it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's frame, which Qt learns of only once the window is shown.
FRAME_WIDTH = 8
FRAME_HEIGHT = 36


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` at ``width`` × ``height``, or as much as the screen it opens on has
    room for, frame included, and place it inside that screen's available area.

    The offscreen platform (tests, headless exports) has no real screen, only a nominal
    800 × 800 one: there the usual size stands."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    fitted_width = min(width, area.width() - FRAME_WIDTH)
    fitted_height = min(height, area.height() - FRAME_HEIGHT)
    window.resize(fitted_width, fitted_height)
    window.move(
        area.x() + (area.width() - fitted_width - FRAME_WIDTH) // 2,
        area.y() + (area.height() - fitted_height - FRAME_HEIGHT) // 2,
    )


def whole_height(window: QWidget) -> None:
    """Make ``window`` as tall as its wrapped words need at its width, within its screen.

    Qt sizes a new window from a height worked out before its long labels wrap, so a dialog
    whose words wrap onto more lines (Welsh is longer) opened squeezed: its fields touched.
    Call it from ``showEvent``."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    screen = window.screen()
    if screen is not None and QGuiApplication.platformName() != "offscreen":
        needed = min(needed, screen.availableGeometry().height() - FRAME_HEIGHT)
    if window.height() < needed:
        window.resize(window.width(), needed)
