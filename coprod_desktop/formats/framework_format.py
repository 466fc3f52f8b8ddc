"""The framework document (``format: coprod-framework``): dict <-> Framework."""

from __future__ import annotations

from typing import Any

from coprod_desktop.domain.errors import Term
from coprod_desktop.domain.framework import (
    Activity,
    ActivityKind,
    Area,
    AreaText,
    Framework,
    Item,
    Principle,
    Stage,
    StageText,
)
from coprod_desktop.domain.scale import Scale, ScaleLevel
from coprod_desktop.formats.reader import Node, parse_json

FORMAT_NAME = "coprod-framework"
FORMAT_VERSION = 1
MAX_ITEMS = 500

_TOP_FIELDS = {
    "format", "format_version", "key", "name", "version", "language", "description",
    "scale", "areas", "principles", "stages", "items", "default_groups",
}  # fmt: skip


def framework_to_dict(framework: Framework) -> dict[str, Any]:
    """The document form of ``framework``, ready for ``json.dumps``."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "key": framework.key,
        "name": framework.name,
        "version": framework.version,
        "language": framework.language,
        "description": framework.description,
        "scale": {
            "levels": [
                _easy(
                    {"level": lv.level, "label": lv.label, "description": lv.description},
                    easy_read=lv.easy_read,
                )
                for lv in framework.scale.levels
            ]
        },
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
        "default_groups": [{"name": name} for name in framework.default_groups],
    }


def _easy(entry: dict[str, Any], **easy: str | None) -> dict[str, Any]:
    """``entry`` with its Easy Read fields, those it has (a framework without them is
    written as before, so older copies of the app still read it)."""
    return entry | {key: value for key, value in easy.items() if value is not None}


def _item_to_dict(item: Item) -> dict[str, Any]:
    return {
        "code": item.code,
        "area": item.area.value,
        "principle": item.principle,
        "text": item.text,
        "easy_read": item.easy_read,
        "activities": [{"kind": a.kind.value, "text": a.text} for a in item.activities],
        "required_by_stage": {s.value: lv for s, lv in item.required_by_stage.items()},
    }


def framework_from_bytes(data: bytes, source: str) -> Framework:
    """Parse and validate a framework file's bytes; raises DocumentError naming the problem."""
    return framework_from_node(Node(parse_json(data, source), source))


def framework_from_node(node: Node) -> Framework:
    """Read a framework document at ``node`` (top level of a file, or inside a workshop file)."""
    node.as_object(_TOP_FIELDS)
    if node.get("format").text() != FORMAT_NAME:
        raise node.get("format").error("document.not_framework", expected=FORMAT_NAME)
    version = node.get("format_version").integer()
    if version != FORMAT_VERSION:
        raise node.get("format_version").error(
            "document.framework_version", version=version, supported=FORMAT_VERSION
        )
    scale_node = node.get("scale").as_object({"levels"})
    levels = tuple(_level(n) for n in scale_node.get("levels").items(max_len=9))
    scale = scale_node.build(lambda: Scale(levels))
    areas = tuple(_area(n) for n in node.get("areas").items(max_len=4))
    principles = tuple(_principle(n) for n in node.get("principles").items(max_len=20))
    stages = tuple(_stage(n) for n in node.get("stages").items(max_len=4))
    items = tuple(_item(n) for n in node.get("items").items(max_len=MAX_ITEMS))
    groups_node = node.opt("default_groups")
    groups = tuple(
        g.as_object({"name"}).get("name").text()
        for g in (groups_node.items(50) if groups_node else ())
    )
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
            default_groups=groups,
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
    return AreaText(
        area=n.get("code").choice(Area, "area"),
        title=n.get("title").text(),
        description=n.get("description").long_text(),
        easy_read=_optional(n, "easy_read"),
    )


def _principle(n: Node) -> Principle:
    n.as_object({"code", "title", "description", "easy_read"})
    return Principle(
        code=n.get("code").text(max_len=20),
        title=n.get("title").text(),
        description=n.get("description").long_text(),
        easy_read=_optional(n, "easy_read"),
    )


def _stage(n: Node) -> StageText:
    n.as_object({"code", "title", "summary", "points", "easy_title", "easy_read"})
    return StageText(
        stage=n.get("code").choice(Stage, "stage"),
        title=n.get("title").text(),
        summary=n.get("summary").long_text(),
        points=tuple(p.long_text() for p in n.get("points").items(max_len=20)),
        easy_title=_optional(n, "easy_title", long=False),
        easy_read=_optional(n, "easy_read"),
    )


def _item(n: Node) -> Item:
    n.as_object(
        {"code", "area", "principle", "text", "easy_read", "activities", "required_by_stage"}
    )
    required: dict[Stage, int] = {}
    req_node = n.opt("required_by_stage")
    if req_node is not None:
        for key, level in req_node.entries():
            required[_stage_key(key, level)] = level.integer()
    activities_node = n.opt("activities")
    activities = tuple(
        Activity(
            kind=a.as_object({"kind", "text"}).get("kind").choice(ActivityKind, "activity_kind"),
            text=a.get("text").long_text(),
        )
        for a in (activities_node.items(max_len=20) if activities_node else ())
    )
    easy = n.opt("easy_read")
    return n.build(
        lambda: Item(
            code=n.get("code").text(max_len=20),
            area=n.get("area").choice(Area, "area"),
            principle=n.get("principle").text(max_len=20),
            text=n.get("text").long_text(),
            easy_read=easy.long_text() if easy else None,
            activities=activities,
            required_by_stage=required,
        )
    )


def _stage_key(key: str, at: Node) -> Stage:
    try:
        return Stage(key)
    except ValueError:
        raise at.error("document.unknown_choice", text=key, what=Term("kind.stage")) from None
