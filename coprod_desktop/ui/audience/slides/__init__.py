"""One layout per kind of slide, behind one signature so the fitting code can treat them alike.

A layout offers *variants* (columns, pages) and paints one page of one variant. Head styles
never shrink below ``min_head`` (the item text stays at least 5 % of the page height); body
styles may shrink to ``min_body`` before the slide counts as overflowing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState, Slide
from coprod_desktop.ui.audience.canvas import Canvas
from coprod_desktop.ui.audience.slides import item, plain, stages, summary

#: (columns, pages)
Variant = tuple[int, int]
Paint = Callable[[Canvas, AudienceState, QRectF, Variant, int], None]
Variants = Callable[[AudienceState, float, float], Sequence[Variant]]

#: The smallest share of the page height item text may take.
MIN_ITEM_TEXT = 5.0


def _single(state: AudienceState, width: float, height: float) -> Sequence[Variant]:
    return [(1, 1)]


@dataclass(frozen=True, slots=True)
class Layout:
    paint: Paint
    variants: Variants = _single
    min_head: float = 0.7
    min_body: float = 0.7


LAYOUTS: dict[Slide, Layout] = {
    Slide.TITLE: Layout(lambda c, s, r, v, p: plain.title(c, s, r), min_head=0.4),
    Slide.CLOSING: Layout(lambda c, s, r, v, p: plain.closing(c, s, r), min_head=0.4),
    Slide.ITEM: Layout(
        lambda c, s, r, v, p: item.paint(c, s, r),
        min_head=MIN_ITEM_TEXT / item.ITEM.size,
        min_body=0.62,
    ),
    Slide.STAGES: Layout(
        lambda c, s, r, v, p: stages.paint(c, s, r, v[0]), stages.variants, 0.72, 0.72
    ),
    Slide.GROUP_SUMMARY: Layout(
        lambda c, s, r, v, p: summary.paint(c, s, r, v[0], v[1], p), summary.variants, 0.8, 0.8
    ),
}
