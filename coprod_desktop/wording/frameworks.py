"""A framework and the framework library in words, for the command line (`frameworks list`,
`frameworks show`), in the reader's language."""

from __future__ import annotations

from coprod_desktop.domain.framework import Framework, GroupRole, Item, Stage
from coprod_desktop.domain.summary import FrameworkSummary
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP, translate
from coprod_desktop.wording.names import role_name

BUILT_IN = QT_TRANSLATE_NOOP("Frameworks", "built-in")
EDITABLE = QT_TRANSLATE_NOOP("Frameworks", "editable")
ITEMS = QT_TRANSLATE_NOOP("Frameworks", "items: {count}")
LEVELS_FOR = QT_TRANSLATE_NOOP("Frameworks", "Levels for {area}:")
NEEDED_BY_STAGE = QT_TRANSLATE_NOOP("Frameworks", "Needed levels by stage ({stages}):")
PAPER_LINES = QT_TRANSLATE_NOOP("Frameworks", "paper, lines {lines}")
EVERY_ROLE = QT_TRANSLATE_NOOP("Frameworks", "every role")
FROM_PAPER = QT_TRANSLATE_NOOP("Frameworks", "From the paper, lines {lines}: “{quote}”")
WROTE = QT_TRANSLATE_NOOP("Frameworks", "Wrote {path}")


def _say(language: str, text: str) -> str:
    return translate(language, "Frameworks", text)


def wrote(path: object, language: str) -> str:
    """What the command line says once it has written a file."""
    return _say(language, WROTE).format(path=path)


def library_line(summary: FrameworkSummary, language: str) -> str:
    """One framework of the library: key, language, items, built-in or editable, name."""
    kind = _say(language, BUILT_IN if summary.builtin else EDITABLE)
    items = _say(language, ITEMS).format(count=summary.item_count)
    return f"{summary.key}\t{summary.language}\t{items}\t{kind}\t{summary.name}"


def framework_lines(framework: Framework, language: str) -> list[str]:
    """The whole framework as lines of text: identity, level words per area, role profiles,
    and each item with its needed levels per stage (for every role, then each role whose
    profile differs) and its source in the paper."""
    f = framework
    lines = [f"{f.name} ({f.key}, {f.language}, {f.version})",
             _say(language, ITEMS).format(count=len(f.items))]  # fmt: skip
    if f.description:
        lines.append(f.description)
    for area in f.areas:
        lines += ["", _say(language, LEVELS_FOR).format(area=area.title)]
        lines += [f"  {lv.level} {lv.label}: {lv.description}" for lv in f.levels_for(area.area)]
    stages = " / ".join(s.title for s in f.stages)
    lines += ["", _say(language, NEEDED_BY_STAGE).format(stages=stages)]
    for profile in f.roles:
        lines.append(f"  {role_name(profile.role, language)}: {profile.note}")
        if profile.source_lines:
            where = ", ".join(map(str, profile.source_lines))
            lines.append("    " + _say(language, PAPER_LINES).format(lines=where))
    for item in f.items:
        area_title = f.area_text(item.area).title
        lines += ["", f"{item.code} · {area_title} · {item.principle}: {item.text}"]
        lines.append("  " + _levels(_say(language, EVERY_ROLE), item, None))
        for role, levels in item.required_by_role.items():
            if levels != item.required_by_stage:
                lines.append("  " + _levels(role_name(role, language), item, role))
        if item.source is not None:
            where = ", ".join(map(str, item.source.lines))
            lines.append(
                "  " + _say(language, FROM_PAPER).format(lines=where, quote=item.source.quote)
            )
    return lines


def _levels(who: str, item: Item, role: GroupRole | None) -> str:
    levels = (item.required_level(s, role) for s in Stage)
    return f"{who}: " + " ".join("–" if lv is None else str(lv) for lv in levels)
