"""Shared checks for keyboard use and screen readers: where the focus is, what a control is
called, and the round Tab makes through a window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)
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


def shown(qtbot: QtBot, window: QWidget) -> QWidget:
    """``window`` on screen and active, as a facilitator would have it in front of them, with
    no text cut off."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not cut_off(window), cut_off(window)
    return window


def cut_off(window: QWidget) -> list[str]:
    """What on show in ``window`` does not fit: a wrapped label shorter than its lines need, a
    one-line label narrower than its line, a button whose lines do not fit inside its padding
    and border, a panel wider than the scroll area that never scrolls sideways."""
    short = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                short.append(label.text())
        elif label.width() < label.minimumSizeHint().width():
            short.append(label.text())
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        never_sideways = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if inner is not None and never_sideways and inner.width() > area.viewport().width():
            short.append(f"{type(inner).__name__} wider than its scroll area")
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisibleTo(window) or model is None:
            continue
        metrics = header.fontMetrics()
        across = header.orientation() == Qt.Orientation.Horizontal
        for section in range(header.count()):
            lines = str(model.headerData(section, header.orientation()) or "").split("\n")
            wide = max(metrics.horizontalAdvance(line) for line in lines) + 8
            if across:  # what the style needs around the words, too
                wide = max(wide, header.sectionSizeHint(section))
            room = header.sectionSize(section) if across else header.width()
            if room < wide:
                short.append(f"heading {' '.join(lines)!r}")
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        option = QStyleOptionButton()
        button.initStyleOption(option)
        inside = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        metrics = button.fontMetrics()
        lines = button.text().replace("&&", "&").replace("&", "").split("\n")
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        # A few pixels into the padding is not cut off (the focus ring's thicker border takes
        # two from the contents of the focused or default button).
        if wide > inside.width() + 4 or metrics.height() * len(lines) > inside.height() + 2:
            short.append(button.text())
    return short


def focus_shows(qtbot: QtBot, widget: QWidget, elsewhere: QWidget) -> bool:
    """Whether ``widget`` looks different with the focus than without it."""
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(elsewhere.hasFocus)
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return widget.grab().toImage() != without


def check_round(
    qtbot: QtBot, window: QWidget, start: QWidget, wanted: Sequence[QWidget]
) -> list[QWidget]:
    """Tab from ``start`` round ``window``: it reaches ``wanted`` in that order, every stop is
    in the window, speaks, and shows its focus; Shift+Tab walks the same round backwards."""
    stops = tab_round(qtbot, start)
    for widget in stops:
        assert widget.window() is window, f"Tab left the window at {named(widget)!r}"
        assert named(widget), f"a {type(widget).__name__} with no name a screen reader can say"
    for widget in wanted:
        assert widget in stops, f"Tab never reaches {named(widget)!r}"
    places = [stops.index(w) for w in wanted]
    assert places == sorted(places), [named(w) for w in wanted]
    if len(stops) > 1:
        for widget in stops:
            other = stops[(stops.index(widget) + 1) % len(stops)]
            assert focus_shows(qtbot, widget, other), f"no visible focus on {named(widget)!r}"
        back = tab_round(qtbot, start, back=True)
        assert back[1:] == list(reversed(stops[1:]))
    return stops


def escape_closes(qtbot: QtBot, window: QWidget) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def default_button(window: QWidget) -> QPushButton:
    """The one button Enter presses."""
    defaults = [b for b in window.findChildren(QPushButton) if b.isDefault()]
    assert len(defaults) == 1, [b.text() for b in defaults]
    return defaults[0]
