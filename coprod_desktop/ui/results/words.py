"""How results are put into words, the same in the console and on the projector: stages side
by side, needs with their certainty, and change with its sign (never colour alone)."""

from __future__ import annotations

from coprod_desktop.domain.room_results import StageRow

NOT_PLACED = "not placed yet"
LESS_CERTAIN = "≠ split: less certain"
AGREED = "✓ agreed"


def placed_text(stage: StageRow) -> str:
    return stage.placed or NOT_PLACED


def indicative_text(stage: StageRow) -> str:
    """The indicative stage, or why there is none."""
    if stage.counted == 0:
        return "no items assessed yet"
    return stage.indicative or "not yet the first stage"


def agreement_text(stage: StageRow) -> str:
    """Whether the group's own placement and its ratings agree: something to talk about."""
    if stage.placed is None or stage.counted == 0:
        return ""
    if stage.placed == stage.indicative:
        return "= the same stage"
    return "≠ not the same stage: worth talking about"


def next_stage_text(stage: StageRow) -> str:
    """What it takes to reach the next stage."""
    if stage.counted == 0:
        return ""
    if stage.next_stage is None:
        return "The ratings meet every stage's required levels."
    items = "item needs" if stage.to_close == 1 else "items need"
    return f"To reach {stage.next_stage}: {stage.to_close} {items} to rise."


def rests_on_text(stage: StageRow) -> str:
    return f"Based on {stage.counted} of {stage.in_scope} items assessed."


def shared_text(shared_by: int) -> str:
    return "this group only" if shared_by <= 1 else f"{shared_by} groups"


def certainty_text(uncertain: bool) -> str:
    return LESS_CERTAIN if uncertain else AGREED


def mean_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def signed_text(value: float | None) -> str:
    """A change with its sign in words' place: "+0.5", "−1.0", "±0.0"."""
    if value is None:
        return "–"
    if round(value, 1) == 0:
        return "±0.0"
    return f"+{value:.1f}" if value > 0 else f"−{abs(value):.1f}"


def counts_text(improved: int, same: int, worse: int) -> str:
    return f"▲ {improved} up · = {same} same · ▼ {worse} down"
