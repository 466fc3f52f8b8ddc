"""Merging two copies of one workshop (two laptops, two rooms) into one.

What only one copy has is taken; what both have alike is kept once; a rating or stage placement
both captured differently is a :class:`Difference`, shown for a choice and never overwritten
silently. Private notes are this laptop's ("ours"): a copy from elsewhere has none to offer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from coprod_desktop.domain.action_links import into_plan
from coprod_desktop.domain.barrier import Barrier
from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import (
    Action,
    Group,
    ParkingLotEntry,
    StagePlacement,
    Workshop,
)

_Entry = TypeVar("_Entry", Action, ParkingLotEntry, Barrier)


class MergeRefusedError(CoprodError):
    """The two copies cannot be merged; ``reason`` says why in short (the code's last part)."""

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(code, **values)
        self.reason = code.rsplit(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class Difference:
    """One group's rating of one item (or, with no item, its stage placement) differs."""

    group_key: str
    group_name: str
    item_code: str | None
    ours: Rating | StagePlacement
    theirs: Rating | StagePlacement

    @property
    def key(self) -> str:
        """How a choice names it: ``GROUP:ITEM`` or ``GROUP:placement``."""
        return f"{self.group_key}:{self.item_code or 'placement'}"


@dataclass(frozen=True, slots=True)
class Merge:
    """The merged workshop (ours where the copies differ) and the differences to choose on."""

    workshop: Workshop
    differences: tuple[Difference, ...]

    def unresolved(self, choices: Mapping[str, Side]) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if d.key not in choices)

    def resolved(self, choices: Mapping[str, Side]) -> Workshop:
        """The merged workshop with each difference settled as chosen (unchosen: ours)."""
        workshop = self.workshop
        for d in self.differences:
            if choices.get(d.key) is not Side.THEIRS:
                continue
            if isinstance(d.theirs, StagePlacement):
                workshop = workshop.with_placement(d.group_key, d.theirs)
            else:
                assert isinstance(d.ours, Rating) and d.item_code is not None
                kept = dataclasses.replace(d.theirs, private_note=d.ours.private_note)
                workshop = workshop.with_rating(d.group_key, d.item_code, kept)
        return workshop


def merge(ours: Workshop, theirs: Workshop, base: Workshop | None = None) -> Merge:
    """Merge ``theirs`` into ``ours``; raises MergeRefusedError for two different workshops.

    ``base``, when known, is the copy both were edited from (the revision this laptop last
    published or merged): a rating only one side changed since then is that side's, silently;
    only one both changed differently is a difference. Without it, every rating the two
    captured differently is a difference.
    """
    if ours.uid != theirs.uid:
        raise MergeRefusedError(
            "merge.different_workshops", theirs=theirs.title, uid=theirs.uid, ours=ours.title
        )
    if (ours.framework.key, ours.framework.version) != (
        theirs.framework.key,
        theirs.framework.version,
    ):
        raise MergeRefusedError(
            "merge.different_frameworks", ours=ours.framework.name,
            ours_version=ours.framework.version, theirs=theirs.framework.name,
            theirs_version=theirs.framework.version,
        )  # fmt: skip
    codes = ours.item_codes + tuple(c for c in theirs.item_codes if c not in ours.item_codes)
    keys = _matching_keys(ours, theirs)
    groups: list[Group] = []
    differences: list[Difference] = []
    for group in ours.groups:
        other = next((g for g in theirs.groups if keys.get(g.key) == group.key), None)
        was = _same_group(base, group)
        merged, found = _merge_group(group, other, was, codes)
        groups.append(merged)
        differences.extend(found)
    groups.extend(
        dataclasses.replace(g, key=keys[g.key]) for g in theirs.groups if keys[g.key] not in {
            o.key for o in ours.groups
        }
    )  # fmt: skip
    actions = ours.actions + tuple(
        a
        for a in (into_plan(_rekeyed(x, keys), theirs.plan, ours.plan) for x in theirs.actions)
        if a not in ours.actions
    )  # fmt: skip
    lot = ours.parking_lot + tuple(
        e for e in (_rekeyed(x, keys) for x in theirs.parking_lot) if e not in ours.parking_lot
    )
    barriers = ours.barriers + tuple(
        b for b in (_rekeyed(x, keys) for x in theirs.barriers) if b not in ours.barriers
    )
    # Views of other groups: ours stand; theirs join where ours gave none for that rater,
    # subject and item.
    given = {v.key for v in ours.cross_ratings}
    views = ours.cross_ratings + tuple(
        v
        for v in (
            dataclasses.replace(
                x,
                rater_key=keys.get(x.rater_key, x.rater_key),
                subject_key=keys.get(x.subject_key, x.subject_key) if x.subject_key else None,
            )
            for x in theirs.cross_ratings
        )
        if v.key not in given
    )
    filled = {
        name: getattr(ours, name) or getattr(theirs, name)
        for name in ("organisation", "locality", "venue", "facilitator", "service")
    }
    workshop = dataclasses.replace(
        ours,
        item_codes=codes,
        groups=tuple(groups),
        actions=actions,
        parking_lot=lot,
        barriers=barriers,
        cross_ratings=views,
        held_on=ours.held_on or theirs.held_on,
        **filled,
    )
    return Merge(workshop, tuple(differences))


def _matching_keys(ours: Workshop, theirs: Workshop) -> dict[str, str]:
    """Their group keys mapped to ours: the same key and name, else the same name; a group only
    they have gets a key unused here."""
    by_name = {g.name.casefold(): g.key for g in ours.groups}
    own = {g.key: g.name.casefold() for g in ours.groups}
    taken = set(own)
    mapping: dict[str, str] = {}
    for g in theirs.groups:
        name = g.name.casefold()
        if own.get(g.key) == name:
            mapping[g.key] = g.key
        elif name in by_name:
            mapping[g.key] = by_name[name]
        else:
            key = g.key if g.key not in taken else _free_key(taken)
            taken.add(key)
            mapping[g.key] = key
    return mapping


def _free_key(taken: set[str]) -> str:
    n = len(taken) + 1
    while f"g{n}" in taken:
        n += 1
    return f"g{n}"


def _same_group(base: Workshop | None, group: Group) -> Group | None:
    if base is None:
        return None
    name = group.name.casefold()
    return next((g for g in base.groups if g.name.casefold() == name), None)


def _alike(one: Rating | None, other: Rating | None) -> bool:
    """The same rating, private notes aside (a copy from elsewhere never has ours)."""
    if one is None or other is None:
        return one is other
    return dataclasses.replace(other, private_note=one.private_note) == one


def _merge_group(
    group: Group, other: Group | None, was: Group | None, codes: tuple[str, ...]
) -> tuple[Group, list[Difference]]:
    if other is None:
        return group, []
    ratings = dict(group.ratings)
    found: list[Difference] = []
    for code in codes:
        mine, theirs = group.ratings.get(code), other.ratings.get(code)
        before = was.ratings.get(code) if was is not None else None
        if theirs is None or _alike(mine, theirs):
            continue
        if mine is None or (was is not None and _alike(mine, before)):  # only they changed it
            keep = mine.private_note if mine is not None else ""
            ratings[code] = dataclasses.replace(theirs, private_note=keep)
        elif was is not None and _alike(theirs, before):  # only we changed it
            continue
        else:
            found.append(Difference(group.key, group.name, code, mine, theirs))
    placement, theirs_placed = group.placement, other.placement
    before_placed = was.placement if was is not None else StagePlacement()
    if placement == StagePlacement() or (was is not None and placement == before_placed):
        placement = theirs_placed
    elif theirs_placed not in (StagePlacement(), placement, before_placed):
        found.append(Difference(group.key, group.name, None, placement, theirs_placed))
    merged = dataclasses.replace(
        group,
        ratings=ratings,
        placement=placement,
        role=group.role or other.role,
    )
    return merged, found


def _rekeyed(entry: _Entry, keys: Mapping[str, str]) -> _Entry:
    key = entry.group_key
    return dataclasses.replace(entry, group_key=keys.get(key, key)) if key else entry
