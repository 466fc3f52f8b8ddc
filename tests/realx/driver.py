"""The app as a facilitator starts it, on a real X server, answering a test's questions.

Run as ``python -m tests.realx.driver DATA_DIR WORKSHOP_ID [--break-digit-keys]`` with
DISPLAY set. It opens the workshop's console from the workshop list, the way a click on
"Open" does, then reads one command a line on stdin and answers one JSON line on stdout:

- ``state``: the cursor, the rating on show, the projector (and where its window is), the
  focus and the screens;
- ``where NAME``: the centre of a control in screen coordinates, for xdotool to click
  (``current 3``, ``tally 1``, ``note``, ``console``);
- ``windows``: every window on show, its frame and its screen's available area;
- ``scroll top``: scroll the capture panel to its top;
- ``quit``: close the console (as Ctrl+W) and the app.

``--break-digit-keys`` forgets the X11 digit row, on purpose: the suite must then fail.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.ui.application import start_gui
from coprod_desktop.ui.console.window import ConsoleWindow


def console_of(app: QApplication) -> ConsoleWindow | None:
    found = [w for w in app.topLevelWidgets() if isinstance(w, ConsoleWindow) and w.isVisible()]
    return found[0] if found else None


def in_view(widget: QWidget, viewport: QWidget) -> bool:
    top = widget.mapTo(viewport, QPoint(0, 0))
    bottom = widget.mapTo(viewport, widget.rect().bottomRight())
    return viewport.rect().contains(top) and viewport.rect().contains(bottom)


def state(app: QApplication, console: ConsoleWindow) -> dict[str, Any]:
    c = console.controller
    rating = c.rating()
    focus = QApplication.focusWidget()
    geometry = console.frameGeometry()
    screen = console.screen()
    return {
        "item": c.cursor.item_code,
        "rating": None
        if rating is None
        else {
            "current": rating.current_level,
            "required": rating.required_level,
            "status": rating.status.value,
            "tally": {str(k): v for k, v in rating.tally.counts.items()} if rating.tally else None,
            "note": rating.note,
        },
        "revealed": c.presentation.revealed,
        "curtain": c.presentation.curtain.name,
        "slide": c.presentation.slide.name,
        "focus": type(focus).__name__ if focus is not None else None,
        "focus_is_console": focus is console,
        "note_in_view": in_view(console.capture.note, console.capture_scroll.viewport()),
        "scroll": console.capture_scroll.verticalScrollBar().value(),
        "screens": [[s.name(), s.geometry().width(), s.geometry().height()] for s in app.screens()],
        "console": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "console_screen": [screen.availableGeometry().width(), screen.availableGeometry().height()],
        "active": QApplication.activeWindow() is console,
        "room": None
        if console.room is None
        else {
            "screen": console.room.screen().name(),
            "full_screen": console.room.isVisible() and console.room.isFullScreen(),
            "visible": console.room.isVisible(),
        },
        "status_line": console.saved_label.text(),
    }


def windows(app: QApplication) -> list[dict[str, Any]]:
    """Every window on show: its class, frame and the available area of its screen."""
    shown = []
    for window in app.topLevelWidgets():
        if not window.isVisible():
            continue
        frame, area = window.frameGeometry(), window.screen().availableGeometry()
        shown.append({
            "kind": type(window).__name__,
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "area": [area.x(), area.y(), area.width(), area.height()],
            "inside": area.contains(frame),
        })  # fmt: skip
    return shown


def where(console: ConsoleWindow, name: str) -> dict[str, Any]:
    kind, _, number = name.partition(" ")
    widgets: dict[str, QWidget] = {
        "note": console.capture.note,
        "console": console.saved_label,  # somewhere neutral: the save status
    }
    if kind == "current":
        widget: QWidget = console.capture.current._buttons[int(number)]
    elif kind == "tally":
        widget = console.capture.tally._boxes[int(number)]
    else:
        widget = widgets[kind]
    centre = widget.mapToGlobal(widget.rect().center())
    return {"x": centre.x(), "y": centre.y()}


def main() -> int:
    data_dir, workshop_id = Path(sys.argv[1]), int(sys.argv[2])
    if "--break-digit-keys" in sys.argv:
        from coprod_desktop.ui.console import keys

        keys.XKB_DIGIT_ROW = {}
    app, window = start_gui(data_dir / "data", settings_dir=data_dir / "settings")

    def reply(answer: object) -> None:
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()

    def open_console() -> None:
        if window.controller is None:
            QTimer.singleShot(50, open_console)
            return
        window.controller.windows.open_console(workshop_id)
        console = console_of(app)
        assert console is not None
        console.activateWindow()
        reply({"ready": True})

    def on_command() -> None:
        line = sys.stdin.readline()
        console = console_of(app)
        command = line.strip()
        if not line or command == "quit":
            if console is not None:
                console.close()
            app.quit()
            return
        if console is None:
            reply({"error": "no console"})
        elif command == "state":
            reply(state(app, console))
        elif command.startswith("where "):
            reply(where(console, command.removeprefix("where ")))
        elif command == "windows":
            reply(windows(app))
        elif command == "scroll top":
            console.capture_scroll.verticalScrollBar().setValue(0)
            reply({"ok": True})
        else:
            reply({"error": f"unknown command {command!r}"})

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_command)
    QTimer.singleShot(0, open_console)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
