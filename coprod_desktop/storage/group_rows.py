"""A group's and a rating's rows, written by whole-workshop writes and the live capture (read
back by ``workshop_reader.py``)."""

from __future__ import annotations

import json

from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Group
from coprod_desktop.storage.tables import GroupRow, RatingRow


def group_row(group: Group, workshop_id: int, position: int) -> GroupRow:
    """The row that stores ``group`` (not its ratings) at ``position`` in the workshop."""
    placement = group.placement
    return GroupRow(
        workshop_id=workshop_id,
        key=group.key,
        name=group.name,
        participant_count=group.participant_count,
        position=position,
        current_stage=placement.current.value if placement.current else None,
        aim_stage=placement.aim.value if placement.aim else None,
        placement_note=placement.note,
        role=group.role.value if group.role else None,
    )


def rating_row(rating: Rating, group_id: int, item_id: int) -> RatingRow:
    """The row that stores ``rating`` for the group and item."""
    return RatingRow(
        group_id=group_id,
        item_id=item_id,
        status=rating.status.value,
        current_level=rating.current_level,
        required_level=rating.required_level,
        tally=json.dumps({str(k): v for k, v in rating.tally.counts.items()})
        if rating.tally
        else None,
        note=rating.note,
        private_note=rating.private_note,
        needed_from=rating.needed_from.value if rating.needed_from else None,
        needed_for=rating.needed_for.value if rating.needed_for else None,
        needed_role=rating.needed_role.value if rating.needed_role else None,
    )
