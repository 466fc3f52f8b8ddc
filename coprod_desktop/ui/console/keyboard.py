"""Keyboard operation of the console beyond the capture keys.

The console answers single keys (1–5, S, Space, …) wherever the focus is, so that capture
never waits for a click. Two things make the rest of it work from the keyboard too: Tab
visits every control in reading order (:func:`order_tabs`), and a button or box that Tab has
reached answers Space and Enter itself rather than revealing the result or moving on
(:class:`KeyboardAccess`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLayout,
    QWidget,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyboardAccess(QObject):
    """Lets the focused control of ``window`` have Space (and Enter, for a button).

    Without it Space would reveal the result and Enter move to the next item even while Tab
    rests on, say, "Swap screens", and a keyboard user could not press the button.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self._window:
            return False
        key = event.key()
        if kind == QEvent.Type.ShortcutOverride:
            if key == Qt.Key.Key_Space and isinstance(focused, QAbstractButton | QComboBox):
                event.accept()  # the control takes Space: no shortcut fires
                return True
            return False
        # A key press no one took on its way up: Enter on a focused button presses it.
        if key in _ENTER and isinstance(focused, QAbstractButton) and focused.isEnabled():
            focused.animateClick()
            return True
        return False


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _layout_widgets(inner)
    return found


def _focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` in Qt's present focus chain order."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _unwrap(widget: QWidget) -> None:
    """A container that hands its focus to a child (a tab widget to its tab bar) would keep
    its old place in the chain and pull Tab back there: let the child stand for itself."""
    proxy = widget.focusProxy()
    if proxy is not None and widget.isAncestorOf(proxy):
        widget.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr: no proxy
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def order_tabs(window: QWidget, parts: Sequence[QWidget | QLayout]) -> list[QWidget]:
    """Chain Tab through ``parts`` in turn: for each, the controls inside it (a widget's
    descendants, or a layout's widgets and theirs) in the order Qt already had them.
    Returns the controls in their new order."""
    for widget in _focus_chain(window):
        _unwrap(widget)
    chain = _focus_chain(window)
    ordered: list[QWidget] = []
    for part in parts:
        roots: Iterable[QWidget] = _layout_widgets(part) if isinstance(part, QLayout) else [part]
        for root in roots:
            ordered += [
                w
                for w in chain
                if (w is root or root.isAncestorOf(w)) and _tabbable(w) and w not in ordered
            ]
    for first, second in itertools.pairwise(ordered):
        QWidget.setTabOrder(first, second)
    return ordered
