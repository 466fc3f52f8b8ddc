"""A framework being edited holds everything its file holds: the texts of areas, principles and
stages, level Easy Read words, role notes, default groups and item sources, in English and
Welsh; unchanged it builds back exactly, and anything invalid is refused naming the problem."""

from __future__ import annotations

import dataclasses
import json

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Area, Framework, GroupRole, Stage
from coprod_desktop.formats.framework_format import framework_from_bytes, framework_to_dict
from coprod_desktop.resources import builtin_framework_files
from coprod_desktop.services.framework_draft import FrameworkDraft
from coprod_desktop.services.framework_parts import EntryKind, GroupRowDraft
from coprod_desktop.wording.errors import describe
from tests.formats.test_framework_file import VALIDATOR


@pytest.fixture
def default_pair() -> dict[str, Framework]:
    frameworks = {}
    for path in builtin_framework_files():
        framework = framework_from_bytes(path.read_bytes(), str(path))
        frameworks[framework.language] = framework
    return frameworks


@pytest.fixture
def draft(default_pair: dict[str, Framework]) -> FrameworkDraft:
    return FrameworkDraft.of(default_pair["en"], default_pair["cy"])


def test_an_unchanged_draft_builds_both_languages_back_exactly(
    draft: FrameworkDraft, default_pair: dict[str, Framework]
) -> None:
    assert draft.build() == default_pair


def test_every_part_of_the_file_is_edited_in_both_languages(draft: FrameworkDraft) -> None:
    parts = draft.parts
    co_design = parts.entry(EntryKind.STAGE, Stage.CO_DESIGN.value)
    co_design.points["cy"] = "Pwynt un.\n\nPwynt dau."  # a blank line is no point
    co_design.easy_title["en"] = "Planning it together"
    parts.entry(EntryKind.AREA, Area.ATTITUDE.value).easy_read["en"] = "What we believe."
    parts.entry(EntryKind.PRINCIPLE, "P4").title["cy"] = "Rhwydweithiau cymheiriaid"
    parts.entry(EntryKind.FRAMEWORK, "").description["en"] = "Tailored for Wenbury."
    commissioners = next(r for r in parts.roles if r.role is GroupRole.COMMISSIONERS)
    commissioners.note = {"en": "They hold the money.", "cy": "Nhw sy'n dal yr arian."}
    commissioners.lines = "57; 135 161"
    parts.groups[0].name = {"en": "Tenants", "cy": "Tenantiaid"}
    parts.groups[1] = GroupRowDraft({"en": " ", "cy": ""}, GroupRole.COMMUNITY)  # dropped
    parts.groups.append(GroupRowDraft({"en": "Councillors", "cy": "Cynghorwyr"},
                                      GroupRole.COMMISSIONERS))  # fmt: skip
    draft.level_words[None][0].easy_read["cy"] = "Dim eto."
    k1 = draft.items[0]
    k1.source_lines, k1.source_quote = "92, 132", "co-production is about seeing people as assets"

    built = draft.build()
    english, welsh = built["en"], built["cy"]
    assert welsh.stage_text(Stage.CO_DESIGN).points == ("Pwynt un.", "Pwynt dau.")
    assert english.stage_text(Stage.CO_DESIGN).easy_title == "Planning it together"
    assert english.area_text(Area.ATTITUDE).easy_read == "What we believe."
    assert welsh.principle("P4").title == "Rhwydweithiau cymheiriaid"
    assert english.description == "Tailored for Wenbury."
    profile = welsh.role_profile(GroupRole.COMMISSIONERS)
    assert profile is not None and profile.note == "Nhw sy'n dal yr arian."
    assert profile.source_lines == (57, 135, 161)
    assert english.default_groups == ("Tenants", "Front-line staff",
                                      "Managers and commissioners", "Councillors")  # fmt: skip
    assert welsh.default_groups[0] == "Tenantiaid"
    assert welsh.default_group_roles["Cynghorwyr"] is GroupRole.COMMISSIONERS
    assert welsh.scale.levels[0].easy_read == "Dim eto."
    for framework in (english, welsh):
        source = framework.item("K1").source
        assert source is not None and source.lines == (92, 132)


def test_clearing_a_source_removes_it(draft: FrameworkDraft) -> None:
    k11 = next(i for i in draft.items if i.code == "K11")
    k11.source_lines, k11.source_quote = "", "  "
    assert draft.build()["cy"].item("K11").source is None


@pytest.mark.parametrize(
    ("change", "code", "sentence"),
    [
        (lambda d: setattr(d.items[0], "source_lines", "12a"), "item.source_lines_typed",
         "English: Item K1: “12a” is not a list of the paper's line numbers"),
        (lambda d: setattr(d.items[0], "source_lines", "0"), "item.source_lines_typed",
         "Item K1: “0” is not"),
        (lambda d: setattr(d.items[0], "source_lines", " ".join(["5"] * 51)),
         "item.source_lines_typed", "at most 50"),
        (lambda d: setattr(d.items[0], "source_quote", "A quote with no lines."),
         "item.source_half", "Item K1: a source needs both"),
        (lambda d: setattr(d.parts.roles[0], "lines", "ninety-five"), "role.source_lines_typed",
         "“ninety-five” is not a list of line numbers"),
        (lambda d: d.parts.groups[2].name.update(cy=""), "framework.group_unnamed",
         "Welsh: Default group 3 has no name in this language"),
        (lambda d: d.parts.entry(EntryKind.STAGE, "co_delivery").points.update(
            en="\n".join(f"Point {n}." for n in range(21))), "framework.too_many_points",
         "English: Co-delivery: This stage has 21 points; a stage has at most 20"),
        (lambda d: d.parts.entry(EntryKind.AREA, "knowledge").title.update(cy=" "),
         "framework.in_entry", "Welsh: Knowledge: Area title: this must not be empty."),
        (lambda d: d.parts.entry(EntryKind.PRINCIPLE, "P2").description.update(en="Bell\x07"),
         "framework.in_entry", "English: P2: Principle description: this contains the "
         "control character U+0007."),
        (lambda d: d.parts.entry(EntryKind.STAGE, "co_design").points.update(cy="Un\x1bDau"),
         "framework.in_entry", "Welsh: Co-design: Stage point: this contains"),
        (lambda d: d.parts.entry(EntryKind.FRAMEWORK, "").description.update(cy="Cloch\x07"),
         "text.control_character", "Welsh: Description: this contains the control character"),
    ],
)  # fmt: skip
def test_anything_invalid_is_refused_naming_the_problem(
    draft: FrameworkDraft, change: object, code: str, sentence: str
) -> None:
    change(draft)  # type: ignore[operator]
    with pytest.raises(ValidationError) as caught:
        draft.build()
    error = caught.value
    assert error.code == "framework.in_language"
    codes: list[str] = []
    inner: object = error
    while isinstance(inner, ValidationError):  # the language, the entry, the problem itself
        codes.append(inner.code)
        inner = inner.values.get("problem")
    assert code in codes
    assert sentence in describe(error, "en")
    assert "{" not in describe(error, "cy")


def test_what_the_editor_builds_matches_the_schema_and_reads_back(draft: FrameworkDraft) -> None:
    """Up to the file's limits: 20 points, 50 paper lines, line 100,000, a role note where the
    default has none, a new default group; each language written, checked against the JSON
    Schema and read back equal."""
    stage = draft.parts.entry(EntryKind.STAGE, Stage.FULL_CO_PRODUCTION.value)
    stage.points = {lang: "\n".join(f"{lang} {n}" for n in range(20)) for lang in ("en", "cy")}
    commissioners = next(r for r in draft.parts.roles if r.role is GroupRole.COMMISSIONERS)
    commissioners.note = {"en": "Money.", "cy": ""}  # a note in one language only
    commissioners.lines = ", ".join(str(n) for n in range(1, 50)) + ", 100000"
    draft.parts.groups.append(GroupRowDraft({"en": "Board", "cy": "Bwrdd"}, None))
    draft.items[-1].source_lines, draft.items[-1].source_quote = "1", "The first line."
    draft.parts.entry(EntryKind.PRINCIPLE, "P1").description["cy"] = ""
    draft.parts.entry(EntryKind.AREA, Area.KNOWLEDGE.value).easy_read["en"] = ""
    for framework in draft.build().values():
        document = json.loads(json.dumps(framework_to_dict(framework)))
        VALIDATOR.validate(document)
        assert framework_from_bytes(json.dumps(document).encode(), "edited.json") == framework


def test_a_welsh_version_lacking_a_principle_opens_and_asks_for_its_words(
    default_pair: dict[str, Framework],
) -> None:
    """A pair imported apart may differ: the missing principle starts blank in Welsh, and is
    named until it has its words; then the Welsh version has it too."""
    welsh = default_pair["cy"]
    items = tuple(dataclasses.replace(i, principle="P1") if i.principle == "P4" else i
                  for i in welsh.items)  # fmt: skip
    fewer = dataclasses.replace(welsh, principles=welsh.principles[:3], items=items)
    draft = FrameworkDraft.of(default_pair["en"], fewer)
    p4 = draft.parts.entry(EntryKind.PRINCIPLE, "P4")
    assert p4.title == {"en": default_pair["en"].principle("P4").title, "cy": ""}
    with pytest.raises(ValidationError) as caught:
        draft.build()
    assert describe(caught.value, "en") == "Welsh: P4: Principle title: this must not be empty."
    p4.title["cy"], p4.description["cy"] = "Rhwydweithiau", "Mae cymheiriaid yn dysgu."
    assert draft.build()["cy"].principle("P4").title == "Rhwydweithiau"
