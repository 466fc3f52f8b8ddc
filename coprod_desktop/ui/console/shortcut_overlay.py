"""F1 / ?: every key the console answers to, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.ui.console.keys import HELP
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role


class ShortcutOverlay(QDialog):
    """A two-column sheet of keys; Escape or F1 closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        for sections in (HELP[:2], HELP[2:]):
            # A grid per column, so a long line on one side leaves no gap on the other.
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(4)
            row = 0
            for title, lines in sections:
                heading = QLabel(translate("Keys", title))
                set_role(heading, "subheading")
                grid.addWidget(heading, row, 0, 1, 2)
                row += 1
                for line in lines:
                    keys = QLabel(f"<b>{line.keys}</b>")
                    keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(keys, row, 0)
                    grid.addWidget(_description(translate("Keys", line.does)), row, 1)
                    row += 1
                grid.setRowMinimumHeight(row, 12)  # a gap before the next section
                row += 1
            grid.setRowStretch(row, 1)
            columns.addLayout(grid)
        outer.addLayout(columns)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(translate("Shortcuts", "Close"))
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        # A window is sized from its size hint, which ignores that wrapped lines need height.
        width = self.sizeHint().width()
        self.resize(width, max(self.sizeHint().height(), outer.totalHeightForWidth(width)))


def _description(text: str) -> QLabel:
    """What a key does: wrapped, top-aligned like its key, and wide enough to read (Qt sizes
    a wrapping label for a few words only)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    metrics = label.fontMetrics()
    label.setMinimumWidth(min(metrics.horizontalAdvance(text), 24 * metrics.averageCharWidth()))
    return label
