"""The strengths slide's data: who could help whom, as the room sees it (group names, levels
and the framework's item texts; no note can reach the projector this way)."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.analysis import training_needs
from coprod_desktop.domain.strengths import strengths_to_share
from coprod_desktop.domain.workshop import Workshop

#: How many strengths the slide lists (the results window and the report list them all).
TOP_STRENGTHS = 8


@dataclass(frozen=True, slots=True)
class HelperName:
    """A group that could help: its name, level now, and whether it was split on it."""

    name: str
    level: int
    uncertain: bool


@dataclass(frozen=True, slots=True)
class LearnerName:
    """A group that could learn: its name, level now and the level it needs."""

    name: str
    current: int
    required: int


@dataclass(frozen=True, slots=True)
class StrengthRow:
    """One item on which some groups could help others."""

    code: str
    text: str
    helpers: tuple[HelperName, ...]
    learners: tuple[LearnerName, ...]


def strength_rows(workshop: Workshop) -> tuple[StrengthRow, ...]:
    """Every strength to share in the workshop, in the strengths' order."""
    names = {g.key: g.name for g in workshop.groups}
    return tuple(
        StrengthRow(
            code=s.item_code,
            text=workshop.framework.item(s.item_code).text,
            helpers=tuple(HelperName(names[h.group_key], h.level, h.uncertain) for h in s.helpers),
            learners=tuple(
                LearnerName(names[n.group_key], n.current, n.required) for n in s.learners
            ),
        )
        for s in strengths_to_share(workshop, training_needs(workshop))
    )
