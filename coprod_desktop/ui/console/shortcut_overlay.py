"""F1 / ?: every key the console answers to, in plain words."""

from __future__ import annotations

import re

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
        # Capture and the projector on the left, moving and the rest on the right: columns of
        # about equal height, so the sheet fits a 768-pixel screen.
        for sections in (HELP[0::2], HELP[1::2]):
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
                    keys = _keys(line.keys)
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


def _keys(keys: str) -> QLabel:
    """The keys, in bold; a long list of them ("Ctrl + Page Down / Ctrl + Page Up") wraps
    between keys, never inside one."""
    whole = re.split(r"(, | / )", keys)
    label = QLabel("<b>" + "".join(k.replace(" ", "\u00a0") if k.strip(",/ ") else k
                                   for k in whole) + "</b>")  # fmt: skip
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setWordWrap(True)
    metrics = label.fontMetrics()
    label.setMinimumWidth(min(metrics.horizontalAdvance(keys) + 8, 18 * metrics.averageCharWidth()))
    return label


def _description(text: str) -> QLabel:
    """What a key does: wrapped, top-aligned like its key, and wide enough to read (Qt sizes
    a wrapping label for a few words only)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    metrics = label.fontMetrics()
    label.setMinimumWidth(min(metrics.horizontalAdvance(text), 44 * metrics.averageCharWidth()))
    return label
