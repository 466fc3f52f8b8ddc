"""Telling the facilitator that something did not work, in the error's own plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from coprod_desktop.domain.errors import CoprodError


def warn_about(parent: QWidget, title: str, error: CoprodError) -> None:
    """A warning whose text is the error's message; nothing else changes."""
    QMessageBox.warning(parent, title, str(error))
