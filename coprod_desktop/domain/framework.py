"""The framework: item bank, areas, principles, stages and scale a workshop assesses against."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.scale import Scale, ScaleLevel
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


class GroupRole(StrEnum):
    """The part a group plays in co-production: the framework may set needed levels per role,
    and an organisation compares groups with the same role across workshops."""

    SERVICE_USERS = "service_users"
    COMMUNITY = "community"
    FRONT_LINE = "front_line"
    MANAGERS = "managers"
    COMMISSIONERS = "commissioners"


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

    def __post_init__(self) -> None:
        _texts(self, title="area title", description="area description")


@dataclass(frozen=True, slots=True)
class Principle:
    """One of the principles of co-production, e.g. P1 "People are assets"."""

    code: str
    title: str
    description: str
    easy_read: str | None = None

    def __post_init__(self) -> None:
        _texts(self, code="principle code", title="principle title",
               description="principle description")  # fmt: skip


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

    def __post_init__(self) -> None:
        _texts(self, title="stage title", summary="stage summary", easy_title="stage title")
        points = tuple(long_text(p, "stage point", required=True) for p in self.points)
        object.__setattr__(self, "points", points)


@dataclass(frozen=True, slots=True)
class Activity:
    """A suggested development activity for an item."""

    kind: ActivityKind
    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", long_text(self.text, "activity", required=True))


@dataclass(frozen=True, slots=True)
class Source:
    """Where in the method's paper an item comes from: line numbers and the words there."""

    lines: tuple[int, ...]
    quote: str

    def __post_init__(self) -> None:
        if not self.lines or any(isinstance(n, bool) or n < 1 for n in self.lines):
            raise ValidationError("item.source_lines", field="source.lines")
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "quote", long_text(self.quote, "source quote", required=True))


@dataclass(frozen=True, slots=True)
class RoleProfile:
    """Why the framework's needed levels differ for one group role, and the paper's lines
    that say so."""

    role: GroupRole
    note: str
    source_lines: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "note", long_text(self.note, "role note"))
        object.__setattr__(self, "source_lines", tuple(self.source_lines))


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
    #: Needed levels per stage for particular group roles; a role not here uses
    #: ``required_by_stage``.
    required_by_role: Mapping[GroupRole, Mapping[Stage, int]] = field(default_factory=dict)
    source: Source | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", short_text(self.code, "code", required=True))
        object.__setattr__(self, "text", long_text(self.text, "item text", required=True))
        if self.easy_read is not None:
            object.__setattr__(self, "easy_read", long_text(self.easy_read, "Easy Read"))
        object.__setattr__(
            self, "required_by_stage", MappingProxyType(dict(self.required_by_stage))
        )
        by_role = {
            GroupRole(r): MappingProxyType(dict(v)) for r, v in self.required_by_role.items()
        }
        object.__setattr__(self, "required_by_role", MappingProxyType(by_role))

    def required_level(self, stage: Stage, role: GroupRole | None = None) -> int | None:
        """The level this item typically needs at ``stage`` (for a group in ``role``), if
        the framework says."""
        return self.needed_at(stage, role)[0]

    def needed_at(
        self, stage: Stage, role: GroupRole | None
    ) -> tuple[int | None, GroupRole | None]:
        """The level needed at ``stage`` by a group in ``role``, and the role whose profile
        gave it (None: the profile for every role)."""
        if role is not None and role in self.required_by_role:
            return self.required_by_role[role].get(stage), role
        return self.required_by_stage.get(stage), None


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
    #: The role each default group plays, by name (a name not here has none).
    default_group_roles: Mapping[str, GroupRole] = field(default_factory=dict)
    #: Why the needed levels differ for each role that has its own profile.
    roles: tuple[RoleProfile, ...] = ()
    #: The scale's words for an area where they differ from ``scale`` (whose words fit skills).
    level_words: Mapping[Area, tuple[ScaleLevel, ...]] = field(default_factory=dict)
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
        for name in self.default_groups:  # each becomes a group's name in a new workshop
            short_text(name, "default group", required=True)
        _require_unique(list(self.default_groups), "default_groups")
        unknown = set(self.default_group_roles) - set(self.default_groups)
        if unknown:
            raise ValidationError("framework.role_for_no_group", field="default_groups",
                                  name=min(unknown))  # fmt: skip
        object.__setattr__(
            self, "default_group_roles", MappingProxyType(dict(self.default_group_roles))
        )
        _require_unique([r.role.value for r in self.roles], "roles")
        numbers = [lv.level for lv in self.scale.levels]
        for area, levels in self.level_words.items():
            if [lv.level for lv in levels] != numbers:
                raise ValidationError(
                    "framework.level_words_scale", field=f"scale.by_area.{area.value}",
                    area=area.value,
                )  # fmt: skip
        object.__setattr__(self, "level_words", MappingProxyType(dict(self.level_words)))

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

    def levels_for(self, area: Area) -> tuple[ScaleLevel, ...]:
        """The scale in the words that fit ``area`` (knowledge and attitude are not skills)."""
        return self.level_words.get(area, self.scale.levels)

    def role_profile(self, role: GroupRole) -> RoleProfile | None:
        for profile in self.roles:
            if profile.role is role:
                return profile
        return None


def _check_item(item: Item, scale: Scale, principles: set[str]) -> None:
    where = f"items[{item.code}]"
    if item.principle not in principles:
        raise ValidationError(
            "item.unknown_principle", field=f"{where}.principle", item=item.code,
            principle=item.principle,
        )  # fmt: skip
    _check_profile(item.required_by_stage, scale, item.code, f"{where}.required_by_stage")
    for role, levels in item.required_by_role.items():
        _check_profile(levels, scale, item.code, f"{where}.required_by_role.{role.value}")


def _check_profile(levels: Mapping[Stage, int], scale: Scale, code: str, where: str) -> None:
    """Each needed level is on the scale and none falls from one stage to the next."""
    previous = scale.lowest
    for stage in Stage:
        level = levels.get(stage)
        if level is None:
            continue
        scale.check(level, f"{where}.{stage.value}")
        if level < previous:
            raise ValidationError(
                "item.required_levels_fall", field=f"{where}.{stage.value}", item=code
            )
        previous = level


def _texts(entry: object, **fields: str) -> None:
    """Check and clean ``entry``'s text fields (a title is one line, the rest may be several);
    the value of each keyword names the field in an error."""
    for name, label in fields.items():
        value = getattr(entry, name)
        if value is None:
            continue
        one_line = name in {"title", "code", "easy_title"}
        clean = (
            short_text(value, label, required=name != "easy_title")
            if one_line
            else long_text(value, label)
        )
        object.__setattr__(entry, name, clean)
    easy = getattr(entry, "easy_read", None)
    if easy is not None:
        object.__setattr__(entry, "easy_read", long_text(easy, "Easy Read"))


def _require_unique(values: Iterable[str], field_name: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise ValidationError("framework.repeated", field=field_name, value=value)
        seen.add(value)
