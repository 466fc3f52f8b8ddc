"""The slide registry: one layout per kind of slide, behind one signature, so the fitting
code can treat them alike.

A layout offers :class:`Variant`\\ s (columns, pages, detail) and paints one page of one. Head
styles never shrink below ``min_head``, body styles below ``min_body``, and no text below its
style's floor (capitals 2.5 % of the page height, the item statement 5 %): a slide that
cannot fit at those sizes overflows. Among variants that fit, the one whose type reaches
``comfortable`` on the fewest pages, then with the most detail, wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState, Slide
from coprod_desktop.ui.audience.canvas import Canvas
from coprod_desktop.ui.audience.slides import (
    group_results,
    item,
    perception,
    plain,
    stages,
    strengths,
    summary,
)
from coprod_desktop.ui.audience.slides.variant import SINGLE, Variant

Paint = Callable[[Canvas, AudienceState, QRectF, Variant, int], None]
Variants = Callable[[AudienceState, float, float], Sequence[Variant]]


def _single(state: AudienceState, width: float, height: float) -> Sequence[Variant]:
    return [SINGLE]


@dataclass(frozen=True, slots=True)
class Layout:
    paint: Paint
    variants: Variants = _single
    min_head: float = 0.7
    min_body: float = 0.7
    comfortable: float = 1.0


LAYOUTS: dict[Slide, Layout] = {
    Slide.TITLE: Layout(lambda c, s, r, v, p: plain.title(c, s, r), min_head=0.4),
    Slide.CLOSING: Layout(lambda c, s, r, v, p: plain.closing(c, s, r), min_head=0.4),
    Slide.ITEM: Layout(item.paint, item.variants, min_head=0.7, min_body=0.62),
    Slide.STAGES: Layout(
        stages.paint,
        stages.variants,
        min_head=0.72,
        min_body=0.72,
        comfortable=0.85,
    ),
    Slide.GROUP_SUMMARY: Layout(
        summary.paint,
        summary.variants,
        min_head=0.8,
        min_body=0.8,
        comfortable=0.85,
    ),
    Slide.RESULTS: Layout(
        group_results.paint,
        group_results.variants,
        min_head=0.75,
        min_body=0.75,
        comfortable=0.85,
    ),
    Slide.PERCEPTION: Layout(
        perception.paint,
        perception.variants,
        min_head=0.75,
        min_body=0.75,
        comfortable=0.85,
    ),
    Slide.STRENGTHS: Layout(
        strengths.paint,
        strengths.variants,
        min_head=0.75,
        min_body=0.75,
        comfortable=0.85,
    ),
}

__all__ = ["LAYOUTS", "Layout", "Variant"]
