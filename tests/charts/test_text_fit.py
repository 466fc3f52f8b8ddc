"""Fitting chart text to its box: the one rule both renderers follow."""

from __future__ import annotations

from coprod_desktop.charts.text_fit import ELLIPSIS, MIN_SHRINK, fit_line


def test_fit_line_shrinks_to_its_floor_then_shortens_with_an_ellipsis() -> None:
    def width_of(text: str, size: float) -> float:
        return len(text) * size  # a monospace font of advance 1 em

    assert fit_line("short", 10, 100, width_of) == ("short", 10)
    assert fit_line("a\nb", 10, None, width_of) == ("a b", 10)
    content, size = fit_line("eleven char", 10, 88, width_of)  # needs 110: shrinks to 8
    assert (content, size) == ("eleven char", 8)
    content, size = fit_line("a much longer label", 10, 70, width_of)
    assert size == 10 * MIN_SHRINK
    assert content.endswith(ELLIPSIS)
    assert width_of(content, size) <= 70


def test_fitting_a_20000_character_statement_measures_it_a_few_dozen_times() -> None:
    """Dropping one character at a time measured the text 20,000 times (200 million character
    widths: minutes for one heat map); halving the cut measures it about 15 times."""
    calls = 0

    def width_of(text: str, size: float) -> float:
        nonlocal calls
        calls += 1
        return len(text) * size

    content, _size = fit_line("w" * 20_000, 10, 500, width_of)
    assert content == "w" * 70 + ELLIPSIS  # shrunk to 7 points: 71 characters of 7
    assert calls < 40
