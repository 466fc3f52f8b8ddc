"""The framework-wide parts of a framework being edited, in every language side by side: the
texts of its areas, principles and stages, its description, the notes saying why each group
role's needed levels differ, and the groups a new workshop starts with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import (
    Area,
    AreaText,
    Framework,
    GroupRole,
    Principle,
    RoleProfile,
    Stage,
    StageText,
)
from coprod_desktop.domain.text import long_text

Words = dict[str, str]

#: The paper's line numbers a source may name, and how many (as the framework file allows).
MOST_LINES = 50
LAST_LINE = 100_000
#: A stage's points, at most (the framework file's limit).
MOST_POINTS = 20


class EntryKind(StrEnum):
    """What a framework text describes."""

    FRAMEWORK = "framework"
    AREA = "area"
    PRINCIPLE = "principle"
    STAGE = "stage"


@dataclass
class EntryDraft:
    """One area, principle or stage (or the framework itself, with only a description), its
    words per language. A stage's ``description`` is its summary; its points are one a line."""

    kind: EntryKind
    code: str
    title: Words
    description: Words
    easy_read: Words
    points: Words = field(default_factory=dict)
    easy_title: Words = field(default_factory=dict)


@dataclass
class RoleDraft:
    """Why a group role's needed levels differ: the note per language, the paper's lines as
    typed ("95, 114")."""

    role: GroupRole
    note: Words
    lines: str


@dataclass
class GroupRowDraft:
    """A group a new workshop starts with: its name per language and its role."""

    name: Words
    role: GroupRole | None


@dataclass
class FrameworkParts:
    """Everything of a framework that is not an item or the scale's words."""

    entries: list[EntryDraft]
    roles: list[RoleDraft]
    groups: list[GroupRowDraft]

    @classmethod
    def of(cls, base: dict[str, Framework]) -> FrameworkParts:
        first = next(iter(base.values()))
        entries = [EntryDraft(EntryKind.FRAMEWORK, "", {}, _each(base, lambda f: f.description),
                              {})]  # fmt: skip
        for area in Area:
            entries.append(_entry(EntryKind.AREA, area.value, base,
                                  lambda f, a=area: f.area_text(a)))  # fmt: skip
        for principle in first.principles:  # by code: a version may lack one (then blank)
            entries.append(_entry(EntryKind.PRINCIPLE, principle.code, base,
                                  lambda f, c=principle.code: _principle(f, c)))  # fmt: skip
        for stage in Stage:
            entry = _entry(EntryKind.STAGE, stage.value, base, lambda f, s=stage: f.stage_text(s))
            entry.description = _each(base, lambda f, s=stage: f.stage_text(s).summary)
            entry.points = _each(base, lambda f, s=stage: "\n".join(f.stage_text(s).points))
            entry.easy_title = _each(base, lambda f, s=stage: f.stage_text(s).easy_title or "")
            entries.append(entry)
        roles = []
        for role in GroupRole:
            profiles = {lang: f.role_profile(role) for lang, f in base.items()}
            known = [p for p in profiles.values() if p is not None]
            roles.append(RoleDraft(
                role,
                {lang: p.note if p else "" for lang, p in profiles.items()},
                ", ".join(map(str, known[0].source_lines)) if known else "",
            ))  # fmt: skip
        groups = [
            GroupRowDraft(
                {lang: _nth(f.default_groups, n) for lang, f in base.items()},
                first.default_group_roles.get(name),
            )
            for n, name in enumerate(first.default_groups)
        ]
        return cls(entries, roles, groups)

    def entry(self, kind: EntryKind, code: str) -> EntryDraft:
        return next(e for e in self.entries if e.kind is kind and e.code == code)

    def titles(self, kind: EntryKind, lang: str) -> dict[str, str]:
        """The titles of the areas, principles or stages, by code, as typed in ``lang``."""
        return {e.code: e.title.get(lang, "") for e in self.entries if e.kind is kind}

    def changes(self, lang: str, base: Framework) -> dict[str, Any]:
        """The fields of ``base`` (the ``lang`` version) as edited, for ``dataclasses.replace``;
        raises ValidationError for anything invalid."""
        built: dict[EntryKind, list[Any]] = {kind: [] for kind in EntryKind}
        for entry in self.entries:
            try:
                built[entry.kind].append(_built(entry, lang))
            except ValidationError as exc:  # say which area, principle or stage
                if entry.kind is EntryKind.FRAMEWORK:
                    raise
                first = next(iter(entry.title.values()), "").strip()  # as the editor lists it
                named = entry.code if entry.kind is EntryKind.PRINCIPLE else first or entry.code
                raise ValidationError("framework.in_entry", field=exc.field, entry=named,
                                      problem=exc) from exc  # fmt: skip
        groups, group_roles = self._groups(lang)
        return {
            "description": built[EntryKind.FRAMEWORK][0],
            "areas": tuple(built[EntryKind.AREA]),
            "principles": tuple(built[EntryKind.PRINCIPLE]),
            "stages": tuple(built[EntryKind.STAGE]),
            "roles": tuple(self._roles(lang, base)),
            "default_groups": groups,
            "default_group_roles": group_roles,
        }

    def _roles(self, lang: str, base: Framework) -> list[RoleProfile]:
        profiles = []
        for draft in self.roles:
            note = draft.note.get(lang, "").strip()
            lines = line_numbers(draft.lines)
            if lines is None:
                raise ValidationError("role.source_lines_typed", typed=draft.lines.strip(),
                                      field=f"roles.{draft.role.value}.source_lines")  # fmt: skip
            had = base.role_profile(draft.role) is not None
            if had or lines or any(t.strip() for t in draft.note.values()):
                profiles.append(RoleProfile(draft.role, note, lines))
        return profiles

    def _groups(self, lang: str) -> tuple[tuple[str, ...], dict[str, GroupRole]]:
        names: list[str] = []
        roles: dict[str, GroupRole] = {}
        for number, row in enumerate(self.groups, start=1):
            if not any(n.strip() for n in row.name.values()):
                continue  # a blank row is no group
            name = row.name.get(lang, "").strip()
            if not name:
                raise ValidationError("framework.group_unnamed", field="default_groups",
                                      number=number)  # fmt: skip
            names.append(name)
            if row.role is not None:
                roles[name] = row.role
        return tuple(names), roles


def _built(entry: EntryDraft, lang: str) -> str | AreaText | Principle | StageText:
    """The entry in ``lang``: the framework's description, or an area, principle or stage."""
    title = entry.title.get(lang, "")
    words = entry.description.get(lang, "")
    easy = entry.easy_read.get(lang) or None
    if entry.kind is EntryKind.FRAMEWORK:
        return long_text(words, "description")
    if entry.kind is EntryKind.AREA:
        return AreaText(Area(entry.code), title, words, easy)
    if entry.kind is EntryKind.PRINCIPLE:
        return Principle(entry.code, title, words, easy)
    return StageText(Stage(entry.code), title, words, _points(entry, lang),
                     entry.easy_title.get(lang) or None, easy)  # fmt: skip


def line_numbers(typed: str) -> tuple[int, ...] | None:
    """The paper's line numbers typed as "95, 114 135"; None when they are not whole numbers
    from 1 to :data:`LAST_LINE`, at most :data:`MOST_LINES` of them."""
    parts = [p for p in re.split(r"[\s,;]+", typed.strip()) if p]
    numbers = tuple(int(p) for p in parts if p.isascii() and p.isdigit())
    if (
        len(numbers) != len(parts)
        or len(numbers) > MOST_LINES
        or any(not 1 <= n <= LAST_LINE for n in numbers)
    ):
        return None
    return numbers


def _points(entry: EntryDraft, lang: str) -> tuple[str, ...]:
    points = tuple(p for p in entry.points.get(lang, "").split("\n") if p.strip())
    if len(points) > MOST_POINTS:
        raise ValidationError("framework.too_many_points", field=f"stages.{entry.code}",
                              count=len(points),
                              most=MOST_POINTS)  # fmt: skip
    return points


def _principle(framework: Framework, code: str) -> Principle | None:
    return next((p for p in framework.principles if p.code == code), None)


def _nth(names: tuple[str, ...], n: int) -> str:
    return names[n] if n < len(names) else ""


def _each(base: dict[str, Framework], read: Any) -> Words:
    return {lang: str(read(f)) for lang, f in base.items()}


def _entry(kind: EntryKind, code: str, base: dict[str, Framework], read: Any) -> EntryDraft:
    """An area, principle or stage: ``read`` finds it in each language's framework (None: that
    version lacks it, so its words start blank)."""

    def words(name: str) -> Words:
        return {lang: str(getattr(read(f), name, None) or "") for lang, f in base.items()}

    return EntryDraft(kind, code, words("title"), words("description"), words("easy_read"))
