"""The console window: the item list or grid, the capture panel, and the room's side."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.audience.window import AudienceWindow
from coprod_desktop.ui.console.capture_panel import CapturePanel
from coprod_desktop.ui.console.capture_scroller import CaptureScroller, centre_column
from coprod_desktop.ui.console.grid import CaptureGrid
from coprod_desktop.ui.console.group_dialog import GroupDialog
from coprod_desktop.ui.console.group_heading import GroupHeading
from coprod_desktop.ui.console.history import undo_actions
from coprod_desktop.ui.console.item_list import ItemList
from coprod_desktop.ui.console.keyboard import (
    ClicksEndTyping,
    DigitKeys,
    KeyboardAccess,
    WheelScrolls,
    order_tabs,
)
from coprod_desktop.ui.console.keys import DigitPress
from coprod_desktop.ui.console.projector_bar import ProjectorBar, slide_key
from coprod_desktop.ui.console.room_controls import room_controls
from coprod_desktop.ui.console.shortcut_overlay import ShortcutOverlay
from coprod_desktop.ui.console.side_panels import (
    ActionsPanel,
    ParkingLotPanel,
    PlacementPanel,
    side_tabs,
)
from coprod_desktop.ui.console.status_bar import ReportButton, SavedLabel
from coprod_desktop.ui.console.views_dialog import ViewsDialog
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.session.unsaved_bar import UnsavedBar, confirm_close_with_unsaved
from coprod_desktop.ui.step_window import show_step
from coprod_desktop.ui.style_roles import set_role

if TYPE_CHECKING:  # the results window loads the charts when first opened
    from coprod_desktop.ui.barriers.window import BarrierWindow
    from coprod_desktop.ui.plan.window import PlanWindow
    from coprod_desktop.ui.results.window import ResultsWindow

# Narrowest the capture panel gets (five level buttons and the notes), and the side columns.
CENTRE_MIN = 540
LEFT_MIN = 140
RIGHT_MIN = 250


class ConsoleWindow(QMainWindow):
    """Where the facilitator runs a workshop. Every key and button forwards to the controller;
    the room's projector is an AudienceWindow listening to the same controller."""

    closed = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        if controller.parent() is None:
            # The console owns the session it runs: it goes with the console, on this thread.
            # (Left to Python, a session caught in a reference cycle could be collected on any
            # thread, say an export's, and its timer fire into freed memory.)
            controller.setParent(self)
        self.room: AudienceWindow | None = None
        self.results_window: ResultsWindow | None = None
        self.plan_window: PlanWindow | None = None
        self.barrier_window: BarrierWindow | None = None
        self.setWindowTitle(
            translate("Console", "{title} — CoProd Desktop").format(title=controller.workshop.title)
        )
        fit_to_screen(self, 1366, 768)

        self.items = ItemList(controller)
        self.grid = CaptureGrid(controller)
        self.left = QStackedWidget()
        self.left.addWidget(self.items)
        self.left.addWidget(self.grid)
        self.capture = CapturePanel(controller)
        centre = self.capture_scroll = CaptureScroller(self.capture)
        self.placement = PlacementPanel(controller)
        self.actions_panel = ActionsPanel(controller)
        self.parking_lot = ParkingLotPanel(controller)

        splitter = QSplitter()
        splitter.addWidget(self._left_column())
        splitter.addWidget(centre_column(centre, controller))
        splitter.addWidget(self._right_column())
        splitter.setSizes([330, 620, 416])
        splitter.setChildrenCollapsible(False)
        # Once the facilitator drags a divider, their widths stand; until then they follow
        # the window (so a 1024-pixel laptop still shows every level button).
        self._columns_moved = False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_columns_moved", True))
        for index, stretch in enumerate((0, 1, 0)):  # a wider screen widens the capture panel
            splitter.setStretchFactor(index, stretch)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.bar = ProjectorBar(controller, self)
        self.addToolBar(self.bar)
        self._room_column.insertWidget(1, self.bar.options)
        self._build_status_bar()
        self._build_shortcuts()
        controller.changed.connect(self._on_changed)
        self._on_cursor()
        self.keyboard = KeyboardAccess(self)
        self.wheel = WheelScrolls(self)
        self.clicks = ClicksEndTyping(self)
        self._room_controls: QGridLayout | None = None
        self._order_tabs()
        # The capture keys, not a control, have the keyboard when the console opens: else Qt
        # gives it to the first button, and Space would press that instead of revealing.
        self.setFocus()

    # --- layout ------------------------------------------------------------------------------
    def _left_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 8, 0, 8)
        self.heading = GroupHeading(self.controller)
        layout.addWidget(self.heading)
        layout.addWidget(self.left, 1)
        return column

    def _right_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 8, 8, 8)
        heading = QLabel(translate("Console", "On the projector"))
        set_role(heading, "subheading")
        layout.addWidget(heading)
        self._room_column = layout
        tabs = self.side_tabs = side_tabs(self.placement, self.actions_panel, self.parking_lot)
        layout.addWidget(tabs, 1)
        return column

    def _results_button(self) -> QPushButton:
        button = QPushButton(translate("Console", "Results (R)"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(translate("Console", "Show the results"))
        button.setToolTip(
            translate("Console", "Profiles, training needs, heat map, stages and follow-up")
        )
        button.clicked.connect(self.show_results)
        return button

    def show_results(self) -> None:
        """The results window (one per console), raised if it is already open."""
        from coprod_desktop.ui.results.window import ResultsWindow

        if self.results_window is None:
            self.results_window = ResultsWindow(self.controller, self.controller.baseline, self)
        self.results_window.select_group(self.controller.group.key)
        self.results_window.show()
        self.results_window.raise_()
        self.results_window.activateWindow()

    def show_plan(self) -> PlanWindow:
        """The Plan step, after the results: the training plan made from the needs."""
        from coprod_desktop.ui.plan.window import PlanWindow

        self.plan_window = show_step(PlanWindow, self.controller, self, self.plan_window)
        return self.plan_window

    def show_barriers(self) -> BarrierWindow:
        """The barrier log (the planning use): what stands in the way, who acts on it."""
        from coprod_desktop.ui.barriers.window import BarrierWindow

        self.barrier_window = show_step(BarrierWindow, self.controller, self, self.barrier_window)
        return self.barrier_window

    def _build_status_bar(self) -> None:
        self.saved_label = SavedLabel(self.controller)
        self.timer_label = QLabel("0:00")
        self.timer_label.setAccessibleName(translate("Console", "Time on this item"))
        help_button = QPushButton(translate("Console", "Keys (F1)"))
        help_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        help_button.clicked.connect(self.show_shortcuts)
        report = ReportButton(self)
        self.exports, self.export_menu = report.exports, report.menu()
        bar = self.statusBar()
        # Room for full-height buttons, so nothing in the bar is cut off at the bottom.
        bar.setStyleSheet(
            "QStatusBar QPushButton { min-height: 0px; max-height: 26px; padding: 0px 12px; }"
        )
        bar.addWidget(self.saved_label, 1)
        # Shown only while the disk refuses to save (issue 5): retry, or save elsewhere.
        self.unsaved_bar = UnsavedBar(self.controller, bar)
        bar.addWidget(self.unsaved_bar)
        bar.addPermanentWidget(QLabel(translate("Console", "Time on item:")))
        bar.addPermanentWidget(self.timer_label)
        bar.addPermanentWidget(self._results_button())
        plan = QPushButton(translate("Console", "Plan (M)"))
        plan.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        plan.clicked.connect(self.show_plan)
        bar.addPermanentWidget(plan)
        bar.addPermanentWidget(report)
        bar.addPermanentWidget(help_button)

    def _build_shortcuts(self) -> None:
        c, live = self.controller, self.controller.live
        # 1–5, Shift+1–5 and Alt+1–6 by physical key, on every layout (not QActions: see
        # DigitKeys).
        self.digit_keys = DigitKeys(self, self._digit_slot)
        self._key(["S"], c.slot(live.mark_split))
        self._key(["Y"], c.slot(live.mark_agreed))
        self._key(["K"], c.slot(live.skip))
        self._key(["Del", "Backspace"], c.slot(live.clear_rating))
        self._key(["T"], lambda: self._focus(self.capture.tally.first_box()))
        self._key(["N"], lambda: self._focus(self.capture.note))
        self._key(["P"], lambda: self._focus(self.capture.private_note))
        self._key(["C"], lambda: self._focus_tab(0, self.placement.current))
        self._key(["A"], lambda: self._focus_tab(1, self.actions_panel.line))
        self._key(["L"], lambda: self._focus_tab(2, self.parking_lot.line))
        self._key(["Right", "PgDown"], self.next_item)  # Enter: see keyPressEvent
        self._key(["Left", "PgUp"], partial(c.run, live.previous_item))
        self._key(["G"], partial(c.run, live.next_group, 1))
        self._key(["Shift+G"], partial(c.run, live.next_group, -1))
        self._key(["O"], self.bar.toggle_running_order)
        self._key(["Space"], lambda: c.run(live.set_revealed, not c.presentation.revealed))
        self._key(["B"], partial(c.run, live.toggle_curtain))
        self._key(["F"], self.bar.toggle_freeze)
        self._key(["E"], self.bar.easy_read.toggle)
        self._key(["F1", "?"], self.show_shortcuts)
        self._key(["R"], self.show_results)
        self._key(["M"], self.show_plan)
        self._key(["W"], self.show_barriers)
        self._key(["Ctrl+G"], lambda: GroupDialog(self.controller, self).open())
        self._key(["V"], lambda: ViewsDialog(self.controller, self).open())
        self._key(["Ctrl+W"], self.close)
        undo_actions(self, c.undo_stack, self.saved_label.saved)

    def _digit_slot(self, press: DigitPress) -> Callable[[], object] | None:
        """What a digit key does here: a level (Shift: the required one), or with Alt a slide."""
        c = self.controller
        scale = c.workshop.framework.scale
        if press.alt or not scale.lowest <= press.digit <= scale.highest:
            return slide_key(c, press)
        choose = c.live.set_required_level if press.shift else c.live.set_current_level
        return partial(c.run, choose, press.digit)

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
        preview.setAccessibleName(translate("Console", "Preview of the projector"))
        self._room_controls = room_controls(room)
        self._room_column.insertLayout(2, self._room_controls)
        self._key(["Ctrl+Shift+P"], room.swap_screens)
        self._key(["Ctrl+PgDown"], room.view.next_page)
        self._key(["Ctrl+PgUp"], room.view.previous_page)
        self._order_tabs()
        room.place()

    def _order_tabs(self) -> None:
        """Tab in reading order: tool bar, item list or grid, capture, projector controls,
        side tabs, status bar. (Buttons take the focus from Tab, not from a click, so a click
        leaves the capture keys where they were.)"""
        parts: list[QWidget | QGridLayout] = [self.bar]
        parts += [w for w in (self.splitter.widget(0), self.splitter.widget(1)) if w is not None]
        if self._room_controls is not None:
            parts.append(self._room_controls)
        parts += [self.bar.options, self.side_tabs, self.statusBar()]
        order_tabs(self, parts)
        self.wheel.guard()

    # --- intents -----------------------------------------------------------------------------
    def next_item(self) -> None:
        """Enter in a text field (or a stage box) saves it and returns to capture (in the
        tally: records the tally); otherwise moves on."""
        focused = QApplication.focusWidget()
        typing = isinstance(focused, QLineEdit | QAbstractSpinBox | QComboBox)
        if focused is not None and typing and focused.window() is self:
            in_tally = self.capture.tally.isAncestorOf(focused)
            focused.clearFocus()  # a note commits on losing focus
            self.setFocus()
            if in_tally:
                self.capture.tally.record()
            return
        self.controller.run(self.controller.live.next_item)

    def enter_from_paper(self) -> QWidget:
        """Type filled-in paper forms back in, starting with the group being captured."""
        from coprod_desktop.ui.paper_entry.open import paper_entry_in_console

        return paper_entry_in_console(self.controller, self)

    def show_shortcuts(self) -> None:
        ShortcutOverlay(self).exec()

    def show_settings(self) -> None:
        from coprod_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_tab(self, index: int, widget: QWidget) -> None:
        self.side_tabs.setCurrentIndex(index)
        self._focus(widget)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self._columns_moved:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the width: the capture panel keeps room for every level button, the list
        (or the grid, which needs a column per group) and the side panel give way first."""
        total = self.splitter.width() or sum(self.splitter.sizes()) or 1366
        item_mode = self.controller.cursor.order is RunningOrder.ITEM_BY_ITEM
        left = 140 + 70 * len(self.controller.workshop.groups) if item_mode else 330
        right = 416
        spare = total - CENTRE_MIN - left - right
        if spare < 0:  # take the shortfall from the side columns in proportion, to a floor
            left = max(LEFT_MIN, round(left + spare * left / (left + right)))
            right = max(RIGHT_MIN, total - CENTRE_MIN - left)
        self.splitter.setSizes([left, max(CENTRE_MIN, total - left - right), right])

    # --- reactions -----------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.cursor or changes.workshop:  # the group's name may have changed too
            self._on_cursor()
        if changes.tick or changes.cursor:
            self.timer_label.setText(self.controller.live.timer_text())

    def _on_cursor(self) -> None:
        c = self.controller
        item_mode = c.cursor.order is RunningOrder.ITEM_BY_ITEM
        if (self.left.currentWidget() is self.grid) != item_mode:
            self.left.setCurrentWidget(self.grid if item_mode else self.items)
            if item_mode:
                self.grid.keep_columns_readable()
            # The grid needs room for every group's column; the list does not.
            self._fit_columns()
        self.heading.show_group()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter is not a shortcut: a line edit must see it first (to add an action, say),
        # then it reaches here and moves on — or, from a text field, returns to capture.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_item()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not confirm_close_with_unsaved(self, self.controller):  # disk full: keep them
            event.ignore()
            return
        self.controller.close_session()
        if self.room is not None:
            self.room.shut()
        self.closed.emit()
        super().closeEvent(event)
