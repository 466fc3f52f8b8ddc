"""Shared checks for keyboard use and screen readers: where the focus is, what a control is
called, and the round Tab makes through a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabBar, QWidget
from pytestqt.qtbot import QtBot

#: Presses Tab may stay inside one control (the sections of a date box).
INNER_STEPS = 3


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def buddy_text(widget: QWidget) -> str:
    """The text of the label that names ``widget`` (its buddy), without the & of its key."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").strip()
    return ""


def spoken(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, else the label it is the
    buddy of, else its own text (a button's, a line edit's) or its tab's."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if named_by := buddy_text(widget):
        return named_by
    if isinstance(widget, QAbstractButton | QLineEdit):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    return ""


def named(widget: QWidget) -> str:
    """Like :func:`spoken`, but a line edit's contents do not count as its name."""
    if isinstance(widget, QLineEdit) and not widget.accessibleName().strip():
        return buddy_text(widget)
    return spoken(widget)


def tab_round(
    qtbot: QtBot, start: QWidget, *, back: bool = False, limit: int = 200
) -> list[QWidget]:
    """Every widget Tab (or Shift+Tab) stops at, from ``start`` until it comes back.

    A date box keeps the focus for a few presses while Tab walks its day, month and year (Qt's
    way); more than :data:`INNER_STEPS` presses in one widget is a trap. So ``start`` should be
    a control Tab leaves at one press; a window with one control is a round of one (whether
    Tab is kept inside it, as a table's cells can keep it, is for the caller to check)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = [focused()]
    inner = 0
    for _ in range(limit):
        if back:
            qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is stops[0]:
            return stops
        if focused() is stops[-1]:
            inner += 1
            assert inner <= INNER_STEPS, f"Tab is trapped in {spoken(focused())!r}"
            continue
        inner = 0
        assert focused() not in stops, f"Tab is caught in a loop at {spoken(focused())!r}"
        stops.append(focused())
    raise AssertionError(f"Tab did not come back round in {limit} presses")
