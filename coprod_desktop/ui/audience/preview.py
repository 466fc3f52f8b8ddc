"""AudiencePreview: the console's live thumbnail of what the room sees.

It paints the very same slide code as the audience view, at the projector's size, scaled down
to fit (letterboxed), so the preview never disagrees with the wall.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.audience.render import Rendered, render
from coprod_desktop.ui.audience.themes import DEFAULT_THEME, THEMES
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.i18n import on_language_change, translate
from coprod_desktop.ui.session.controller import SessionController

#: The page size previewed when the audience view is not on a screen of its own.
PROJECTOR_SIZE = QSize(1024, 768)
FRAME = "#6f777b"


class AudiencePreview(QWidget):
    """A scaled copy of ``source`` (the audience window's view: same theme, zoom and page),
    or of the controller's snapshot in the default theme when there is no source."""

    def __init__(self, controller: SessionController, source: AudienceView | None = None, *,
                 page_size: QSize = PROJECTOR_SIZE,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.controller = controller
        self.source = source
        self.page_size = page_size
        self._last = Rendered((), False)
        controller.changed.connect(self._on_changed)
        if source is not None:
            source.content_changed.connect(self._refresh)
            # The projector window may go first (closed, or its screen unplugged): from then on
            # preview the controller's snapshot rather than ask a deleted view for its size.
            source.destroyed.connect(self._forget_source)
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setMinimumSize(160, 120)
        on_language_change(
            self, lambda: self.setToolTip(translate("Audience", "What the audience sees"))
        )

    def page(self) -> QSize:
        """The size of the page previewed: the audience view's when it is on show."""
        if self.source is not None and self.source.isVisible():
            size = self.source.size()
            if size.width() >= 320 and size.height() >= 240:
                return size
        return self.page_size

    def state(self) -> AudienceState:
        source_state = self.source.state() if self.source is not None else None
        return source_state or self.controller.audience

    def drawn_text(self) -> list[str]:
        """The strings of the last preview paint (for tests)."""
        return [d.text for d in self._last.drawn]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        page = self.page()
        return round(width * page.height() / max(1, page.width()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, self.heightForWidth(320))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        page = self.page()
        scale = min(self.width() / page.width(), self.height() / page.height())
        w, h = page.width() * scale, page.height() * scale
        left, top = (self.width() - w) / 2, (self.height() - h) / 2
        theme = self.source.theme() if self.source is not None else THEMES[DEFAULT_THEME]
        zoom = self.source.zoom() if self.source is not None else 1.0
        number = self.source.page() if self.source is not None else 0
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.save()
            painter.translate(left, top)
            painter.scale(scale, scale)
            painter.setClipRect(QRectF(0, 0, page.width(), page.height()))
            shared = self._shared_frame(page)
            if shared is None:
                self._last = render(painter, self.state(), theme=theme, zoom=zoom,
                                    size=(page.width(), page.height()), page=number)  # fmt: skip
            else:
                painter.fillRect(QRectF(0, 0, page.width(), page.height()),
                                 QColor(theme.background))  # fmt: skip
                for op in shared.ops:
                    op.draw(painter)
                self._last = shared
            painter.restore()
            painter.setPen(QPen(QColor(FRAME), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, top, w, h).adjusted(0.5, 0.5, -0.5, -0.5))
        finally:
            painter.end()

    def _shared_frame(self, page: QSize) -> Rendered | None:
        """The audience view's own frame when it is of this page: the same drawing steps."""
        if self.source is None or not self.source.isVisible() or self.source.size() != page:
            return None
        return self.source.frame()

    def _forget_source(self, *_: object) -> None:
        self.source = None
        self.update()

    def _refresh(self, *_: object) -> None:
        self.update()

    def _on_changed(self, changes: Changes) -> None:
        if changes.audience:
            self.update()
