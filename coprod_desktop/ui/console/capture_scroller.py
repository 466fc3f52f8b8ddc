"""The console's centre column: the capture panel's scroll area (whatever field takes the
keyboard stays in view), and the buttons that move on below it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.ui.console.capture_panel import button_row
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController


class CaptureScroller(QScrollArea):
    """Scrolls ``panel``; a field inside it that takes the keyboard (N, P, T, Tab) scrolls
    into view with its caption, so the facilitator never types blind."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        panel.installEventFilter(self)
        self._keep_panel_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._panel and event.type() == QEvent.Type.LayoutRequest:
            self._keep_panel_width()
        return False

    def _keep_panel_width(self) -> None:
        """Never narrower than the panel's controls (the tally, a long Welsh button): the
        panel scrolls down, not sideways, so a narrower column cut them off on the right;
        the side columns give way instead."""
        bar = self.verticalScrollBar().sizeHint().width()
        slack = 4  # the styled scroll bar may be a little wider than its hint
        self.setMinimumWidth(self._panel.minimumSizeHint().width() + bar + slack)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self._panel.isAncestorOf(now):
            # Once the panel has laid out: the key that moved the focus may have just opened
            # the tally above the note.
            QTimer.singleShot(0, self, lambda: self._show(now))

    def _show(self, widget: QWidget) -> None:
        if widget.hasFocus():
            self.ensureWidgetVisible(widget, 0, 60)


def centre_column(scroller: CaptureScroller, c: SessionController) -> QWidget:
    """The capture panel scrolls; moving on stays in reach below it."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 8, 0, 8)
    layout.addWidget(scroller, 1)
    live = c.live
    layout.addLayout(
        button_row(
            (
                translate("Console", "← Previous"),
                partial(c.run, live.previous_item),
                translate("Console", "Previous item"),
            ),
            (
                translate("Console", "Next →  (Enter)"),
                partial(c.run, live.next_item),
                translate("Console", "Next item"),
            ),
            (
                translate("Console", "Next group (G)"),
                partial(c.run, live.next_group),
                translate("Console", "Next group"),
            ),
        )
    )
    return column
