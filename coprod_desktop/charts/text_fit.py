"""Rough text measures for laying out charts without a font engine (renderers fit exactly)."""

from __future__ import annotations

#: Average advance of a DejaVu Sans character, as a share of the font size.
AVERAGE_ADVANCE = 0.56
BOLD_ADVANCE = 0.63
ELLIPSIS = "…"


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
