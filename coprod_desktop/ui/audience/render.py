"""Fit a slide to the page, then paint it: the largest type (up to the zoom) at which nothing
overflows, found by trying sizes without painting."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from coprod_desktop.domain.audience import AudienceState, Curtain
from coprod_desktop.ui.audience.canvas import Canvas, Drawn, Op
from coprod_desktop.ui.audience.slides.frame import draw_footer, page_rect
from coprod_desktop.ui.audience.slides.registry import LAYOUTS, Layout, Variant
from coprod_desktop.ui.audience.themes import ProjectorTheme
from coprod_desktop.ui.i18n import current_language, speaking, spoken_language, translate

#: Sizes tried when shrinking type to fit (each halves the gap between too big and fits).
STEPS = 7
#: Type shrinks evenly to this share of the zoom before the headline gives way to the body.
SOFT = 0.85


@dataclass(frozen=True, slots=True)
class Plan:
    """How a slide is set: type factors, the variant, and whether it fits."""

    head: float
    body: float
    variant: Variant
    overflow: bool

    @property
    def pages(self) -> int:
        return self.variant.pages


@dataclass(frozen=True, slots=True)
class Rendered:
    """What one paint put on the page."""

    drawn: tuple[Drawn, ...]
    overflow: bool
    pages: int = 1
    head: float = 1.0
    body: float = 1.0
    #: The drawing steps, when rendered with ``record=True``: replaying them all paints
    #: the frame; replaying those that touch a region repaints just that region.
    ops: tuple[Op, ...] = ()


def changed_boxes(before: Rendered, after: Rendered) -> list[tuple[float, float, float, float]]:
    """Where two recorded frames of the same page differ: the boxes of the steps that only
    one of them has (the other's pixels must be painted over; these must be painted)."""
    old = {op.key for op in before.ops}
    new = {op.key for op in after.ops}
    return [op.box for op in before.ops if op.key not in new] + [
        op.box for op in after.ops if op.key not in old
    ]


def replay(
    painter: QPainter, frame: Rendered, boxes: list[tuple[float, float, float, float]]
) -> None:
    """Paint the steps of ``frame`` that touch any of ``boxes`` (left, top, right, bottom): over
    the background, that is exactly what a full paint puts inside them."""
    for op in frame.ops:
        if any(op.touches(box) for box in boxes):
            op.draw(painter)


def has_footer(state: AudienceState, pages: int) -> bool:
    return state.timer_text is not None or pages > 1


def _overflows(layout: Layout, state: AudienceState, variant: Variant, *,
               theme: ProjectorTheme, size: tuple[int, int], head: float,
               body: float) -> bool:  # fmt: skip
    for page in range(variant.pages):
        c = Canvas(None, theme, size[0], size[1], head=head, body=body)
        rect = page_rect(c, footer=has_footer(state, variant.pages))
        c.limit = rect.bottom()
        layout.paint(c, state, rect, variant, page)
        if c.overflow:
            return True
    return False


def _search(fits: Callable[[float], bool], lo: float, hi: float) -> float:
    """The largest value in [lo, hi] for which ``fits`` holds (``fits(lo)`` holds)."""
    for _ in range(STEPS):
        mid = (lo + hi) / 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo


def shrink_path(layout: Layout, theme: ProjectorTheme, zoom: float,
                floor: tuple[float, float] = (0.0, 0.0)) -> list[tuple[float, float]]:  # fmt: skip
    """The (head, body) factors tried in turn, largest first: both shrink together to
    ``SOFT`` of the zoom, then the headline alone down to its floor, then the body alone.
    Floors are absolute sizes, so a theme with larger type has lower floors; ``floor`` raises
    them (so that a zoom or larger print never sets type smaller than the plain slide)."""
    min_head = max(floor[0], min(layout.min_head / theme.font_scale, zoom))
    min_body = max(floor[1], min(layout.min_body / theme.font_scale, min_head))
    soft = max(min_head, min_body, zoom * SOFT)
    return [(zoom, zoom), (soft, soft), (min_head, soft), (min_head, min_body)]


def _fit(layout: Layout, state: AudienceState, variant: Variant, *, theme: ProjectorTheme,
         size: tuple[int, int], zoom: float, floor: tuple[float, float]) -> Plan:  # fmt: skip
    def fits(head: float, body: float) -> bool:
        return not _overflows(layout, state, variant, theme=theme, size=size, head=head,
                              body=body)  # fmt: skip

    path = shrink_path(layout, theme, zoom, floor)
    if fits(*path[0]):
        return Plan(*path[0], variant, False)
    for (h0, b0), (h1, b1) in itertools.pairwise(path):
        if fits(h1, b1):

            def point(t: float, h0: float = h0, b0: float = b0, h1: float = h1,
                      b1: float = b1) -> tuple[float, float]:  # fmt: skip
                return h1 + (h0 - h1) * t, b1 + (b0 - b1) * t

            t = _search(lambda t: fits(*point(t)), 0.0, 1.0)
            return Plan(*point(t), variant, False)
    return Plan(*path[-1], variant, True)


def _preference(plan: Plan, layout: Layout) -> tuple[float, ...]:
    """Fits first; then type up to comfortable; then fewer pages (less, bigger, before more
    pages to turn); then detail; then size."""
    scale = min(plan.head, plan.body)
    comfortable = min(scale, layout.comfortable)
    return (not plan.overflow, comfortable, -plan.pages, plan.variant.detail, scale)


@lru_cache(maxsize=256)
def plan(state: AudienceState, theme: ProjectorTheme, zoom: float, size: tuple[int, int],
         language: str = "en") -> Plan:  # fmt: skip
    """How to set ``state`` on a page ``size`` (width, height) in pixels, in ``language``
    (part of the cache key only: the words, and so the fit, change with it)."""
    layout = LAYOUTS[state.slide]
    # Zoom and large print only ever enlarge: no text smaller than at no zoom, or than in
    # ordinary print.
    floor = (0.0, 0.0)
    if zoom > 1.0:
        unzoomed = plan(state, theme, 1.0, size, language)
        floor = (unzoomed.head, unzoomed.body)
    elif zoom == 1.0 and theme.font_scale > 1.0:
        ordinary = plan(state, dataclasses.replace(theme, font_scale=1.0), 1.0, size, language)
        floor = (ordinary.head / theme.font_scale, ordinary.body / theme.font_scale)
    best: Plan | None = None
    for variant in layout.variants(state, size[0], size[1]):
        candidate = _fit(layout, state, variant, theme=theme, size=size, zoom=zoom, floor=floor)
        if best is None or _preference(candidate, layout) > _preference(best, layout):
            best = candidate
    assert best is not None
    return best


def layout_key(state: AudienceState) -> AudienceState:
    """``state`` with what cannot move the layout taken out (the ticking timer's digits)."""
    if state.timer_text is None:
        return state
    return dataclasses.replace(state, timer_text="")


def render(painter: QPainter | None, state: AudienceState | None, *, theme: ProjectorTheme,
           zoom: float, size: tuple[int, int], page: int = 0,
           record: bool = False) -> Rendered:  # fmt: skip
    """Paint ``state`` (measure only when ``painter`` is None) and report what was drawn;
    with ``record``, also keep the drawing steps (see :attr:`Rendered.ops`). The slide speaks
    the workshop's language, whatever the console speaks."""
    with speaking(state.language if state is not None else current_language()):
        return _render(painter, state, theme=theme, zoom=zoom, size=size, page=page,
                       record=record)  # fmt: skip


def _render(painter: QPainter | None, state: AudienceState | None, *, theme: ProjectorTheme,
            zoom: float, size: tuple[int, int], page: int, record: bool) -> Rendered:  # fmt: skip
    width, height = size
    if painter is not None:
        painter.fillRect(QRectF(0, 0, width, height), QColor(theme.background))
    if state is None or state.curtain is Curtain.BLANK or width < 2 or height < 2:
        return Rendered((), False)
    chosen = plan(layout_key(state), theme, zoom, size, spoken_language())
    c = Canvas(painter, theme, width, height, head=chosen.head, body=chosen.body, record=record)
    rect = page_rect(c, footer=has_footer(state, chosen.pages))
    c.limit = rect.bottom()
    LAYOUTS[state.slide].paint(c, state, rect, chosen.variant, page % chosen.pages)
    overflow = c.overflow
    if has_footer(state, chosen.pages):
        timer = (
            translate("Audience", "Time {time}").format(time=state.timer_text)
            if state.timer_text
            else ""
        )
        pages = (
            translate("Audience", "Page {page} of {pages}").format(
                page=page % chosen.pages + 1, pages=chosen.pages
            )
            if chosen.pages > 1
            else ""
        )
        draw_footer(c, timer, pages)
    ops = tuple(c.ops) if c.ops is not None else ()
    return Rendered(tuple(c.drawn), overflow, chosen.pages, chosen.head, chosen.body, ops)
