"""Frames laid out ahead: while the room talks, the audience view prepares the frames the next
level key could lead to, so that when it comes the wall changes at the cost of a copy.

For each foreseen state (see ``SessionController.likely_audiences``) this lays the frame out,
finds where it differs from the frame on screen, and paints those parts into an image in the
window's own pixel format. A keypress that lands on a prepared state then skips the layout, the
comparison and the drawing of text: the view copies the image onto what it repaints.

The work is done one frame per turn of the event loop, after everything else waiting, so a
key pressed meanwhile is never held up by more than one frame's preparation.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QRegion

from coprod_desktop.domain.audience import AudienceState
from coprod_desktop.ui.audience.render import Rendered, changed_boxes, replay

#: Frames kept laid out, most recently used first (the ones on screen and ahead of it).
LAYOUTS_KEPT = 32
#: Changed pieces closer than this (pixels) are painted as one band.
BAND_GAP = 24

Forecast = Callable[[], Sequence[AudienceState]]
#: Lays out the frame a state would have at the view's current size, theme, zoom and page,
#: and returns it with the key it is cached under.
LayOut = Callable[[AudienceState], tuple[tuple[object, ...], Rendered]]


class Patch(NamedTuple):
    """Pixels of a frame: ``image`` goes at ``origin``."""

    origin: QPoint
    image: QImage


@dataclass(frozen=True, slots=True)
class Prepared:
    """A frame laid out ahead and what to repaint to show it over the frame it was prepared
    against: where they differ or, when the window's pixel format is known, the bands
    around that, painted into ``patches`` (a few rectangles copy faster than many pieces)."""

    state: AudienceState
    key: tuple[object, ...]
    frame: Rendered
    repaint: QRegion
    patches: tuple[Patch, ...] = ()
    pixel_ratio: float = 1.0

    def covers(self, region: QRegion, pixel_ratio: float) -> bool:
        """Whether ``patches`` hold every pixel of ``region``, at ``pixel_ratio``."""
        return (
            bool(self.patches)
            and self.pixel_ratio == pixel_ratio
            and region.subtracted(self.repaint).isEmpty()
        )


class Layouts:
    """Laid-out frames by key, the least recently used dropped first."""

    def __init__(self, kept: int = LAYOUTS_KEPT) -> None:
        self._kept = kept
        self._frames: OrderedDict[Hashable, Rendered] = OrderedDict()

    def get(self, key: Hashable, make: Callable[[], Rendered]) -> Rendered:
        frame = self._frames.get(key)
        if frame is None:
            frame = self._frames[key] = make()
            if len(self._frames) > self._kept:
                self._frames.popitem(last=False)
        else:
            self._frames.move_to_end(key)
        return frame

    def clear(self) -> None:
        self._frames.clear()


def changed_region(before: Rendered, after: Rendered) -> QRegion:
    """Where ``after`` must be painted over ``before``, in whole pixels."""
    region = QRegion()
    for left, top, right, bottom in changed_boxes(before, after):
        x, y = math.floor(left), math.floor(top)
        region += QRect(x, y, math.ceil(right) - x, math.ceil(bottom) - y)
    return region


def bands(region: QRegion, gap: int = BAND_GAP) -> list[QRect]:
    """``region`` as full-width-of-its-pieces bands: pieces less than ``gap`` pixels apart
    vertically share a band (rows that change together become one rectangle, and the
    unchanged rows between two far-apart changes are left out)."""
    merged: list[QRect] = []
    # QRegion iterates over its rectangles (not declared in the type stubs).
    for rect in sorted(region, key=QRect.top):  # type: ignore[call-overload]
        if merged and rect.top() <= merged[-1].bottom() + gap:
            merged[-1] = merged[-1].united(rect)
        else:
            merged.append(QRect(rect))
    return merged


def paint_patch(frame: Rendered, rect: QRect, background: str, image_format: QImage.Format,
                pixel_ratio: float) -> QImage:  # fmt: skip
    """``frame`` as a full paint would put it in ``rect``: the background, then every step
    that touches the rectangle (no other step can reach a pixel in it)."""
    width, height = math.ceil(rect.width() * pixel_ratio), math.ceil(rect.height() * pixel_ratio)
    image = QImage(width, height, image_format)
    image.setDevicePixelRatio(pixel_ratio)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(-rect.x(), -rect.y())
        painter.fillRect(rect, QColor(background))
        replay(
            painter,
            frame,
            [(rect.x(), rect.y(), rect.x() + rect.width(), rect.y() + rect.height())],
        )
    finally:
        painter.end()
    return image


class FramesAhead(QObject):
    """The frames prepared against the one on screen, refilled whenever that one changes."""

    def __init__(self, lay_out: LayOut, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lay_out = lay_out
        self._forecast: Forecast | None = None
        self._base_key: Hashable = None
        self._base: Rendered | None = None
        self._background = "#000000"
        self._pixels: tuple[QImage.Format, float] | None = None
        self._queue: list[AudienceState] | None = None  # None: not asked the forecast yet
        #: Frames prepared against the frame laid out under ``_ready_for``.
        self._ready: dict[Hashable, Prepared] = {}
        self._ready_for: Hashable = None
        #: The same, by the identity of the foreseen state: the controller hands the view
        #: the very snapshot it foresaw, found here without hashing it.
        self._by_state: dict[int, Prepared] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._prepare_one)

    def set_forecast(self, forecast: Forecast | None) -> None:
        """Where the states to prepare come from (None: prepare nothing)."""
        self._forecast = forecast
        self.drop()

    def set_pixels(self, image_format: QImage.Format, pixel_ratio: float) -> None:
        """The window's pixel format and ratio: patches must match them to be exact copies."""
        pixels = (image_format, pixel_ratio)
        if pixels != self._pixels:
            self._pixels = pixels
            self.drop()

    def on_screen(self, key: Hashable, frame: Rendered, background: str) -> None:
        """``frame`` (laid out under ``key``) is now what the wall shows: prepare against it."""
        if key == self._base_key and self._base is not None:
            return
        # What was prepared against the old frame is let go on the next idle turn, not here:
        # freeing its pixels would hold up the paint that is calling.
        self._base_key, self._base, self._background = key, frame, background
        self._queue = None
        if self._forecast is not None:
            self._timer.start()

    def drop(self) -> None:
        """Forget everything prepared (the size, theme, zoom, language or source changed)."""
        self._timer.stop()
        self._ready.clear()
        self._by_state.clear()
        self._base_key, self._base, self._queue, self._ready_for = None, None, None, None

    def take(self, state: AudienceState, key: tuple[object, ...],
             base_key: Hashable) -> Prepared | None:  # fmt: skip
        """The frame prepared for ``state`` under ``key`` against the frame laid out under
        ``base_key``, if any."""
        if base_key != self._ready_for:
            return None
        prepared = self._by_state.get(id(state))
        if prepared is not None and prepared.state is state and prepared.key == key:
            return prepared
        return self._ready.get(key)

    def is_busy(self) -> bool:
        """Whether frames are still being prepared against the one on screen."""
        return self._timer.isActive()

    def prepared(self) -> int:
        """How many frames are ready against the one on screen."""
        return len(self._ready) if self._ready_for == self._base_key else 0

    def bytes_held(self) -> int:
        """Memory held by the painted patches."""
        return sum(p.image.sizeInBytes() for r in self._ready.values() for p in r.patches)

    def _prepare_one(self) -> None:
        if self._base is None or self._forecast is None:
            return
        if self._ready_for != self._base_key:
            self._ready.clear()
            self._by_state.clear()
            self._ready_for = self._base_key
        if self._queue is None:
            self._queue = list(self._forecast())
        if not self._queue:
            return
        state = self._queue.pop(0)
        key, frame = self._lay_out(state)
        if key not in self._ready and key != self._base_key:
            region = changed_region(self._base, frame)
            prepared = Prepared(state, key, frame, region)
            if self._pixels is not None and not region.isEmpty():
                image_format, ratio = self._pixels
                patches, repaint = [], QRegion()
                for band in bands(region):
                    image = paint_patch(frame, band, self._background, image_format, ratio)
                    patches.append(Patch(band.topLeft(), image))
                    repaint += band
                prepared = Prepared(state, key, frame, repaint, tuple(patches), ratio)
            self._ready[key] = self._by_state[id(state)] = prepared
        if self._queue:
            self._timer.start()
