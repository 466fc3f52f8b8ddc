"""The paper assessment form: its item order, and ratings typed back in from it.

The blank form (report/blank_form.py) prints each group's items area by area; entering the
filled-in forms afterwards walks the same items in the same order, so the facilitator's eyes
and fingers move down the sheet and the screen together.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Area, Item
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Workshop


def form_items(workshop: Workshop) -> tuple[Item, ...]:
    """The workshop's items in the order the paper form prints them: area by area, and
    within an area in the workshop's own order."""
    items = [workshop.framework.item(code) for code in workshop.item_codes]
    return tuple(item for area in Area for item in items if item.area is area)


@dataclass(frozen=True, slots=True)
class PaperLine:
    """One item's row as read off a filled-in paper form."""

    item_code: str
    status: RatingStatus = RatingStatus.AGREED
    current_level: int | None = None
    required_level: int | None = None

    @property
    def is_blank(self) -> bool:
        """Nothing was read for this item (its row on the form was left empty)."""
        return (
            self.status is RatingStatus.AGREED
            and self.current_level is None
            and self.required_level is None
        )


def check_level(workshop: Workshop, level: int, field: str) -> int:
    """``level`` if it is on the workshop's scale; else a ValidationError saying the range."""
    scale = workshop.framework.scale
    if level not in scale:
        raise ValidationError(
            "paper.level_off_scale", field=field, level=level, lowest=scale.lowest,
            highest=scale.highest,
        )  # fmt: skip
    return level


def rating_from_paper(line: PaperLine, before: Rating | None) -> Rating:
    """The rating a paper row records. Notes, and a split view's dots, already stored for the
    item are kept: the paper entry only replaces the levels and the status. Dots that put the
    group at another level than the paper's level now are dropped, not kept to contradict it.

    An agreed row needs the level now; a skipped row keeps no levels and no dots.
    """
    kept_note = before.note if before else ""
    kept_private = before.private_note if before else ""
    if line.status is RatingStatus.SKIPPED:
        return Rating(
            item_code=line.item_code,
            status=RatingStatus.SKIPPED,
            note=kept_note,
            private_note=kept_private,
        )
    if line.status is RatingStatus.AGREED and line.current_level is None:
        raise ValidationError("paper.agreed_needs_level", field=line.item_code, item=line.item_code)
    tally = before.tally if before and line.status is RatingStatus.SPLIT else None
    if tally is not None and line.current_level not in (None, tally.level):
        tally = None  # the paper's level now stands; dots that put the group elsewhere would
        # contradict it (a split with dots sits where its dots put it: see Rating)
    return Rating(
        item_code=line.item_code,
        status=line.status,
        current_level=line.current_level,
        required_level=line.required_level,
        tally=tally,
        note=kept_note,
        private_note=kept_private,
    )


@dataclass(frozen=True, slots=True)
class PaperEntry:
    """What one group's paper form adds to the workshop: the new ratings, and the ratings they
    replace (None where the item was not rated), so the whole entry can be undone."""

    group_key: str
    after: Mapping[str, Rating]
    before: Mapping[str, Rating | None]

    @property
    def replaced(self) -> tuple[str, ...]:
        """Items that already had a rating which this entry replaces."""
        return tuple(code for code, old in self.before.items() if old is not None)

    def without(self, codes: set[str]) -> PaperEntry:
        """The entry leaving ``codes`` as they are (e.g. keep what is stored)."""
        return dataclasses.replace(
            self,
            after={c: r for c, r in self.after.items() if c not in codes},
            before={c: r for c, r in self.before.items() if c not in codes},
        )


def paper_entry(workshop: Workshop, group_key: str, lines: Mapping[str, PaperLine]) -> PaperEntry:
    """Turn a group's typed rows into ratings, checked against the workshop's rules.

    Blank rows are left out (the form was not filled in there); a row whose rating is the same
    as the stored one is left out too, so nothing is "replaced" by itself. Raises
    ValidationError naming the first row that breaks a rule.
    """
    group = workshop.group(group_key)
    scale = workshop.framework.scale
    order = [item.code for item in form_items(workshop)]
    after: dict[str, Rating] = {}
    before: dict[str, Rating | None] = {}
    for code in order:
        line = lines.get(code)
        if line is None or line.is_blank:
            continue
        old = group.ratings.get(code)
        rating = rating_from_paper(line, old)
        rating.check(scale, group.participant_count)
        if rating != old:
            after[code] = rating
            before[code] = old
    unknown = sorted(set(lines) - set(order))
    if unknown:
        raise ValidationError("workshop.item_not_here", field="items", item=unknown[0])
    return PaperEntry(group_key=group_key, after=after, before=before)
