"""Is every control of a window shown whole? What a 1024 × 768 laptop cuts off: a control
outside its window, a field or button squeezed below the height it needs, a label's text cut,
a wrapped text with fewer lines than it has, a table cell's text elided."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QToolButton,
    QWidget,
)

#: A 1024 × 768 screen less a window frame and a task bar (the new-workshop form's test).
LAPTOP_AREA = (1024 - 24, 768 - 80)


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's view: there it may be out of sight, and scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def not_whole(window: QWidget) -> list[str]:
    """What of ``window`` is not shown whole (empty when all is)."""
    problems = []
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if window.height() < needed:
            problems.append(f"window squeezed: {window.height()} px high, needs {needed}")
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window or _scrolls(w, window):
            continue
        top_left = w.mapTo(window, QPoint(0, 0))
        if not window.rect().contains(top_left) or not window.rect().contains(
            w.mapTo(window, QPoint(w.width() - 1, w.height() - 1))
        ):
            problems.append(f"outside the window: {_name(w)}")
        icon_only = (
            isinstance(w, QToolButton)
            and w.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        inner = isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # a box's own edit
        if (
            not icon_only
            and not inner
            and isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox)
        ):
            hint = w.minimumSizeHint()
            if w.height() < hint.height() or w.width() < min(hint.width(), 200):
                problems.append(f"squeezed: {_name(w)} {w.size().toTuple()} < {hint.toTuple()}")
        if isinstance(w, QAbstractButton) and w.text() and not icon_only:
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            room = w.contentsRect().width() - (w.iconSize().width() if not w.icon().isNull() else 0)
            if w.fontMetrics().horizontalAdvance(text) > room:
                problems.append(f"text cut: {_name(w)}")
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                if w.height() < w.heightForWidth(w.width()):
                    problems.append(f"lines cut: {_name(w)}")
            elif w.width() < w.sizeHint().width() - 1:
                problems.append(f"text cut: {_name(w)}")
        if isinstance(w, QTableWidget):
            problems += elided_cells(w)
    return problems


def elided_cells(table: QTableWidget) -> list[str]:
    """The cells whose text does not fit their column (and row, when it wraps)."""
    cut = []
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            room = table.columnWidth(column) - 28  # the style sheet pads 10 px a side
            if table.wordWrap():
                flags = int(Qt.TextFlag.TextWordWrap)
                needed = metrics.boundingRect(0, 0, room, 10_000, flags, item.text()).height()
                if needed > table.rowHeight(row) - 4:
                    cut.append(f"cell {row},{column} cut: {item.text()[:30]!r}")
            elif metrics.horizontalAdvance(item.text()) > room:
                cut.append(f"cell {row},{column} elided: {item.text()[:30]!r}")
    return cut
