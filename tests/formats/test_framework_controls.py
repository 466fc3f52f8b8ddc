"""Control characters in a framework's texts are refused, naming the place (they reached the
CSV as raw bytes before); tab and line breaks stay allowed in long texts, as in notes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.framework_format import framework_from_bytes, framework_to_dict
from coprod_desktop.formats.reader import DocumentError
from coprod_desktop.formats.workshop_format import workshop_from_bytes, workshop_to_dict
from coprod_desktop.wording.errors import describe
from tests.report.limits import custom_items, workshop_of

Edit = Callable[[dict[str, Any], str], None]

PLACES: dict[str, tuple[Edit, str]] = {
    "item statement": (lambda d, t: d["items"][0].__setitem__("text", t), "items[0].text"),
    "scale label": (
        lambda d, t: d["scale"]["levels"][0].__setitem__("label", t),
        "scale.levels[0].label",
    ),
    "stage point": (lambda d, t: d["stages"][0]["points"].__setitem__(0, t), "points[0]"),
    "framework name": (lambda d, t: d.__setitem__("name", t), "name"),
}


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("character", ["\x07", "\x1b", "\x00", "\x0c"])
def test_a_control_character_in_a_framework_text_is_refused(
    default_framework: Framework, place: str, character: str
) -> None:
    edit, path = PLACES[place]
    document = framework_to_dict(default_framework)
    edit(document, f"Before{character}after")
    with pytest.raises(DocumentError) as refused:
        framework_from_bytes(json.dumps(document).encode(), "bank.json")
    said = describe(refused.value, "en")
    assert f"control character U+{ord(character):04X}" in said
    assert path in said


def test_tab_and_line_breaks_stay_allowed_in_long_texts(default_framework: Framework) -> None:
    document = framework_to_dict(default_framework)
    document["items"][0]["text"] = "First line\nSecond\tline\r\nthird"
    framework = framework_from_bytes(json.dumps(document).encode(), "bank.json")
    assert framework.items[0].text.startswith("First line\nSecond\tline")
    document["scale"]["levels"][0]["label"] = "Two\nlines"
    with pytest.raises(DocumentError):
        framework_from_bytes(json.dumps(document).encode(), "bank.json")


def test_a_workshop_file_whose_framework_holds_one_is_refused(
    default_framework: Framework,
) -> None:
    framework = custom_items(default_framework, 3, None, "Plain statement")
    document = workshop_to_dict(workshop_of(framework))
    document["workshop"]["framework"]["items"][1]["text"] = "Escape \x1b[31m red"
    with pytest.raises(DocumentError) as refused:
        workshop_from_bytes(json.dumps(document).encode(), "riverside.coprod")
    assert "U+001B" in describe(refused.value, "en")
