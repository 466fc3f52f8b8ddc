"""The app on a real X server with its framework library open, answering a test's questions.

Run as ``python -m tests.realx.editor_driver DATA_DIR 0 LANGUAGE`` with DISPLAY set (the 0
stands where the console driver takes a workshop). It starts the app as a facilitator does, in
LANGUAGE, opens **Workshop → Frameworks…** once the store is open, then reads one command a
line on stdin and answers one JSON line on stdout:

- ``state``: the active window's class, the focused control's name (what a screen reader
  says), the editor's page, the problem it names, if any, and its "Saved" note, and whether an editor is open at all;
- ``quit``: close every window and the app.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coprod_desktop.ui.application import start_gui
from coprod_desktop.ui.framework_editor.window import FrameworkEditor
from coprod_desktop.ui.i18n import switch_language


def name_of(widget: QWidget | None) -> str:
    """The focused control's accessible name, else the text of the label naming it."""
    if widget is None:
        return ""
    if widget.accessibleName():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(":")
    return type(widget).__name__


def state(app: QApplication) -> dict[str, Any]:
    active = app.activeWindow()
    editor = active if isinstance(active, FrameworkEditor) else None
    return {
        "window": type(active).__name__ if active else None,
        "focus": name_of(app.focusWidget()),
        "page": editor.tabs.currentIndex() if editor else None,
        "problem": editor.error.text() if editor and editor.error.isVisible() else "",
        "saved": editor.saved_note.text() if editor else "",
        "editor_open": any(
            isinstance(w, FrameworkEditor) and w.isVisible() for w in app.topLevelWidgets()
        ),
    }


def main() -> int:
    data_dir, language = Path(sys.argv[1]), sys.argv[3]
    app, window = start_gui(data_dir / "data", settings_dir=data_dir / "settings")
    switch_language(language)

    def reply(answer: object) -> None:
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()

    def open_library() -> None:
        if window.controller is None:
            QTimer.singleShot(50, open_library)
            return
        window.workshop_actions.frameworks.trigger()
        library = window.framework_library
        assert library is not None
        library.activateWindow()
        reply({"ready": True})

    def on_command() -> None:
        command = sys.stdin.readline().strip()
        if command in ("", "quit"):
            for top in app.topLevelWidgets():
                top.close()
            app.quit()
        elif command == "state":
            reply(state(app))
        else:
            reply({"error": f"unknown command {command!r}"})

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_command)
    QTimer.singleShot(0, open_library)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
