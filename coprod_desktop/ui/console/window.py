"""The console window: the item list or grid, the capture panel, and the room's side."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.audience import Curtain, Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.console import keys
from coprod_desktop.ui.console.capture_panel import CapturePanel, button_row
from coprod_desktop.ui.console.grid import CaptureGrid
from coprod_desktop.ui.console.item_list import ItemList
from coprod_desktop.ui.console.room_controls import room_controls
from coprod_desktop.ui.console.shortcut_overlay import ShortcutOverlay
from coprod_desktop.ui.console.side_panels import ActionsPanel, ParkingLotPanel, PlacementPanel
from coprod_desktop.ui.exports.flow import ExportFlow
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.style_roles import set_role

SLIDES = (
    (Slide.TITLE, "Title"),
    (Slide.STAGES, "Stages"),
    (Slide.ITEM, "Item"),
    (Slide.GROUP_SUMMARY, "Group summary"),
    (Slide.CLOSING, "Closing"),
)


class ConsoleWindow(QMainWindow):
    """Where the facilitator runs a workshop. Every key and button forwards to the controller;
    the room's projector is an AudienceWindow listening to the same controller."""

    closed = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.room: AudienceWindow | None = None
        self.setWindowTitle(f"{controller.workshop.title} — CoProd Desktop")
        self.resize(1366, 768)

        self.items = ItemList(controller)
        self.grid = CaptureGrid(controller)
        self.left = QStackedWidget()
        self.left.addWidget(self.items)
        self.left.addWidget(self.grid)
        self.capture = CapturePanel(controller)
        centre = QScrollArea()
        centre.setWidget(self.capture)
        centre.setWidgetResizable(True)
        centre.setFrameShape(QScrollArea.Shape.NoFrame)
        centre.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placement = PlacementPanel(controller)
        self.actions_panel = ActionsPanel(controller)
        self.parking_lot = ParkingLotPanel(controller)

        splitter = QSplitter()
        splitter.addWidget(self._left_column())
        splitter.addWidget(self._centre_column(centre))
        splitter.addWidget(self._right_column())
        splitter.setSizes([330, 620, 416])
        splitter.setChildrenCollapsible(False)
        for index, stretch in enumerate((0, 1, 0)):  # a wider screen widens the capture panel
            splitter.setStretchFactor(index, stretch)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_toolbar()
        self._build_status_bar()
        self._build_shortcuts()
        controller.cursor_changed.connect(self._on_cursor)
        controller.workshop_changed.connect(self._on_progress)
        controller.saved.connect(self._on_saved)
        controller.failed.connect(self._on_failed)
        controller.timer_ticked.connect(self._on_tick)
        controller.audience_changed.connect(lambda _state: self._sync_projector_buttons())
        self._on_cursor()

    # --- layout ------------------------------------------------------------------------------
    def _left_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 8, 0, 8)
        self.group_label = QLabel()
        set_role(self.group_label, "subheading")
        self.group_label.setWordWrap(True)
        self.group_progress = QProgressBar()
        self.group_progress.setTextVisible(False)
        self.group_progress.setMaximumHeight(10)
        self.group_progress.setAccessibleName("Items rated for this group")
        self.progress_label = QLabel()
        layout.addWidget(self.group_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.group_progress)
        layout.addWidget(self.left, 1)
        return column

    def _centre_column(self, scroller: QScrollArea) -> QWidget:
        """The capture panel scrolls; moving on stays in reach below it."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(scroller, 1)
        c = self.controller
        layout.addLayout(
            button_row(
                ("← Previous", c.previous_item, "Previous item"),
                ("Next →  (Enter)", c.next_item, "Next item"),
                ("Next group (G)", c.next_group, "Next group"),
            )
        )
        return column

    def _right_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 8, 8, 8)
        heading = QLabel("On the projector")
        set_role(heading, "subheading")
        layout.addWidget(heading)
        self._room_column = layout
        tabs = QTabWidget()
        tabs.addTab(self.placement, "Stage")
        tabs.addTab(self.actions_panel, "Actions")
        tabs.addTab(self.parking_lot, "Parking lot")
        self.side_tabs = tabs
        layout.addWidget(tabs, 1)
        return column

    def _build_toolbar(self) -> None:
        bar = QToolBar("Projector")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet("QPushButton { padding: 4px 9px; }")
        self.addToolBar(bar)
        self.order_button = QPushButton()
        self.order_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.order_button.clicked.connect(self.toggle_running_order)
        bar.addWidget(self.order_button)
        bar.addSeparator()
        self.slide_buttons: dict[Slide, QPushButton] = {}
        for slide, label in SLIDES:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"Show the {label.lower()} slide")
            button.clicked.connect(lambda _=False, s=slide: self.controller.show_slide(s))
            self.slide_buttons[slide] = button
            bar.addWidget(button)
        bar.addSeparator()
        self.reveal_button = self._toggle(bar, "Reveal (Space)", self.controller.set_revealed)
        self.blank_button = self._toggle(bar, "Curtain (B)", lambda on: self.controller.set_curtain(
            Curtain.BLANK if on else Curtain.OPEN))  # fmt: skip
        self.freeze_button = self._toggle(bar, "Freeze (F)", lambda on: self.controller.set_curtain(
            Curtain.FROZEN if on else Curtain.OPEN))  # fmt: skip
        self.easy_read = QCheckBox("Easy Read (E)")
        self.easy_read.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.easy_read.toggled.connect(self.controller.set_easy_read)
        bar.addWidget(self.easy_read)
        self.timer_to_room = QCheckBox("Timer on projector")
        self.timer_to_room.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer_to_room.toggled.connect(self.controller.set_timer_shown_to_room)
        bar.addWidget(self.timer_to_room)
        self._sync_projector_buttons()

    def _export_button(self) -> QPushButton:
        """A "Report" menu button: the report, the data, the blank form. (The toolbar is full
        at 1366 px, so it sits in the status bar by the keys.)"""
        from coprod_desktop.services.exports import ExportService

        self.exports = ExportFlow(self, ExportService(self.controller.live.store))
        menu = QMenu(self)
        for text, keys_, start in (
            ("Export report…", "Ctrl+Shift+E", self.exports.export_report),
            ("Export data…", "", self.exports.export_data),
            ("Blank form…", "", self.exports.blank_form),
        ):
            action = menu.addAction(text)
            if keys_:
                action.setShortcut(QKeySequence(keys_))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(action)
            action.triggered.connect(lambda _=False, s=start: s(self.controller.workshop))
        self.export_menu = menu
        button = QPushButton("Report")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName("Export the report, the data or a blank form")
        button.setToolTip("Export the report (Ctrl+Shift+E), the data, or a blank paper form")
        button.setMenu(menu)
        return button

    def _toggle(self, bar: QToolBar, text: str, on_toggle: Callable[[bool], None]) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(on_toggle)
        bar.addWidget(button)
        return button

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel("All changes saved")
        set_role(self.saved_label, "saved")
        self.saved_label.setAccessibleName("Save status")
        self.timer_label = QLabel("0:00")
        self.timer_label.setAccessibleName("Time on this item")
        help_button = QPushButton("Keys (F1)")
        help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        help_button.clicked.connect(self.show_shortcuts)
        bar = self.statusBar()
        # Room for full-height buttons, so nothing in the bar is cut off at the bottom.
        bar.setStyleSheet(
            "QStatusBar QPushButton { min-height: 0px; max-height: 26px; padding: 0px 12px; }"
        )
        bar.addWidget(self.saved_label, 1)
        bar.addPermanentWidget(QLabel("Time on item:"))
        bar.addPermanentWidget(self.timer_label)
        bar.addPermanentWidget(self._export_button())
        bar.addPermanentWidget(help_button)

    def _build_shortcuts(self) -> None:
        c = self.controller
        scale = c.workshop.framework.scale
        for level in range(scale.lowest, scale.highest + 1):
            self._key(keys.current_level_keys(level), functools.partial(c.set_current_level, level))
            self._key(
                keys.required_level_keys(level), functools.partial(c.set_required_level, level)
            )
        self._key(["S"], c.mark_split)
        self._key(["Y"], c.mark_agreed)
        self._key(["K"], c.skip)
        self._key(["Del", "Backspace"], c.clear_rating)
        self._key(["T"], lambda: self._focus(self.capture.tally.first_box()))
        self._key(["N"], lambda: self._focus(self.capture.note))
        self._key(["P"], lambda: self._focus(self.capture.private_note))
        self._key(["A"], lambda: self._focus_tab(1, self.actions_panel.line))
        self._key(["L"], lambda: self._focus_tab(2, self.parking_lot.line))
        self._key(["Right", "PgDown"], self.next_item)  # Enter: see keyPressEvent
        self._key(["Left", "PgUp"], c.previous_item)
        self._key(["G"], lambda: c.next_group(1))
        self._key(["Shift+G"], lambda: c.next_group(-1))
        self._key(["O"], self.toggle_running_order)
        self._key(["Space"], lambda: c.set_revealed(not c.presentation.revealed))
        self._key(["B"], c.toggle_curtain)
        self._key(["F"], self.toggle_freeze)
        self._key(["E"], self.easy_read.toggle)
        for number, (slide, _label) in enumerate(SLIDES, start=1):
            self._key([f"Alt+{number}"], functools.partial(c.show_slide, slide))
        self._key(["F1", "?"], self.show_shortcuts)
        self._key(["Ctrl+W"], self.close)
        undo = c.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = c.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])

    def _key(self, sequences: list[str] | list[QKeySequence], slot: Callable[[], object]) -> None:
        action = QAction(self)
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in sequences])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)

    def attach_room(self, room: AudienceWindow) -> None:
        """Drive ``room`` (the projector view): a live preview here, screen and theme choices
        in a menu, and the view placed on the projector now."""
        self.room = room
        preview = room.preview()
        preview.setMinimumSize(240, 180)
        preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self._room_column.insertWidget(1, preview, 1)
        self._room_column.insertLayout(2, room_controls(room))
        self._key(["Ctrl+Shift+P"], room.swap_screens)
        room.place()

    # --- intents -----------------------------------------------------------------------------
    def next_item(self) -> None:
        """Enter in a text field saves it and returns to capture; otherwise moves on."""
        focused = QApplication.focusWidget()
        typing = isinstance(focused, QLineEdit | QAbstractSpinBox)
        if focused is not None and typing and focused.window() is self:
            focused.clearFocus()  # a note commits on losing focus
            self.setFocus()
            return
        self.controller.next_item()

    def toggle_running_order(self) -> None:
        current = self.controller.cursor.order
        other = (
            RunningOrder.ITEM_BY_ITEM
            if current is RunningOrder.GROUP_BY_GROUP
            else RunningOrder.GROUP_BY_GROUP
        )
        self.controller.set_running_order(other)

    def toggle_freeze(self) -> None:
        frozen = self.controller.presentation.curtain is Curtain.FROZEN
        self.controller.set_curtain(Curtain.OPEN if frozen else Curtain.FROZEN)

    def show_shortcuts(self) -> None:
        ShortcutOverlay(self).exec()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_tab(self, index: int, widget: QWidget) -> None:
        self.side_tabs.setCurrentIndex(index)
        self._focus(widget)

    # --- reactions -----------------------------------------------------------------------------
    def _on_cursor(self) -> None:
        c = self.controller
        item_mode = c.cursor.order is RunningOrder.ITEM_BY_ITEM
        if (self.left.currentWidget() is self.grid) != item_mode:
            self.left.setCurrentWidget(self.grid if item_mode else self.items)
            # The grid needs room for every group's column; the list does not.
            left = 140 + 70 * len(c.workshop.groups) if item_mode else 330
            total = sum(self.splitter.sizes()) or 1366
            self.splitter.setSizes([left, total - left - 416, 416])
        self.order_button.setText("Item by item ⇄ (O)" if item_mode else "Group by group ⇄ (O)")
        self.group_label.setText(f"Group: {c.group.name}")
        self._on_progress()
        self._sync_projector_buttons()

    def _on_progress(self) -> None:
        c = self.controller
        total = len(c.workshop.item_codes)
        done = len(c.group.ratings)
        self.group_progress.setRange(0, total)
        self.group_progress.setValue(done)
        self.progress_label.setText(f"{done} of {total} items rated")

    def _on_saved(self, message: str) -> None:
        self.saved_label.setText(f"✓ {message} at {QTime.currentTime().toString('HH:mm:ss')}")
        self._set_save_role("saved")

    def _on_failed(self, message: str) -> None:
        self.saved_label.setText(f"⚠ Not saved: {message}")
        self._set_save_role("error")

    def _set_save_role(self, role: str) -> None:
        if self.saved_label.property("role") != role:  # re-styling costs more than a commit
            set_role(self.saved_label, role)
            self._restyle(self.saved_label)

    def _on_tick(self, text: str) -> None:
        self.timer_label.setText(text)

    def _sync_projector_buttons(self) -> None:
        p = self.controller.presentation
        for slide, button in self.slide_buttons.items():
            button.setChecked(slide is p.slide)
        self.reveal_button.setChecked(p.revealed)
        self.blank_button.setChecked(p.curtain is Curtain.BLANK)
        self.freeze_button.setChecked(p.curtain is Curtain.FROZEN)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter is not a shortcut: a line edit must see it first (to add an action, say),
        # then it reaches here and moves on — or, from a text field, returns to capture.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_item()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.controller.close_session()
        if self.room is not None:
            self.room.shut()
        self.closed.emit()
        super().closeEvent(event)
