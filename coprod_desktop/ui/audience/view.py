"""AudienceView: paints the snapshot the room sees, and nothing else. It keeps no session state
of its own beyond the last snapshot, the theme, the zoom and which summary page is showing.

Each new snapshot is laid out at once as a list of drawing steps; Qt is asked to repaint only
the boxes of the steps that differ from the frame on screen (a capture keypress changes the
result, not the item), and a paint replays just the steps that touch what it repaints.

A new snapshot from the session is painted at once: the room is waiting on the wall."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.ui.audience.canvas import Drawn
from coprod_desktop.ui.audience.render import Rendered, changed_boxes, render, replay
from coprod_desktop.ui.audience.themes import DEFAULT_THEME, THEMES, ProjectorTheme

MIN_ZOOM = 0.6
MAX_ZOOM = 2.0


def _where(state: AudienceState) -> tuple[object, ...]:
    return (state.slide, state.group_name, state.item.code if state.item else None)


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
        #: The frame laid out for what is on screen, and what it was laid out for.
        self._frame: Rendered | None = None
        self._frame_for: tuple[object, ...] = ()
        self._dirty = QRegion()
        #: What the last paint covered.
        self._repainted = QRegion()
        self.setAutoFillBackground(False)
        # Every paint covers all it is asked to repaint, so Qt need not clear it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(160, 90)

    # --- what to show --------------------------------------------------------------------
    def show_state(self, state: AudienceState) -> None:
        """Show ``state`` (the controller's snapshot) from the next paint on."""
        if state == self._state:
            return
        before = self._state
        self._state = state
        if before is None or _where(before) != _where(state):
            self._page = 0  # a new slide, group or item starts on its first page
        self._changed(now=True)

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

    def next_page(self) -> bool:
        """Turn to the next page of a slide set over several (the facilitator's key: pages
        never turn by themselves); False on the last page."""
        return self._turn(1)

    def previous_page(self) -> bool:
        """Turn back a page; False on the first."""
        return self._turn(-1)

    def _turn(self, step: int) -> bool:
        pages = self._laid_out().pages
        page = self._page % pages + step
        if not 0 <= page < pages:
            return False
        self._page = page
        self._changed()
        return True

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

    def frame(self) -> Rendered:
        """The frame for what is shown now, as drawing steps (laid out once, then shared:
        the console's preview replays it rather than laying the slide out again)."""
        return self._laid_out()

    def pending(self) -> QRegion:
        """What the changes since the last paint left to repaint."""
        return QRegion(self._dirty)

    def paint_pending(self) -> None:
        """Repaint now, synchronously, whatever the last changes left to repaint."""
        if not self._dirty.isEmpty():
            self.repaint(self._dirty)

    def repainted(self) -> QRegion:
        """What the last paint covered."""
        return QRegion(self._repainted)

    # --- painting ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.content_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        frame = self._laid_out()
        region = event.region()
        painter = QPainter(self)
        try:
            # Qt clips this painter to the region being repainted.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.fillRect(event.rect(), QColor(self._theme.background))
            # QRegion iterates over its rectangles (not declared in the type stubs).
            rects = iter(region)  # type: ignore[call-overload]
            boxes = [(r.x(), r.y(), r.x() + r.width(), r.y() + r.height()) for r in rects]
            replay(painter, frame, boxes)
        finally:
            painter.end()
        self._last = frame
        self._dirty = QRegion()
        self._repainted = QRegion(region)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A language switch rewords the slide: lay it out afresh and repaint it all."""
        if event.type() == QEvent.Type.LanguageChange:
            self._frame = None
            self._whole()
            self.content_changed.emit()
        super().changeEvent(event)

    def _key(self) -> tuple[object, ...]:
        return (self._state, self._theme, self._zoom, self._page, self.width(), self.height())

    def _laid_out(self) -> Rendered:
        """The frame for what is to be shown now, laid out (once) as drawing steps."""
        key = self._key()
        if self._frame is None or key != self._frame_for:
            self._frame = render(None, self._state, theme=self._theme, zoom=self._zoom,
                                 size=(self.width(), self.height()), page=self._page,
                                 record=True)  # fmt: skip
            self._frame_for = key
        return self._frame

    def _invalidate(self, *, now: bool = False) -> None:
        """Ask for a repaint of just the parts of the page that the change altered (at once
        when ``now``: a new snapshot goes up before anything else is done)."""
        before, before_key = self._frame, self._frame_for
        if not self.isVisible() or before is None:
            self._frame = None
            self._whole()
            return
        after = self._laid_out()
        # A new theme or size repaints everything; so does a changed background.
        key = self._frame_for
        if before_key[1:2] != key[1:2] or before_key[4:] != key[4:]:
            self._whole()
            return
        changed = QRegion()
        for left, top, right, bottom in changed_boxes(before, after):
            x, y = math.floor(left), math.floor(top)
            changed += QRect(x, y, math.ceil(right) - x, math.ceil(bottom) - y)
        if changed.isEmpty():
            return
        self._dirty += changed
        if now:
            self.repaint(self._dirty)
        else:
            self.update(changed)

    def _whole(self) -> None:
        self._dirty = QRegion(self.rect())
        self.update()

    def _changed(self, *, now: bool = False) -> None:
        self._invalidate(now=now)
        self.content_changed.emit()
