"""Workshop files the system hands to the running app as an event (macOS: the Finder's Open, a
file dropped on the Dock icon), turned into the same preview a second launch gets.

On macOS a document opened while the app runs never starts a second process: the system sends
the running app a ``QFileOpenEvent`` instead. Other systems do not send it; the filter is
harmless there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent


class FileOpenEvents(QObject):
    """An application event filter: ``opened`` carries each file the system asks to open."""

    opened = Signal(object)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self.opened.emit(Path(name))
                return True
        return super().eventFilter(watched, event)
