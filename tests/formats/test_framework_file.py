"""Framework files, version 2: needed levels per group role, level words per area, sources;
version 1 files still read; the shipped JSON Schema agrees with what the app writes."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource

from coprod_desktop.domain.framework import Area, Framework, GroupRole, Stage
from coprod_desktop.formats.framework_format import framework_from_bytes, framework_to_dict
from coprod_desktop.formats.reader import DocumentError
from coprod_desktop.resources import resource
from tests.conftest import ROOT
from tests.worded import raises_worded, worded

SCHEMA = json.loads(resource("schemas", "framework-file.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _read(document: dict[str, Any]) -> Framework:
    return framework_from_bytes(json.dumps(document).encode(), "ours.json")


def _document(framework: Framework) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(json.dumps(framework_to_dict(framework)))
    return document


def test_schema_is_valid_and_the_shipped_frameworks_match_it() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    for language in ("en", "cy"):
        VALIDATOR.validate(
            json.loads(resource("frameworks", f"default.{language}.json").read_text())
        )


def test_workshop_schema_refers_to_the_shipped_framework_schema(
    default_framework: Framework,
) -> None:
    workshop_schema = json.loads((ROOT / "docs" / "workshop-file.schema.json").read_text())
    registry: Registry[Any] = Registry().with_resource(
        SCHEMA["$id"], Resource.from_contents(SCHEMA)
    )
    validator = jsonschema.Draft202012Validator(workshop_schema, registry=registry)
    framework = _document(default_framework)
    assert VALIDATOR.is_valid(framework)
    framework["format_version"] = 3
    assert not VALIDATOR.is_valid(framework)
    assert not validator.is_valid({"format": "coprod-workshop", "format_version": 3,
                                   "workshop": {"framework": framework}})  # fmt: skip


def test_round_trip_keeps_role_profiles_level_words_and_sources(
    default_framework: Framework,
) -> None:
    document = _document(default_framework)
    assert document["format_version"] == 2
    assert _read(document) == default_framework
    assert default_framework.default_group_roles == {
        "Service users and carers": GroupRole.SERVICE_USERS,
        "Community and voluntary groups": GroupRole.COMMUNITY,
        "Front-line staff": GroupRole.FRONT_LINE,
        "Managers and commissioners": GroupRole.MANAGERS,
    }


def test_the_default_roles_have_different_justified_profiles(default_framework: Framework) -> None:
    profiles = {
        role: tuple(i.required_level(s, role) for i in default_framework.items for s in Stage)
        for role in GroupRole
    }
    general = tuple(i.required_level(s) for i in default_framework.items for s in Stage)
    four = [GroupRole.SERVICE_USERS, GroupRole.COMMUNITY, GroupRole.FRONT_LINE, GroupRole.MANAGERS]
    assert len({profiles[r] for r in four} | {general}) == 5  # each differs from the others
    assert profiles[GroupRole.COMMISSIONERS] == profiles[GroupRole.MANAGERS]
    h1 = default_framework.item("H1")  # reading a budget: not the same for everyone
    assert h1.required_level(Stage.CO_DELIVERY, GroupRole.SERVICE_USERS) == 2
    assert h1.required_level(Stage.CO_DELIVERY, GroupRole.MANAGERS) == 4
    for role in GroupRole:
        profile = default_framework.role_profile(role)
        assert profile is not None and profile.note and profile.source_lines, role


def test_knowledge_and_attitude_have_their_own_level_words(default_framework: Framework) -> None:
    f = default_framework
    skills = [lv.description for lv in f.levels_for(Area.HARD_SKILL)]
    assert f.levels_for(Area.SOFT_SKILL) == f.scale.levels
    for area in (Area.KNOWLEDGE, Area.ATTITUDE):
        words = [lv.description for lv in f.levels_for(area)]
        assert [lv.level for lv in f.levels_for(area)] == [1, 2, 3, 4, 5]
        assert not set(words) & set(skills)
        # Not a skills scale: no "tried it", "with help", "do this".
        assert not any(w in d for d in words for w in ("tried", "help and", "do this"))


def test_a_version_1_file_still_reads(default_framework: Framework) -> None:
    document = _document(default_framework)
    document["format_version"] = 1
    del document["roles"], document["scale"]["by_area"]
    for item in document["items"]:
        item.pop("required_by_role", None)
        item.pop("source", None)
    for group in document["default_groups"]:
        del group["role"]
    old = _read(document)
    assert old.items[0].required_by_role == {} and old.level_words == {}
    assert old.levels_for(Area.ATTITUDE) == old.scale.levels
    # A version 1 file that uses what version 2 added is refused, naming the field.
    document["items"][2]["required_by_role"] = {"managers": {"co_design": 3}}
    with raises_worded(DocumentError, r"\(items\[2\]\.required_by_role\): a version 1 framework"):
        _read(document)


BAD = [
    (lambda d: d["items"][0]["required_by_role"]["managers"].update(co_delivery=1),
     r"items\[K1\]\.required_by_role\.managers\.co_delivery.*must not fall"),
    (lambda d: d["items"][0]["required_by_role"].update(mayors={"co_design": 2}),
     r"“mayors” is not a known group role"),
    (lambda d: d["items"][1]["required_by_role"]["community"].update(co_design=7),
     r"7 is outside the scale 1–5"),
    (lambda d: d["scale"]["by_area"]["attitude"].pop(),
     r"The level words for attitude must cover the same levels as the scale"),
    (lambda d: d["default_groups"][0].update(role="mayor"), r"“mayor” is not a known group role"),
    (lambda d: d["areas"][1].update(description="Reading\x07budgets"),
     r"\(areas\[1\]\.description\): .*control character U\+0007"),
    (lambda d: d["stages"][2]["points"].append("Tab\x1b escape"), r"\(stages\[2\]\.points\[4\]\): .*U\+001B"),
    (lambda d: d["items"][4]["activities"][0].update(text="A\x00B"), r"\(items\[4\]\.activities\[0\]\.text\): .*U\+0000"),
    (lambda d: d["principles"][0].update(title="P1\nsplit"), r"\(principles\[0\]\.title\): .*U\+000A"),
    (lambda d: d["items"][5].update(easy_read="We\x0bknow"), r"\(items\[5\]\.easy_read\): .*U\+000B"),
]  # fmt: skip


@pytest.mark.parametrize(("spoil", "message"), BAD)
def test_bad_framework_input_is_named(
    default_framework: Framework, spoil: Any, message: str
) -> None:
    document = copy.deepcopy(_document(default_framework))
    spoil(document)
    with pytest.raises(DocumentError) as info:
        _read(document)
    text = worded(info.value)
    assert text.startswith("ours.json") and re.search(message, text), text
    assert worded(info.value, "cy") != text  # worded in Welsh too
