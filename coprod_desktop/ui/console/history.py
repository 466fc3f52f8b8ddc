"""Undo and redo in the console, saying what they undid ("Undone: Users, K3: now 2 → 3")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from coprod_desktop.ui.i18n import translate


def undo_actions(window: QWidget, stack: QUndoStack, tell: Callable[[str], None]) -> None:
    """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) on ``window``; ``tell`` gets what was undone or
    redone, in words, or that there was nothing to undo or redo."""

    def undo() -> None:
        if not stack.canUndo():
            tell(translate("Console", "Nothing to undo"))
            return
        step = stack.undoText()
        stack.undo()
        tell(translate("Console", "Undone: {step}").format(step=step))

    def redo() -> None:
        if not stack.canRedo():
            tell(translate("Console", "Nothing to redo"))
            return
        step = stack.redoText()
        stack.redo()
        tell(translate("Console", "Redone: {step}").format(step=step))

    for text, keys, run in (
        (translate("Console", "Undo"), QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
         undo),
        (translate("Console", "Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
         redo),
    ):  # fmt: skip
        action = QAction(text, window)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _=False, r=run: r())
        window.addAction(action)
