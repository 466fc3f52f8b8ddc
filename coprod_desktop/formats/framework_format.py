"""The framework document (``format: coprod-framework``): dict <-> Framework."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from coprod_desktop.domain.errors import Term
from coprod_desktop.domain.framework import (
    Activity,
    ActivityKind,
    Area,
    AreaText,
    Framework,
    GroupRole,
    Item,
    Principle,
    RoleProfile,
    Source,
    Stage,
    StageText,
)
from coprod_desktop.domain.scale import Scale, ScaleLevel
from coprod_desktop.formats.reader import Node, parse_json

T = TypeVar("T")

FORMAT_NAME = "coprod-framework"
#: 2 added needed levels per group role, the roles' notes, level words per area and each
#: item's source in the paper (version 1 files still read).
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_ITEMS = 500

_TOP_FIELDS = {
    "format", "format_version", "key", "name", "version", "language", "description",
    "scale", "areas", "principles", "stages", "items", "default_groups", "roles",
}  # fmt: skip


def framework_to_dict(framework: Framework) -> dict[str, Any]:
    """The document form of ``framework``, ready for ``json.dumps``."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "key": framework.key,
        "name": framework.name,
        "version": framework.version,
        "language": framework.language,
        "description": framework.description,
        "scale": {"levels": [_level_to_dict(lv) for lv in framework.scale.levels]},
        "areas": [
            _easy(
                {"code": a.area.value, "title": a.title, "description": a.description},
                easy_read=a.easy_read,
            )
            for a in framework.areas
        ],
        "principles": [
            _easy(
                {"code": p.code, "title": p.title, "description": p.description},
                easy_read=p.easy_read,
            )
            for p in framework.principles
        ],
        "stages": [
            _easy(
                {
                    "code": s.stage.value,
                    "title": s.title,
                    "summary": s.summary,
                    "points": list(s.points),
                },
                easy_title=s.easy_title,
                easy_read=s.easy_read,
            )
            for s in framework.stages
        ],
        "items": [_item_to_dict(i) for i in framework.items],
        "default_groups": [
            _easy({"name": name}, role=framework.default_group_roles.get(name))
            for name in framework.default_groups
        ],
    }
    if framework.level_words:
        document["scale"]["by_area"] = {
            area.value: [_level_to_dict(lv) for lv in levels]
            for area, levels in framework.level_words.items()
        }
    if framework.roles:
        document["roles"] = [
            {"code": r.role.value, "note": r.note, "source_lines": list(r.source_lines)}
            for r in framework.roles
        ]
    return document


def _level_to_dict(level: ScaleLevel) -> dict[str, Any]:
    return _easy(
        {"level": level.level, "label": level.label, "description": level.description},
        easy_read=level.easy_read,
    )


def _easy(entry: dict[str, Any], **easy: str | None) -> dict[str, Any]:
    """``entry`` with its Easy Read fields, those it has (a framework without them is
    written as before, so older copies of the app still read it)."""
    return entry | {key: value for key, value in easy.items() if value is not None}


def _item_to_dict(item: Item) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": item.code,
        "area": item.area.value,
        "principle": item.principle,
        "text": item.text,
        "easy_read": item.easy_read,
        "activities": [{"kind": a.kind.value, "text": a.text} for a in item.activities],
        "required_by_stage": {s.value: lv for s, lv in item.required_by_stage.items()},
    }
    if item.required_by_role:
        entry["required_by_role"] = {
            role.value: {s.value: lv for s, lv in levels.items()}
            for role, levels in item.required_by_role.items()
        }
    if item.source is not None:
        entry["source"] = {"lines": list(item.source.lines), "quote": item.source.quote}
    return entry


def framework_from_bytes(data: bytes, source: str) -> Framework:
    """Parse and validate a framework file's bytes; raises DocumentError naming the problem."""
    return framework_from_node(Node(parse_json(data, source), source))


def framework_from_node(node: Node) -> Framework:
    """Read a framework document at ``node`` (top level of a file, or inside a workshop file)."""
    node.as_object(_TOP_FIELDS)
    if node.get("format").text() != FORMAT_NAME:
        raise node.get("format").error("document.not_framework", expected=FORMAT_NAME)
    version = node.get("format_version").integer()
    if version not in READABLE_VERSIONS:
        raise node.get("format_version").error(
            "document.framework_version", version=version, supported=FORMAT_VERSION
        )
    if version == 1:  # what version 2 added is refused in a version 1 file
        _refuse_newer(node)
    scale_node = node.get("scale").as_object({"levels", "by_area"})
    levels = tuple(_level(n) for n in scale_node.get("levels").items(max_len=9))
    scale = scale_node.build(lambda: Scale(levels))
    level_words = _level_words(scale_node.opt("by_area"))
    areas = tuple(_area(n) for n in node.get("areas").items(max_len=4))
    principles = tuple(_principle(n) for n in node.get("principles").items(max_len=20))
    stages = tuple(_stage(n) for n in node.get("stages").items(max_len=4))
    items = tuple(_item(n) for n in node.get("items").items(max_len=MAX_ITEMS))
    groups_node = node.opt("default_groups")
    groups: list[str] = []
    group_roles: dict[str, GroupRole] = {}
    for g in groups_node.items(50) if groups_node else ():
        name = g.as_object({"name", "role"}).get("name").text()
        groups.append(name)
        role = g.opt("role")
        if role is not None:
            group_roles[name] = role.choice(GroupRole, "group_role")
    roles_node = node.opt("roles")
    roles = tuple(_role(n) for n in (roles_node.items(len(GroupRole)) if roles_node else ()))
    desc = node.opt("description")
    return node.build(
        lambda: Framework(
            key=node.get("key").text(),
            name=node.get("name").text(),
            version=node.get("version").text(max_len=40),
            language=node.get("language").text(max_len=20),
            description=desc.long_text() if desc else "",
            scale=scale,
            areas=areas,
            principles=principles,
            stages=stages,
            items=items,
            default_groups=tuple(groups),
            default_group_roles=group_roles,
            roles=roles,
            level_words=level_words,
        )
    )


def _refuse_newer(node: Node) -> None:
    """A version 1 file may not use what version 2 added (an older app would misread it)."""
    found = node.opt("roles") or node.get("scale").opt("by_area")
    for item in node.get("items").items(max_len=MAX_ITEMS):
        found = found or item.opt("required_by_role") or item.opt("source")
    for group in (node.opt("default_groups") or Node([], "")).items(50):
        found = found or group.opt("role")
    if found is not None:
        raise found.error("document.newer_field", version=1)


def _level_words(node: Node | None) -> dict[Area, tuple[ScaleLevel, ...]]:
    if node is None:
        return {}
    words: dict[Area, tuple[ScaleLevel, ...]] = {}
    for key, levels in node.entries():
        area = _choice_key(key, levels, Area, "area")
        words[area] = tuple(_level(n) for n in levels.items(max_len=9))
    return words


def _role(n: Node) -> RoleProfile:
    n.as_object({"code", "note", "source_lines"})
    lines = n.opt("source_lines")
    return n.build(
        lambda: RoleProfile(
            role=n.get("code").choice(GroupRole, "group_role"),
            note=n.get("note").long_text(),
            source_lines=tuple(x.integer(1, 100_000) for x in (lines.items(50) if lines else ())),
        )
    )


def _optional(n: Node, key: str, *, long: bool = True) -> str | None:
    """An optional text field (the Easy Read words), None when absent."""
    field = n.opt(key)
    if field is None:
        return None
    return field.long_text() if long else field.text()


def _level(n: Node) -> ScaleLevel:
    n.as_object({"level", "label", "description", "easy_read"})
    return n.build(
        lambda: ScaleLevel(
            level=n.get("level").integer(0, 99),
            label=n.get("label").text(),
            description=n.get("description").long_text(),
            easy_read=_optional(n, "easy_read"),
        )
    )


def _area(n: Node) -> AreaText:
    n.as_object({"code", "title", "description", "easy_read"})
    return n.build(
        lambda: AreaText(
            area=n.get("code").choice(Area, "area"),
            title=n.get("title").text(),
            description=n.get("description").long_text(),
            easy_read=_optional(n, "easy_read"),
        )
    )


def _principle(n: Node) -> Principle:
    n.as_object({"code", "title", "description", "easy_read"})
    return n.build(
        lambda: Principle(
            code=n.get("code").text(max_len=20),
            title=n.get("title").text(),
            description=n.get("description").long_text(),
            easy_read=_optional(n, "easy_read"),
        )
    )


def _stage(n: Node) -> StageText:
    n.as_object({"code", "title", "summary", "points", "easy_title", "easy_read"})
    return n.build(
        lambda: StageText(
            stage=n.get("code").choice(Stage, "stage"),
            title=n.get("title").text(),
            summary=n.get("summary").long_text(),
            points=tuple(p.long_text() for p in n.get("points").items(max_len=20)),
            easy_title=_optional(n, "easy_title", long=False),
            easy_read=_optional(n, "easy_read"),
        )
    )


def _item(n: Node) -> Item:
    n.as_object(
        {"code", "area", "principle", "text", "easy_read", "activities", "required_by_stage",
         "required_by_role", "source"}
    )  # fmt: skip
    required = _profile(n.opt("required_by_stage"))
    by_role: dict[GroupRole, dict[Stage, int]] = {}
    roles_node = n.opt("required_by_role")
    for key, levels in roles_node.entries() if roles_node else ():
        by_role[_choice_key(key, levels, GroupRole, "group_role")] = _profile(levels)
    source_node = n.opt("source")
    source = None
    if source_node is not None:
        source_node.as_object({"lines", "quote"})
        source = source_node.build(
            lambda: Source(
                lines=tuple(x.integer(1, 100_000) for x in source_node.get("lines").items(50)),
                quote=source_node.get("quote").long_text(),
            )
        )
    activities_node = n.opt("activities")
    activities = tuple(
        _activity(a) for a in (activities_node.items(max_len=20) if activities_node else ())
    )
    easy = n.opt("easy_read", nullable=True)
    return n.build(
        lambda: Item(
            code=n.get("code").text(max_len=20),
            area=n.get("area").choice(Area, "area"),
            principle=n.get("principle").text(max_len=20),
            text=n.get("text").long_text(),
            easy_read=easy.long_text() if easy else None,
            activities=activities,
            required_by_stage=required,
            required_by_role=by_role,
            source=source,
        )
    )


def _activity(a: Node) -> Activity:
    kind = a.as_object({"kind", "text"}).get("kind").choice(ActivityKind, "activity_kind")
    return a.build(lambda: Activity(kind=kind, text=a.get("text").long_text()))


def _profile(node: Node | None) -> dict[Stage, int]:
    """Needed levels by stage, ``{"co_design": 3, …}``."""
    required: dict[Stage, int] = {}
    for key, level in node.entries() if node else ():
        required[_choice_key(key, level, Stage, "stage")] = level.integer()
    return required


def _choice_key(key: str, at: Node, convert: Callable[[str], T], what: str) -> T:
    """A field name that must be one of a set of codes (a stage, a role, an area)."""
    try:
        return convert(key)
    except ValueError:
        raise at.error("document.unknown_choice", text=key, what=Term(f"kind.{what}")) from None
