"""A row of big buttons, one per scale level, for the current or the required level."""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from coprod_desktop.domain.scale import Scale, ScaleLevel


class LevelButtons(QWidget):
    """Checkable buttons "1 Not yet" … "5 Could teach others"; clicking one forwards it."""

    def __init__(self, title: str, scale: Scale, on_choose: Callable[[int], object],
                 key_hint: str, parent: QWidget | None = None, *,
                 spoken: str = "") -> None:  # fmt: skip
        """``spoken`` names each button for a screen reader ("Current level" → "Current
        level 3: Getting there"); the title is used when it is empty."""
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        heading = QLabel(f"<b>{title}</b> <span style='color:#484f53'>({key_hint})</span>")
        layout.addWidget(heading, 0, 0, 1, len(scale.levels))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[int, QPushButton] = {}
        self._labels = {level.level: level.label for level in scale.levels}
        self._words: tuple[ScaleLevel, ...] = scale.levels
        self._spoken = spoken or title
        self._shown: int | None = None
        for column, level in enumerate(scale.levels):
            button = QPushButton(self._caption(level.level, level.label, chosen=False))
            button.setCheckable(True)
            # Tab reaches it; a click does not keep the keyboard, so Space and Enter go on
            # revealing and moving on rather than pressing this button again.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            # Tall enough for four lines of caption ("5 / Could / teach / others"); the
            # capture panel's style sheet says so too, since a style sheet's min-height wins.
            button.setProperty("level", True)
            button.setMinimumHeight(76)
            button.setMinimumWidth(64)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, n=level.level: on_choose(n))
            self._group.addButton(button, level.level)
            self._buttons[level.level] = button
            layout.addWidget(button, 1, column)
        self.use_words(scale.levels, force=True)

    def use_words(self, levels: tuple[ScaleLevel, ...], *, force: bool = False) -> None:
        """Label the buttons with ``levels``' words (the scale's words for the item's area)."""
        if levels == self._words and not force:
            return
        self._words = levels
        for level in levels:
            button = self._buttons[level.level]
            self._labels[level.level] = level.label
            button.setText(self._caption(level.level, level.label, chosen=button.isChecked()))
            button.setToolTip(level.description)
            button.setAccessibleName(f"{self._spoken} {level.level}: {level.label}")
            button.setAccessibleDescription(level.description)

    def show_level(self, level: int | None) -> None:
        """Check the button for ``level`` (none checked when None)."""
        self._group.setExclusive(False)
        for number, button in self._buttons.items():
            chosen = number == level
            button.setChecked(chosen)
            # Only the buttons whose caption changes: a new caption re-lays the panel out.
            if chosen or number == self._shown:
                button.setText(self._caption(number, self._labels[number], chosen=chosen))
        self._group.setExclusive(True)
        self._shown = level

    @staticmethod
    @functools.cache
    def _caption(number: int, label: str, *, chosen: bool) -> str:
        """The level and its label, wrapped to fit; the chosen one is marked in words too."""
        mark = "● " if chosen else ""
        return f"{mark}{number}\n{textwrap.fill(label, 9, break_long_words=False)}"
