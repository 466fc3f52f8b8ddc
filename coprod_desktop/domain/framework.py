"""The framework: item bank, areas, principles, stages and scale a workshop assesses against."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.scale import Scale
from coprod_desktop.domain.text import long_text, short_text


class Area(StrEnum):
    """The capacity areas every party needs."""

    KNOWLEDGE = "knowledge"
    HARD_SKILL = "hard_skill"
    SOFT_SKILL = "soft_skill"
    ATTITUDE = "attitude"


class Stage(StrEnum):
    """The four stages towards co-production, in order (not a strict ladder)."""

    ACTIVE_INVOLVEMENT = "active_involvement"
    CO_DESIGN = "co_design"
    CO_DELIVERY = "co_delivery"
    FULL_CO_PRODUCTION = "full_co_production"

    @property
    def order(self) -> int:
        return list(Stage).index(self)


class ActivityKind(StrEnum):
    """Kinds of development activity a training need can be met with."""

    TRAINING = "training"
    MENTORING = "mentoring"
    PEER_SUPPORT = "peer_support"
    SHADOWING = "shadowing"
    ASSET_MAPPING = "asset_mapping"
    COACHING = "coaching"
    PRACTICE = "practice"
    READING = "reading"


@dataclass(frozen=True, slots=True)
class AreaText:
    """How the framework names and explains an area to the room."""

    area: Area
    title: str
    description: str
    easy_read: str | None = None


@dataclass(frozen=True, slots=True)
class Principle:
    """One of the principles of co-production, e.g. P1 "People are assets"."""

    code: str
    title: str
    description: str
    easy_read: str | None = None


@dataclass(frozen=True, slots=True)
class StageText:
    """A stage as the room reads it: title, one-line summary and a few points; and, if the
    framework gives them, a plain title and summary in Easy Read words."""

    stage: Stage
    title: str
    summary: str
    points: tuple[str, ...]
    easy_title: str | None = None
    easy_read: str | None = None


@dataclass(frozen=True, slots=True)
class Activity:
    """A suggested development activity for an item."""

    kind: ActivityKind
    text: str


@dataclass(frozen=True, slots=True)
class Item:
    """One knowledge, skill or attitude statement a group rates itself on."""

    code: str
    area: Area
    principle: str
    text: str
    easy_read: str | None = None
    activities: tuple[Activity, ...] = ()
    required_by_stage: Mapping[Stage, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", short_text(self.code, "code", required=True))
        object.__setattr__(self, "text", long_text(self.text, "item text", required=True))
        object.__setattr__(
            self, "required_by_stage", MappingProxyType(dict(self.required_by_stage))
        )

    def required_level(self, stage: Stage) -> int | None:
        """The level this item typically needs at ``stage``, if the framework says."""
        return self.required_by_stage.get(stage)


@dataclass(frozen=True, slots=True)
class Framework:
    """An item bank with its scale and texts; a workshop keeps a frozen copy of one."""

    key: str
    name: str
    version: str
    language: str
    description: str
    scale: Scale
    areas: tuple[AreaText, ...]
    principles: tuple[Principle, ...]
    stages: tuple[StageText, ...]
    items: tuple[Item, ...]
    default_groups: tuple[str, ...] = ()
    #: The items by code, so finding one does not walk the bank (made from ``items``).
    _by_code: Mapping[str, Item] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {i.code: i for i in self.items})
        short_text(self.key, "key", required=True)
        short_text(self.name, "name", required=True)
        if [a.area for a in self.areas] != list(Area):
            raise ValidationError("framework.areas", field="areas")
        if [s.stage for s in self.stages] != list(Stage):
            raise ValidationError("framework.stages", field="stages")
        principle_codes = [p.code for p in self.principles]
        if not principle_codes:
            raise ValidationError("framework.no_principles", field="principles")
        _require_unique(principle_codes, "principles")
        if not self.items:
            raise ValidationError("framework.no_items", field="items")
        _require_unique([i.code for i in self.items], "items")
        for item in self.items:
            _check_item(item, self.scale, set(principle_codes))
        _require_unique(list(self.default_groups), "default_groups")

    def item(self, code: str) -> Item:
        """The item with ``code``; raises ValidationError if there is none."""
        item = self._by_code.get(code)
        if item is None:
            raise ValidationError("framework.no_item", field="items", item=code)
        return item

    def has_item(self, code: str) -> bool:
        return code in self._by_code

    def principle(self, code: str) -> Principle:
        for principle in self.principles:
            if principle.code == code:
                return principle
        raise ValidationError("framework.no_principle", field="principles", principle=code)

    def area_text(self, area: Area) -> AreaText:
        return self.areas[list(Area).index(area)]

    def stage_text(self, stage: Stage) -> StageText:
        return self.stages[stage.order]

    def items_in(self, area: Area) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.area is area)


def _check_item(item: Item, scale: Scale, principles: set[str]) -> None:
    where = f"items[{item.code}]"
    if item.principle not in principles:
        raise ValidationError(
            "item.unknown_principle", field=f"{where}.principle", item=item.code,
            principle=item.principle,
        )  # fmt: skip
    previous = scale.lowest
    for stage in Stage:
        level = item.required_by_stage.get(stage)
        if level is None:
            continue
        scale.check(level, f"{where}.required_by_stage.{stage.value}")
        if level < previous:
            raise ValidationError(
                "item.required_levels_fall", field=f"{where}.required_by_stage.{stage.value}",
                item=item.code,
            )  # fmt: skip
        previous = level


def _require_unique(values: Iterable[str], field_name: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValidationError("framework.repeated", field=field_name, value=value)
        seen.add(value)
