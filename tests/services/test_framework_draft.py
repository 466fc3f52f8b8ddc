"""The editor's draft, below Qt: a framework and its Welsh version turned into plain values and
back, checked by the domain's rules only on building."""

from __future__ import annotations

import dataclasses

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.framework import Area, Framework, GroupRole, Stage
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.resources import resource
from coprod_desktop.services.framework_draft import FrameworkDraft
from tests.worded import worded


@pytest.fixture
def welsh() -> Framework:
    path = resource("frameworks", "default.cy.json")
    return framework_from_bytes(path.read_bytes(), str(path))


def test_an_untouched_draft_builds_the_same_frameworks(
    default_framework: Framework, welsh: Framework
) -> None:
    built = FrameworkDraft.of(default_framework, welsh).build()
    assert built == {"en": default_framework, "cy": welsh}


def test_roles_without_a_profile_follow_the_first_row(default_framework: Framework) -> None:
    """A framework with no role profiles (as version 1 files are): raising the level for every
    role raises it for each role too, rather than freezing the old levels as role profiles."""
    plain = dataclasses.replace(
        default_framework,
        items=tuple(dataclasses.replace(i, required_by_role={}) for i in default_framework.items),
    )
    draft = FrameworkDraft.of(plain)
    k1 = draft.items[0]
    k1.levels[None][Stage.FULL_CO_PRODUCTION] = 5
    built = draft.build()["en"].item("K1")
    assert built.required_by_role == {}
    assert built.required_level(Stage.FULL_CO_PRODUCTION, GroupRole.MANAGERS) == 5
    k1.levels[GroupRole.MANAGERS][Stage.CO_DESIGN] = 4  # one role made different: kept
    managers = draft.build()["en"].item("K1").required_by_role[GroupRole.MANAGERS]
    assert managers[Stage.CO_DESIGN] == 4 and set(
        draft.build()["en"].item("K1").required_by_role
    ) == {GroupRole.MANAGERS}


def test_a_new_item_and_a_problem_named_with_its_language(
    default_framework: Framework, welsh: Framework
) -> None:
    draft = FrameworkDraft.of(default_framework, welsh)
    item = draft.new_item(Area.ATTITUDE, "P2")
    assert item.code == f"A{sum(i.area is Area.ATTITUDE for i in draft.items) + 1}"
    item.text = {"en": "We value local knowledge.", "cy": ""}
    draft.items.append(item)
    with pytest.raises(ValidationError) as raised:
        draft.build()
    assert worded(raised.value) == "Welsh: Item text: this must not be empty."
    assert worded(raised.value, "cy").startswith("Cymraeg: ")
    item.text["cy"] = "Rydym yn gwerthfawrogi gwybodaeth leol."
    built = draft.build()
    assert built["en"].item(item.code).text == "We value local knowledge."
    assert (
        built["cy"].item(item.code).required_by_stage
        == built["en"].item(item.code).required_by_stage
    )
