"""Rough text measures for laying out charts without a font engine (renderers fit exactly)."""

from __future__ import annotations

from collections.abc import Callable

#: Average advance of a DejaVu Sans character, as a share of the font size.
AVERAGE_ADVANCE = 0.56
BOLD_ADVANCE = 0.63
ELLIPSIS = "…"
#: Text wider than its box shrinks, to this share of its size at most, before it is shortened.
MIN_SHRINK = 0.7


def approx_width(text: str, size: float, *, bold: bool = False) -> float:
    return len(text) * (BOLD_ADVANCE if bold else AVERAGE_ADVANCE) * size


def wrap(
    text: str, size: float, width: float, max_lines: int = 2, *, bold: bool = False
) -> tuple[str, ...]:
    """Split ``text`` at spaces into at most ``max_lines`` lines of about ``width``."""
    per_line = max(1, int(width / approx_width("x", size, bold=bold)))
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= per_line or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = shorten(f"{kept[-1]} {lines[max_lines]}", per_line)
        return tuple(kept)
    return tuple(lines)


def shorten(text: str, max_chars: int) -> str:
    """``text`` cut to ``max_chars`` characters, ending in an ellipsis if cut."""
    if len(text) <= max_chars:
        return text
    return text[: max(0, max_chars - 1)].rstrip() + ELLIPSIS


def fit_line(text: str, size: float, limit: float | None,
             width_of: Callable[[str, float], float]) -> tuple[str, float]:  # fmt: skip
    """``text`` on one line and its size, fitted to ``limit`` wide: first shrunk (to
    ``MIN_SHRINK`` at most), then shortened with an ellipsis. Every renderer fits text this
    way, measuring with ``width_of(text, size)`` in its own font, so screen and PDF agree."""
    content = text.replace("\n", " ")
    if limit is None:
        return content, size
    width = width_of(content, size)
    if width > limit:
        size = max(size * MIN_SHRINK, size * limit / width)
    if width_of(content, size) <= limit:
        return content, size

    def cut(keep: int) -> str:
        return content[:keep].rstrip() + ELLIPSIS if keep else ""

    # The longest cut that fits, found by halving: a 20,000-character statement is measured
    # a few dozen times, not once per character dropped (which took minutes).
    low, high = 0, len(content) - 1  # ``cut(low)`` fits (or is empty); beyond ``high`` not
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(cut(middle), size) <= limit:
            low = middle
        else:
            high = middle - 1
    return cut(low), size
