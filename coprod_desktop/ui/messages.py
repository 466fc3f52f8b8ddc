"""Telling the facilitator that something did not work, in the error's own plain words.

Callers pass an already translated title (see :mod:`coprod_desktop.ui.i18n`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coprod_desktop.domain.errors import CoprodError


def plain_message_box(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """A message box that shows ``text`` as typed. QMessageBox's static helpers guess: a
    text with a tag in its first line (a title such as "<b>R&D</b>", a path) is shown as
    rich text, so markup is obeyed and ampersands vanish."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn_about(parent: QWidget, title: str, error: CoprodError) -> None:
    """A warning whose text is the error's message; nothing else changes."""
    plain_message_box(parent, QMessageBox.Icon.Warning, title, str(error)).exec()
