"""The slide registry (:data:`SLIDES`): each kind of slide once, with its layout and how the
console puts it up (button, Alt+key). Layouts share one signature, so the fitting code can
treat them alike.

A layout offers :class:`Variant`\\ s (columns, pages, detail) and paints one page of one. Head
styles never shrink below ``min_head``, body styles below ``min_body``, and no text below its
style's floor (capitals 2.5 % of the page height, the item statement 5 %): a slide that
cannot fit at those sizes overflows. Among variants that fit, the one whose type reaches
``comfortable`` on the fewest pages, then with the most detail, wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QRectF

from coprod_desktop.domain.audience import AudienceState, Slide
from coprod_desktop.ui.audience.canvas import Canvas
from coprod_desktop.ui.audience.slides import (
    barriers,
    group_results,
    item,
    perception,
    plain,
    plan,
    stages,
    strengths,
    summary,
)
from coprod_desktop.ui.audience.slides.variant import SINGLE, Variant
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP

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


@dataclass(frozen=True, slots=True)
class Registered:
    """A slide the projector can show: its layout, and how the console puts it up — a
    ``button`` on the projector bar (its words, context ``Console``) and Alt+``key`` (from
    the console and the results window). A slide with neither is put up by its own window."""

    slide: Slide
    layout: Layout
    button: str | None = None
    key: int | None = None


#: Every slide, in the console's running order: the one place a slide is registered.
SLIDES: tuple[Registered, ...] = (
    Registered(Slide.TITLE, Layout(lambda c, s, r, v, p: plain.title(c, s, r), min_head=0.4),
               QT_TRANSLATE_NOOP("Console", "Title"), key=1),
    Registered(Slide.STAGES, Layout(stages.paint, stages.variants, min_head=0.72, min_body=0.72,
                                    comfortable=0.85),
               QT_TRANSLATE_NOOP("Console", "Stages"), key=2),
    Registered(Slide.ITEM, Layout(item.paint, item.variants, min_head=0.7, min_body=0.62),
               QT_TRANSLATE_NOOP("Console", "Item"), key=3),
    Registered(Slide.GROUP_SUMMARY, Layout(summary.paint, summary.variants, min_head=0.8,
                                           min_body=0.8, comfortable=0.85),
               QT_TRANSLATE_NOOP("Console", "Group summary"), key=4),
    Registered(Slide.CLOSING, Layout(lambda c, s, r, v, p: plain.closing(c, s, r), min_head=0.4),
               QT_TRANSLATE_NOOP("Console", "Closing"), key=5),
    Registered(Slide.RESULTS, Layout(group_results.paint, group_results.variants, min_head=0.75,
                                     min_body=0.75, comfortable=0.85),
               key=6),
    Registered(Slide.STRENGTHS, Layout(strengths.paint, strengths.variants, min_head=0.75,
                                       min_body=0.75, comfortable=0.85),
               key=9),
    Registered(Slide.PERCEPTION, Layout(perception.paint, perception.variants, min_head=0.75,
                                        min_body=0.75, comfortable=0.85),
               key=0),
    Registered(Slide.PLAN, Layout(plan.paint, plan.variants, min_head=0.75, min_body=0.75,
                                  comfortable=0.85),
               key=7),
    Registered(Slide.BARRIERS, Layout(barriers.paint, barriers.variants, min_head=0.75,
                                      min_body=0.75, comfortable=0.85),
               key=8),
)  # fmt: skip
LAYOUTS: MappingProxyType[Slide, Layout] = MappingProxyType({s.slide: s.layout for s in SLIDES})

__all__ = ["LAYOUTS", "SLIDES", "Layout", "Registered", "Variant"]
