"""The "how others see us" slide's data: for the group on screen, each item other groups gave a
view of, its own level beside theirs (group names, levels and item texts only)."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.cross_rating import how_others_see, of_subject
from coprod_desktop.domain.workshop import Workshop


@dataclass(frozen=True, slots=True)
class PerceptionRow:
    """One item: the group's own level, the others' views, and others' mean minus own."""

    code: str
    text: str
    own: float | None
    others: tuple[tuple[str, int], ...]
    difference: float | None
    worth_talking_about: bool


def perception_rows(workshop: Workshop, group_key: str) -> tuple[PerceptionRow, ...]:
    """How others see the group ``group_key``, item by item."""
    names = {g.key: g.name for g in workshop.groups}
    return tuple(
        PerceptionRow(
            code=v.item_code,
            text=workshop.framework.item(v.item_code).text,
            own=v.own,
            others=tuple((names[rater], level) for rater, level in v.others),
            difference=v.gap,
            worth_talking_about=v.worth_talking_about,
        )
        for v in of_subject(how_others_see(workshop), group_key)
    )
