"""Telling the facilitator that something did not work, in plain words.

Callers pass an already translated title (see :mod:`coprod_desktop.ui.i18n`)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.wording.errors import describe


def plain_message_box(
    parent: QWidget | None,
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


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Show ``text`` (as typed) with an OK button: the plain-text stand-in for
    ``QMessageBox.warning`` / ``information`` / ``critical``."""
    plain_message_box(parent, icon, title, text).exec()


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    """The button the facilitator chose, ``text`` shown as typed: the plain-text stand-in for
    ``QMessageBox.question``."""
    box = plain_message_box(parent, QMessageBox.Icon.Question, title, text, buttons)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def may_replace(parent: QWidget | None, path: Path) -> bool:
    """Whether the facilitator agrees to replace ``path``, asked when a file dialog did not
    (it asked about the name typed, before the app added the suffix); No by default."""
    if not path.exists():
        return True
    answer = ask(
        parent,
        translate("Exports", "Replace the file?"),
        translate("Exports", "{path} already exists. Replace it?").format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def plain_tooltip(text: str) -> str:
    """``text`` for ``setToolTip``, shown as typed: tooltips guess rich text too, so a name
    such as "<b>R&D</b>" would be obeyed; this escapes it and keeps its line breaks."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def error_text(error: CoprodError) -> str:
    """``error`` in the words of the language the windows speak."""
    return describe(error, current_language())


def warn_about(parent: QWidget, title: str, error: CoprodError) -> None:
    """A warning whose text is the error, worded; nothing else changes."""
    plain_message_box(parent, QMessageBox.Icon.Warning, title, error_text(error)).exec()
