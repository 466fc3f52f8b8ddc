"""AudienceView: paints the snapshot the room sees, and nothing else. It keeps no session state
of its own beyond the last snapshot, the theme, the zoom and which summary page is showing."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.audience import AudienceState, Curtain
from coprod_desktop.ui.audience.canvas import Drawn
from coprod_desktop.ui.audience.render import Rendered, render
from coprod_desktop.ui.audience.themes import DEFAULT_THEME, THEMES, ProjectorTheme

MIN_ZOOM = 0.6
MAX_ZOOM = 2.0
#: How long each page of a long group summary stays up before the next one.
PAGE_SECONDS = 12


def clamp_zoom(factor: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, factor))


class AudienceView(QWidget):
    """A passive renderer of :class:`AudienceState`; the controller decides what it shows."""

    #: Something other than the size changed what is drawn (state, theme, zoom, page).
    content_changed = Signal()

    def __init__(self, theme: ProjectorTheme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: AudienceState | None = None
        self._theme = theme or THEMES[DEFAULT_THEME]
        self._zoom = 1.0
        self._page = 0
        self._last = Rendered((), False)
        self._pager = QTimer(self)
        self._pager.setInterval(PAGE_SECONDS * 1000)
        self._pager.timeout.connect(self.next_page)
        self.setAutoFillBackground(False)
        self.setMinimumSize(160, 90)

    # --- what to show --------------------------------------------------------------------
    def show_state(self, state: AudienceState) -> None:
        """Show ``state`` (the controller's snapshot) from the next paint on."""
        if state == self._state:
            return
        before = self._state
        self._state = state
        if before is None or (before.slide, before.group_name) != (state.slide, state.group_name):
            self._page = 0
        self._changed()

    def state(self) -> AudienceState | None:
        return self._state

    def set_theme(self, theme: ProjectorTheme) -> None:
        if theme != self._theme:
            self._theme = theme
            self._changed()

    def theme(self) -> ProjectorTheme:
        return self._theme

    def set_zoom(self, factor: float) -> None:
        """Make all type ``factor`` times its normal size (0.6 to 2); it still shrinks to fit."""
        zoom = clamp_zoom(factor)
        if zoom != self._zoom:
            self._zoom = zoom
            self._changed()

    def zoom(self) -> float:
        return self._zoom

    def next_page(self) -> None:
        """Turn to the next page of a slide that needs more than one (the summary)."""
        if self._last.pages > 1:
            self._page = (self._page + 1) % self._last.pages
            self._changed()

    def page(self) -> int:
        return self._page

    # --- what was drawn (for tests and the console) --------------------------------------
    def drawn(self) -> tuple[Drawn, ...]:
        """Every string of the last paint, with where and in which colours."""
        return self._last.drawn

    def drawn_text(self) -> list[str]:
        """The strings the last paint put on the page."""
        return [d.text for d in self._last.drawn]

    def overflowed(self) -> bool:
        """Whether the last paint could not fit everything, even at the smallest type."""
        return self._last.overflow

    def page_count(self) -> int:
        return self._last.pages

    def layout_at(self, size: QSize) -> Rendered:
        """Set the current slide at ``size`` without painting: what would be drawn, and
        whether it would fit."""
        return render(None, self._state, theme=self._theme, zoom=self._zoom,
                      size=(size.width(), size.height()), page=self._page)  # fmt: skip

    # --- painting ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.content_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        try:
            self._last = render(painter, self._state, theme=self._theme, zoom=self._zoom,
                                size=(self.width(), self.height()), page=self._page)  # fmt: skip
        finally:
            painter.end()
        self._update_pager()

    def _update_pager(self) -> None:
        turning = self._last.pages > 1 and (
            self._state is not None and self._state.curtain is Curtain.OPEN
        )
        if turning and not self._pager.isActive():
            self._pager.start()
        elif not turning:
            self._pager.stop()

    def _changed(self) -> None:
        self.update()
        self.content_changed.emit()
