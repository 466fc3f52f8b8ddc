"""F1 / ?: every key the console answers to, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.ui.console.keys import HELP
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role


class ShortcutOverlay(QDialog):
    """A two-column sheet of keys; Escape or F1 closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        for column, (section_pair) in enumerate((HELP[:2], HELP[2:])):
            row = 0
            for title, lines in section_pair:
                heading = QLabel(translate("Keys", title))
                set_role(heading, "subheading")
                grid.addWidget(heading, row, column * 2, 1, 2)
                row += 1
                for line in lines:
                    keys = QLabel(f"<b>{line.keys}</b>")
                    keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                    does = QLabel(translate("Keys", line.does))
                    does.setWordWrap(True)
                    grid.addWidget(keys, row, column * 2)
                    grid.addWidget(does, row, column * 2 + 1)
                    row += 1
                row += 1
        outer.addLayout(grid)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(translate("Shortcuts", "Close"))
        close.rejected.connect(self.reject)
        outer.addWidget(close)
