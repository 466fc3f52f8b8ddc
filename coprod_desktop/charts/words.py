"""The words charts print. Charts are plain data, with no translation system of their own:
each renderer passes the words in the reader's language (the console its Qt translations, the
report its catalogue), and English is the default."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChartWords:
    """Every word a chart prints; ``{value}``, ``{groups}``, ``{items}`` and ``{codes}`` are
    filled in by the chart."""

    now: str = "Now"
    needed: str = "Needed"
    now_value: str = "now {value}"
    needed_value: str = "needed {value}"
    described: str = "{title}: now {now}, needed {needed}"
    gap: str = "Gap"
    level_now: str = "Level now:"
    split_view: str = "split view"
    skip: str = "skip"
    skipped: str = "skipped"
    not_rated: str = "not rated"
    difference: str = (
        "n  difference between groups: their own ratings are n levels apart; "
        "the lowest and highest cells are outlined"
    )
    heat_map_described: str = "{title}: current level of {groups} groups on {items} items"
    gaps_described: str = "differences between groups on {codes}"


ENGLISH = ChartWords()
