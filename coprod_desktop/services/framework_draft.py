"""A framework being edited, with its Welsh version beside it: plain values a window can
change freely, turned back into frameworks (checked by the domain's rules) only on saving."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from coprod_desktop.domain.errors import Term, ValidationError
from coprod_desktop.domain.framework import (
    Activity,
    ActivityKind,
    Area,
    Framework,
    GroupRole,
    Item,
    Source,
    Stage,
)
from coprod_desktop.domain.scale import ScaleLevel
from coprod_desktop.services.framework_parts import FrameworkParts, line_numbers

#: The languages edited side by side: the framework's own, and its Welsh version if it has one.
Words = dict[str, str]


@dataclass
class ActivityDraft:
    """A development activity: its kind and its words in each language."""

    kind: ActivityKind
    text: Words


@dataclass
class ItemDraft:
    """An item as edited: texts per language, needed levels for every role (key None) and per
    group role, each stage's level or None."""

    code: str
    area: Area
    principle: str
    text: Words
    easy_read: Words
    activities: list[ActivityDraft]
    levels: dict[GroupRole | None, dict[Stage, int | None]]
    #: Where in the paper the item comes from: the line numbers as typed ("133, 135") and the
    #: quote, in the paper's own (English) words in every language; both blank: no source.
    source_lines: str = ""
    source_quote: str = ""
    #: The roles that had a profile of their own when the editing began (kept even if equal).
    had_roles: frozenset[GroupRole] = frozenset()
    #: The levels for every role when the editing began: a role without a profile of its own
    #: whose row still shows them follows the first row (and any change made to it).
    started_with: dict[Stage, int | None] = field(default_factory=dict)


@dataclass
class LevelDraft:
    """One level's words for an area, per language."""

    level: int
    label: Words
    description: Words
    easy_read: Words


@dataclass
class FrameworkDraft:
    """The framework (and its Welsh version) being edited."""

    base: dict[str, Framework]
    name: Words
    items: list[ItemDraft]
    #: The scale's own words (key None: skills) and each area's, when it has its own.
    level_words: dict[Area | None, list[LevelDraft]]
    #: The texts of areas, principles and stages, role notes and default groups.
    parts: FrameworkParts
    languages: tuple[str, ...] = field(default=("en",))

    @classmethod
    def of(cls, framework: Framework, welsh: Framework | None = None) -> FrameworkDraft:
        """A draft of ``framework``, with ``welsh`` (its Welsh version) beside it."""
        base = {framework.language: framework}
        if welsh is not None:
            base[welsh.language] = welsh
        langs = tuple(base)
        items = []
        for item in framework.items:
            same = {lang: f.item(item.code) for lang, f in base.items() if f.has_item(item.code)}
            levels: dict[GroupRole | None, dict[Stage, int | None]] = {
                None: {s: item.required_by_stage.get(s) for s in Stage}
            }
            for role in GroupRole:
                profile = item.required_by_role.get(role, item.required_by_stage)
                levels[role] = {s: profile.get(s) for s in Stage}
            items.append(
                ItemDraft(
                    code=item.code,
                    area=item.area,
                    principle=item.principle,
                    text={lang: i.text for lang, i in same.items()},
                    easy_read={lang: i.easy_read or "" for lang, i in same.items()},
                    activities=[
                        ActivityDraft(a.kind, {lang: _activity(i, n) for lang, i in same.items()})
                        for n, a in enumerate(item.activities)
                    ],
                    levels=levels,
                    source_lines=", ".join(map(str, item.source.lines)) if item.source else "",
                    source_quote=item.source.quote if item.source else "",
                    had_roles=frozenset(item.required_by_role),
                    started_with=dict(levels[None]),
                )
            )
        words: dict[Area | None, list[LevelDraft]] = {None: _levels(base, None)}
        for area in framework.level_words:
            words[area] = _levels(base, area)
        return cls(
            base=base,
            name={lang: f.name for lang, f in base.items()},
            items=items,
            level_words=words,
            parts=FrameworkParts.of(base),
            languages=langs,
        )

    def new_item(self, area: Area, principle: str) -> ItemDraft:
        """A blank item in ``area``, with the next free code (K11, H12 …) and the needed
        levels of the last item in its area as a start."""
        prefix = {Area.KNOWLEDGE: "K", Area.HARD_SKILL: "H", Area.SOFT_SKILL: "S"}.get(area, "A")
        taken = {i.code for i in self.items}
        number = 1
        while f"{prefix}{number}" in taken:
            number += 1
        like = [i for i in self.items if i.area is area]
        levels: dict[GroupRole | None, dict[Stage, int | None]] = {
            r: dict(like[-1].levels[r]) if like else dict.fromkeys(Stage)
            for r in (None, *GroupRole)
        }
        blank = {lang: "" for lang in self.languages}
        return ItemDraft(f"{prefix}{number}", area, principle, dict(blank), dict(blank), [],
                         levels)  # fmt: skip

    def build(self) -> dict[str, Framework]:
        """The edited frameworks, one per language; raises ValidationError naming the
        language and the problem for anything invalid. Nothing is saved here."""
        built = {}
        for lang, base in self.base.items():
            try:
                built[lang] = self._build(lang, base)
            except ValidationError as exc:
                raise ValidationError(
                    "framework.in_language",
                    field=exc.field,
                    language=Term(f"language.{lang}"),
                    problem=exc,
                ) from exc
        return built

    def _build(self, lang: str, base: Framework) -> Framework:
        items = tuple(_item(d, lang) for d in self.items)
        words = {
            area: tuple(
                ScaleLevel(
                    lv.level, lv.label[lang], lv.description[lang], lv.easy_read[lang] or None
                )
                for lv in levels
            )
            for area, levels in self.level_words.items()
        }
        scale = dataclasses.replace(base.scale, levels=words.pop(None))
        return dataclasses.replace(
            base,
            **self.parts.changes(lang, base),
            name=self.name[lang],
            scale=scale,
            items=items,
            level_words={a: lv for a, lv in words.items() if a is not None},
        )


def _activity(item: Item, n: int) -> str:
    return item.activities[n].text if n < len(item.activities) else ""


def _levels(base: dict[str, Framework], area: Area | None) -> list[LevelDraft]:
    per_lang = {
        lang: (f.scale.levels if area is None else f.levels_for(area)) for lang, f in base.items()
    }
    first = next(iter(per_lang.values()))
    return [
        LevelDraft(
            level=lv.level,
            label={lang: levels[n].label for lang, levels in per_lang.items()},
            description={lang: levels[n].description for lang, levels in per_lang.items()},
            easy_read={lang: levels[n].easy_read or "" for lang, levels in per_lang.items()},
        )
        for n, lv in enumerate(first)
    ]


def _item(d: ItemDraft, lang: str) -> Item:
    general = {s: lv for s, lv in d.levels[None].items() if lv is not None}
    by_role = {}
    for role in GroupRole:
        levels = {s: lv for s, lv in d.levels[role].items() if lv is not None}
        follows = role not in d.had_roles and d.levels[role] == d.started_with
        if not follows and (role in d.had_roles or levels != general):
            by_role[role] = levels
    return Item(
        code=d.code,
        area=d.area,
        principle=d.principle,
        text=d.text.get(lang, ""),
        easy_read=d.easy_read.get(lang) or None,
        activities=tuple(Activity(a.kind, a.text.get(lang, "")) for a in d.activities),
        required_by_stage=general,
        required_by_role=by_role,
        source=_source(d),
    )


def _source(d: ItemDraft) -> Source | None:
    """The item's source as typed; none when both its lines and quote are blank."""
    where = f"items[{d.code}].source"
    lines = line_numbers(d.source_lines)
    if lines is None:
        raise ValidationError("item.source_lines_typed", field=f"{where}.lines", item=d.code,
                              typed=d.source_lines.strip())  # fmt: skip
    quote = d.source_quote.strip()
    if not lines and not quote:
        return None
    if not lines or not quote:
        raise ValidationError("item.source_half", field=where, item=d.code)
    return Source(lines, quote)
