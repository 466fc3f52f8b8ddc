"""Moving through a live workshop: running orders and where the facilitator is."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.workshop import Workshop


class RunningOrder(StrEnum):
    """Group by group: one group works through every item. Item by item: each item is
    projected once and every group's consensus is captured in turn."""

    GROUP_BY_GROUP = "group_by_group"
    ITEM_BY_ITEM = "item_by_item"


@dataclass(frozen=True, slots=True)
class Cursor:
    """The group and item being captured, and the running order in use."""

    group_key: str
    item_code: str
    order: RunningOrder = RunningOrder.GROUP_BY_GROUP


def start_of(workshop: Workshop, order: RunningOrder = RunningOrder.GROUP_BY_GROUP) -> Cursor:
    """The first group's first unrated item (or its first item if all are rated)."""
    group = workshop.groups[0]
    unrated = [c for c in workshop.item_codes if c not in group.ratings]
    return Cursor(group.key, (unrated or list(workshop.item_codes))[0], order)


def valid_cursor(workshop: Workshop, cursor: Cursor | None) -> Cursor:
    """``cursor`` if it still points into ``workshop``, else the start."""
    if cursor is None:
        return start_of(workshop)
    keys = [g.key for g in workshop.groups]
    if cursor.group_key not in keys or cursor.item_code not in workshop.item_codes:
        return start_of(workshop, cursor.order)
    return cursor


def step(workshop: Workshop, cursor: Cursor, delta: int) -> Cursor:
    """Move ``delta`` places (+1 next, -1 previous) in the cursor's running order.

    Group by group walks the items of one group and stops at its ends; item by item walks
    the groups for one item, then moves to the next item's first group.
    """
    items = list(workshop.item_codes)
    keys = [g.key for g in workshop.groups]
    if cursor.order is RunningOrder.GROUP_BY_GROUP:
        index = items.index(cursor.item_code) + delta
        index = max(0, min(index, len(items) - 1))
        return Cursor(cursor.group_key, items[index], cursor.order)
    flat = [(item, key) for item in items for key in keys]
    index = flat.index((cursor.item_code, cursor.group_key)) + delta
    index = max(0, min(index, len(flat) - 1))
    item, key = flat[index]
    return Cursor(key, item, cursor.order)


def next_group(workshop: Workshop, cursor: Cursor, delta: int = 1) -> Cursor:
    """The next (or previous) group, wrapping round; at its first unrated item when group by
    group, on the same item when item by item."""
    keys = [g.key for g in workshop.groups]
    return _at_group(workshop, cursor, keys[(keys.index(cursor.group_key) + delta) % len(keys)])


def after_change(before: Workshop, after: Workshop, cursor: Cursor) -> Cursor:
    """Where the capture is once ``before`` became ``after``: where it was, or, if its group
    left, at the group that took its place (the new last one, if it was last)."""
    keys = [g.key for g in after.groups]
    if cursor.group_key in keys or cursor.item_code not in after.item_codes:
        return valid_cursor(after, cursor)
    was = [g.key for g in before.groups]
    place = was.index(cursor.group_key) if cursor.group_key in was else 0
    return _at_group(after, cursor, keys[min(place, len(keys) - 1)])


def _at_group(workshop: Workshop, cursor: Cursor, key: str) -> Cursor:
    if cursor.order is RunningOrder.ITEM_BY_ITEM:
        return Cursor(key, cursor.item_code, cursor.order)
    group = workshop.group(key)
    unrated = [c for c in workshop.item_codes if c not in group.ratings]
    return Cursor(key, (unrated or list(workshop.item_codes))[0], cursor.order)


def jump(workshop: Workshop, cursor: Cursor, *, group_key: str | None = None,
         item_code: str | None = None) -> Cursor:  # fmt: skip
    """Go straight to a group and/or item."""
    key = group_key or cursor.group_key
    code = item_code or cursor.item_code
    if key not in [g.key for g in workshop.groups]:
        raise ValidationError("workshop.no_group", field="group", key=key)
    if code not in workshop.item_codes:
        raise ValidationError("workshop.item_not_here", field="item", item=code)
    return Cursor(key, code, cursor.order)


def is_last_item(workshop: Workshop, cursor: Cursor) -> bool:
    """Whether the cursor is on the group's last item (group by group)."""
    return cursor.item_code == workshop.item_codes[-1]
