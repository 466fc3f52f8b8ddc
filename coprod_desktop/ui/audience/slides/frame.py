"""What every slide shares: margins, the header line, the footer, and runs of words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt

from coprod_desktop.ui.audience.canvas import Canvas, Style

MARGIN_X = 0.045  # of the page width
MARGIN_Y = 0.04  # of the page height

META = Style(2.7, "muted")
META_STRONG = Style(2.7, "text", bold=True)
FOOTER = Style(2.4, "muted")
HEADING = Style(4.6, "accent", bold=True, head=True)


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a line of words: its text, style and (optionally) another colour role."""

    text: str
    style: Style
    role: str | None = None
    gap_after: float = 0.3  # in ems of the run's font


def page_rect(c: Canvas, *, footer: bool) -> QRectF:
    """The area inside the margins, above the footer when there is one."""
    mx, my = c.width * MARGIN_X, c.height * MARGIN_Y
    bottom = c.height - my - (footer_height(c) if footer else 0.0)
    return QRectF(mx, my, c.width - 2 * mx, bottom - my)


def footer_height(c: Canvas) -> float:
    """The footer's height: fixed by the page size, so a ticking timer never moves the slide."""
    saved = c.head, c.body
    c.head = c.body = 1.0
    height = c.line_height(FOOTER) * 1.25
    c.head, c.body = saved
    return height


def draw_footer(c: Canvas, left: str, right: str) -> None:
    """Timer (left) and page number (right) on the bottom line, outside the fitted area."""
    saved = c.head, c.body, c.limit
    c.head = c.body = 1.0
    c.limit = c.height
    mx, my = c.width * MARGIN_X, c.height * MARGIN_Y
    y = c.height - my - c.line_height(FOOTER)
    width = c.width - 2 * mx
    c.text(left, FOOTER, mx, y, width / 2)
    c.text(right, FOOTER, mx + width / 2, y, width / 2, align=Qt.AlignmentFlag.AlignRight)
    c.head, c.body, c.limit = saved


def header(c: Canvas, left: str, right: str, rect: QRectF, y: float) -> float:
    """Group name on the left, progress on the right; returns the height used."""
    right_w = c.natural_width(right, META) + c.font_px(META)
    left_w = max(rect.width() - right_w, rect.width() * 0.4)
    h_left = c.text(left, META_STRONG, rect.left(), y, left_w)
    h_right = c.text(right, META, rect.right() - right_w, y, right_w,
                     align=Qt.AlignmentFlag.AlignRight)  # fmt: skip
    return max(h_left, h_right)


def runs(c: Canvas, parts: Sequence[Run], x: float, y: float, width: float, *,
         on: str = "background") -> float:  # fmt: skip
    """Lay ``parts`` out left to right on shared baselines, wrapping to new lines as needed;
    returns the height used."""
    lines: list[list[tuple[Run, float]]] = [[]]
    cx = 0.0
    for part in parts:
        w = c.natural_width(part.text, part.style)
        if lines[-1] and cx + w > width:
            lines.append([])
            cx = 0.0
        lines[-1].append((part, w))
        cx += w + part.gap_after * c.font_px(part.style)
    cy = y
    bottom = y
    for line in lines:
        ascent = max(c.ascent(p.style) for p, _ in line)
        descent = max(c.line_height(p.style) - c.ascent(p.style) for p, _ in line)
        cx = x
        tallest = ascent + descent
        for part, w in line:
            top = cy + ascent - c.ascent(part.style)
            used = c.text(part.text, part.style, cx, top, min(w + 1, x + width - cx),
                          on=on, role=part.role)  # fmt: skip
            tallest = max(tallest, top - cy + used)
            cx += w + part.gap_after * c.font_px(part.style)
        bottom = cy + tallest
        cy += tallest * c.theme.line_spacing
    return bottom - y


def centred_stack(c: Canvas, parts: Sequence[tuple[str, Style, float]], rect: QRectF) -> None:
    """Lines of text centred on the page, each ``(text, style, space above in % of height)``."""
    width = rect.width()
    heights = [c.px(gap, head=style.head) + c.measure(text, style, width)
               for text, style, gap in parts if text]  # fmt: skip
    y = rect.top() + max(0.0, (rect.height() - sum(heights)) / 2)
    for text, style, gap in parts:
        if not text:
            continue
        y += c.px(gap, head=style.head)
        y += c.text(text, style, rect.left(), y, width, align=Qt.AlignmentFlag.AlignHCenter)


def numbered(c: Canvas, number: str, text: str, styles: tuple[Style, Style], *, x: float,
             y: float, width: float, on: str = "background") -> float:  # fmt: skip
    """``number`` then ``text`` wrapped beside it (a hanging indent), on one baseline;
    ``styles`` are the number's and the text's."""
    number_style, style = styles
    indent = c.natural_width(number, number_style) + 0.35 * c.font_px(number_style)
    ascent = max(c.ascent(number_style), c.ascent(style))
    h1 = c.text(number, number_style, x, y + ascent - c.ascent(number_style), indent, on=on)
    top = y + ascent - c.ascent(style)
    h2 = c.text(text, style, x + indent, top, width - indent, on=on)
    return max(y + ascent - c.ascent(number_style) + h1, top + h2) - y
