"""The console's tool bar: the running order, and what the projector shows (the slide, the
reveal, the curtain, Easy Read wording, the timer). It follows the session, and forwards each
click to it."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QToolBar, QVBoxLayout, QWidget

from coprod_desktop.domain.audience import Curtain, Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.audience.slides.registry import SLIDES
from coprod_desktop.ui.console.keys import DigitPress
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController

Slot = Callable[[], object]


def slide_key(controller: SessionController, press: DigitPress,
              chosen: Callable[[Slide], Slot | None] | None = None) -> Slot | None:  # fmt: skip
    """What Alt+digit does: put up the slide registered with that key (``SLIDES``).
    ``chosen``, if given, may put it up its own way instead (the results window shows the
    results, and how others see a group, for the group chosen in it)."""
    if not press.alt or press.shift:
        return None
    for entry in SLIDES:
        if entry.key == press.digit:
            own = chosen(entry.slide) if chosen is not None else None
            return own or functools.partial(controller.run, controller.live.show_slide, entry.slide)
    return None


class ProjectorBar(QToolBar):
    """Buttons a click or Tab reaches (a click leaves the keyboard with the capture keys)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(translate("Console", "Projector"), parent)
        self.controller = c = controller
        live = c.live
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setStyleSheet("QPushButton { padding: 4px 9px; }")
        self.order_button = self._button("", self.toggle_running_order, checkable=False)
        self.addSeparator()
        self.slide_buttons: dict[Slide, QPushButton] = {}
        for entry in SLIDES:
            if entry.button is None:
                continue
            label = translate("Console", entry.button)
            button = self._button(label, lambda _=False, s=entry.slide: c.run(live.show_slide, s))
            button.setAccessibleName(
                translate("Console", "Show the slide: {name}").format(name=label)
            )
            self.slide_buttons[entry.slide] = button
        self.addSeparator()
        self.reveal_button = self._button(translate("Console", "Reveal (Space)"),
                                          c.slot(live.set_revealed))  # fmt: skip
        self.blank_button = self._button(
            translate("Console", "Curtain (B)"),
            lambda on: c.run(live.set_curtain, Curtain.BLANK if on else Curtain.OPEN),
        )
        self.freeze_button = self._button(
            translate("Console", "Freeze (F)"),
            lambda on: c.run(live.set_curtain, Curtain.FROZEN if on else Curtain.OPEN),
        )
        # Easy Read and the timer: the console shows them by the projector's other choices
        # (on this bar a 1024-pixel laptop hid them behind a handle).
        self.options = QWidget()
        row = QVBoxLayout(self.options)  # one above the other: the column may be narrow
        row.setContentsMargins(0, 0, 0, 0)
        self.easy_read = self._check(translate("Console", "Easy Read (E)"),
                                     c.slot(live.set_easy_read))  # fmt: skip
        self.timer_to_room = self._check(
            translate("Console", "Timer on projector"), c.slot(live.set_timer_shown)
        )
        c.changed.connect(self._on_changed)
        self.sync()
        self._show_order()

    def toggle_running_order(self) -> None:
        """Group by group ⇄ item by item (O)."""
        current = self.controller.cursor.order
        other = (
            RunningOrder.ITEM_BY_ITEM
            if current is RunningOrder.GROUP_BY_GROUP
            else RunningOrder.GROUP_BY_GROUP
        )
        self.controller.run(self.controller.live.set_running_order, other)

    def toggle_freeze(self) -> None:
        """Freeze the projector while typing, or unfreeze it (F)."""
        frozen = self.controller.presentation.curtain is Curtain.FROZEN
        self.controller.run(
            self.controller.live.set_curtain, Curtain.OPEN if frozen else Curtain.FROZEN
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.presentation:
            self.sync()
        if changes.cursor:
            self._show_order()

    def sync(self) -> None:
        """Show what the projector shows now."""
        p = self.controller.presentation
        for slide, button in self.slide_buttons.items():
            button.setChecked(slide is p.slide)
        self.reveal_button.setChecked(p.revealed)
        self.blank_button.setChecked(p.curtain is Curtain.BLANK)
        self.freeze_button.setChecked(p.curtain is Curtain.FROZEN)

    def _show_order(self) -> None:
        item_mode = self.controller.cursor.order is RunningOrder.ITEM_BY_ITEM
        self.order_button.setText(
            translate("Console", "Item by item ⇄ (O)")
            if item_mode
            else translate("Console", "Group by group ⇄ (O)")
        )

    def _button(self, text: str, on_click: Callable[..., object], *,
                checkable: bool = True) -> QPushButton:  # fmt: skip
        button = QPushButton(text)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(on_click)
        self.addWidget(button)
        return button

    def _check(self, text: str, on_toggle: Callable[[bool], object]) -> QCheckBox:
        box = QCheckBox(text)
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        box.toggled.connect(on_toggle)
        layout = self.options.layout()
        assert layout is not None
        layout.addWidget(box)
        return box
