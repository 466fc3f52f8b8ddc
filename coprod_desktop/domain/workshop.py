"""A workshop: its groups, their ratings and stage placements, actions and parking lot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from coprod_desktop.domain.barrier import Barrier, check_barriers
from coprod_desktop.domain.cross_rating import CrossRating, check_cross_ratings
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.plan import PlanEntry, check_plan
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.text import long_text, short_text

MAX_GROUPS = 24
MAX_PARTICIPANTS = 10_000


@dataclass(frozen=True, slots=True)
class StagePlacement:
    """Where a group places itself now, and where it aims to be."""

    current: Stage | None = None
    aim: Stage | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "note", long_text(self.note, "stage placement note"))


@dataclass(frozen=True, slots=True)
class Group:
    """A party in the workshop, e.g. front-line staff, with its ratings keyed by item code."""

    key: str
    name: str
    participant_count: int | None = None
    placement: StagePlacement = field(default_factory=StagePlacement)
    ratings: Mapping[str, Rating] = field(default_factory=dict)
    role: GroupRole | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", short_text(self.name, "group name", required=True))
        count = self.participant_count
        if count is not None and (
            isinstance(count, bool)
            or not isinstance(count, int)
            or not 1 <= count <= MAX_PARTICIPANTS
        ):
            raise ValidationError(
                "group.size_out_of_range", field="participants", group=self.name,
                most=MAX_PARTICIPANTS,
            )  # fmt: skip
        object.__setattr__(self, "ratings", MappingProxyType(dict(self.ratings)))


@dataclass(frozen=True, slots=True)
class Action:
    """Something agreed to do: what, who, by when, for a group (None: all groups). It may be
    about an item (``item_code``) or an entry of the training plan (``plan_entry``, its index
    in ``Workshop.plan``), not both."""

    what: str
    who: str = ""
    due: dt.date | None = None
    group_key: str | None = None
    done: bool = False
    item_code: str | None = None
    plan_entry: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "what", long_text(self.what, "action", required=True))
        object.__setattr__(self, "who", short_text(self.who, "action owner"))
        if self.item_code is not None and self.plan_entry is not None:
            raise ValidationError("action.two_links", field="actions")
        entry = self.plan_entry
        if entry is not None and (isinstance(entry, bool) or not isinstance(entry, int)
                                  or entry < 0):  # fmt: skip
            raise ValidationError("action.unknown_plan_entry", field="actions", number=entry)


@dataclass(frozen=True, slots=True)
class ParkingLotEntry:
    """A question or topic set aside to come back to."""

    text: str
    group_key: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", long_text(self.text, "parking-lot entry", required=True))


@dataclass(frozen=True, slots=True)
class Workshop:
    """One workshop, with the frozen copy of the framework it used."""

    uid: str
    title: str
    framework: Framework
    item_codes: tuple[str, ...]
    groups: tuple[Group, ...]
    organisation: str = ""
    locality: str = ""
    venue: str = ""
    held_on: dt.date | None = None
    facilitator: str = ""
    purpose: WorkshopPurpose = WorkshopPurpose.LIVE_SELF_ASSESSMENT
    actions: tuple[Action, ...] = ()
    parking_lot: tuple[ParkingLotEntry, ...] = ()
    baseline_uid: str | None = None
    #: The service the workshop is about (e.g. "Adult social care"), for the organisation view.
    service: str = ""
    #: Groups' views of how ready other groups, or the partnership, are on chosen items.
    cross_ratings: tuple[CrossRating, ...] = ()
    #: The training plan (``domain/plan.py``), in the order its entries were made.
    plan: tuple[PlanEntry, ...] = ()
    #: The barrier log (``domain/barrier.py``), in the order its barriers were logged.
    barriers: tuple[Barrier, ...] = ()

    def __post_init__(self) -> None:
        for name in ("title", "organisation", "locality", "venue", "facilitator", "service"):
            value = short_text(getattr(self, name), name, required=name == "title")
            object.__setattr__(self, name, value)
        self._check_items()
        self._check_groups()
        if self.cross_ratings:
            check_cross_ratings(self)
        check_plan(self.plan, (g.key for g in self.groups), self.item_codes)
        if self.barriers:
            principles = (p.code for p in self.framework.principles)
            check_barriers(self.barriers, (g.key for g in self.groups), principles)

    def _check_items(self) -> None:
        if not self.item_codes:
            raise ValidationError("workshop.no_items", field="items")
        seen: set[str] = set()
        for code in self.item_codes:
            if code in seen:
                raise ValidationError("workshop.item_twice", field="items", item=code)
            if not self.framework.has_item(code):
                raise ValidationError("workshop.item_not_in_framework", field="items", item=code)
            seen.add(code)

    def _check_groups(self) -> None:
        if not 1 <= len(self.groups) <= MAX_GROUPS:
            raise ValidationError("workshop.group_count", field="groups", most=MAX_GROUPS)
        keys: set[str] = set()
        names: set[str] = set()
        in_scope = set(self.item_codes)
        for group in self.groups:
            if group.key in keys:
                raise ValidationError("workshop.group_key_twice", field="groups", key=group.key)
            if group.name.casefold() in names:
                raise ValidationError("workshop.group_name_twice", field="groups", name=group.name)
            keys.add(group.key)
            names.add(group.name.casefold())
            for code, rating in group.ratings.items():
                if code != rating.item_code or code not in in_scope:
                    raise ValidationError(
                        "group.rates_item_out_of_scope", field="groups", group=group.name,
                        item=code,
                    )  # fmt: skip
                rating.check(self.framework.scale, group.participant_count)
        for action in self.actions:
            if action.group_key is not None and action.group_key not in keys:
                raise ValidationError("action.unknown_group", field="actions", key=action.group_key)
            if action.item_code is not None and action.item_code not in in_scope:
                raise ValidationError("action.unknown_item", field="actions", item=action.item_code)
            if action.plan_entry is not None and action.plan_entry >= len(self.plan):
                raise ValidationError(
                    "action.unknown_plan_entry", field="actions", number=action.plan_entry + 1
                )
        for entry in self.parking_lot:
            if entry.group_key is not None and entry.group_key not in keys:
                raise ValidationError(
                    "parking_lot.unknown_group", field="parking_lot", key=entry.group_key
                )

    @property
    def rating_slots(self) -> int:
        """How many ratings a finished workshop holds: groups × items in scope."""
        return len(self.groups) * len(self.item_codes)

    @property
    def ratings_recorded(self) -> int:
        return sum(len(g.ratings) for g in self.groups)

    @property
    def completeness(self) -> float:
        """Share of group × item ratings recorded (agreed, split or skipped), 0.0–1.0."""
        return self.ratings_recorded / self.rating_slots

    def group(self, key: str) -> Group:
        for group in self.groups:
            if group.key == key:
                return group
        raise ValidationError("workshop.no_group", field="groups", key=key)

    def with_rating(self, group_key: str, item_code: str, rating: Rating | None) -> Workshop:
        """A copy with ``rating`` recorded for the group and item (None removes it)."""
        group = self.group(group_key)
        if item_code not in self.item_codes:
            raise ValidationError("workshop.item_not_here", field="item", item=item_code)
        ratings = dict(group.ratings)
        if rating is None:
            ratings.pop(item_code, None)
        else:
            if rating.item_code != item_code:
                raise ValidationError("rating.other_item", field="item", item=item_code)
            rating.check(self.framework.scale, group.participant_count)
            ratings[item_code] = rating
        return self.with_group(replace(group, ratings=ratings))

    def with_placement(self, group_key: str, placement: StagePlacement) -> Workshop:
        return self.with_group(replace(self.group(group_key), placement=placement))

    def with_group(self, changed: Group) -> Workshop:
        """A copy with ``changed`` in place of the group with its key (checked like any
        workshop)."""
        self.group(changed.key)
        return replace(
            self, groups=tuple(changed if g.key == changed.key else g for g in self.groups)
        )

    def default_required_level(self, group_key: str, item_code: str) -> int | None:
        """The level the framework says this item needs at the stage the group aims for."""
        return self.framework_need(group_key, item_code)[0]

    def framework_need(self, group_key: str, item_code: str) -> tuple[int | None, GroupRole | None]:
        """The level the framework says this item needs at the stage the group aims for, by a
        group in its role, and the role whose profile gave it (None: every role's)."""
        group = self.group(group_key)
        if group.placement.aim is None:
            return None, None
        return self.framework.item(item_code).needed_at(group.placement.aim, group.role)
