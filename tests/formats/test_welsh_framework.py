"""The shipped Welsh framework mirrors the English one: same codes and shape, every text Welsh."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.resources import resource

EN = resource("frameworks", "default.en.json")
CY = resource("frameworks", "default.cy.json")
#: Fields that are codes or numbers, the same in every language.
CODES = {
    "format",
    "format_version",
    "version",
    "code",
    "area",
    "principle",
    "kind",
    "level",
    "role",
}


def shape(node: Any) -> Any:
    """``node`` with every translatable text replaced by a marker: what must match exactly."""
    if isinstance(node, dict):
        return {k: (v if k in CODES else shape(v)) for k, v in node.items() if k != "key"}
    if isinstance(node, list):
        return [shape(v) for v in node]
    if isinstance(node, str):
        return "<text>"
    return node


def texts(node: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [t for k, v in node.items() if k not in CODES for t in texts(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [t for i, v in enumerate(node) for t in texts(v, f"{path}[{i}]")]
    return [(path, node)] if isinstance(node, str) else []


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_welsh_framework_has_the_same_codes_and_structure() -> None:
    en, cy = load(EN), load(CY)
    en.pop("language")
    language = cy.pop("language")
    assert language == "cy"
    assert shape(cy) == shape(en)
    assert cy["key"] != en["key"]


def test_every_welsh_text_is_filled_in_and_translated() -> None:
    en = dict(texts(load(EN)))
    for path, text in texts(load(CY)):
        assert text.strip(), f"empty text at {path}"
        same = text == en[path]
        # Only names that are the same in both languages may stay as they are, and the
        # paper's own words an item quotes (the paper is in English).
        quote = path.endswith(".source.quote")
        assert not same or quote or path in {".scale.levels[4].label"} or len(text) < 6, path


def test_welsh_framework_loads_and_keeps_its_language() -> None:
    en = framework_from_bytes(EN.read_bytes(), str(EN))
    cy = framework_from_bytes(CY.read_bytes(), str(CY))
    assert cy.language == "cy"
    assert [i.code for i in cy.items] == [i.code for i in en.items]
    assert [i.required_by_stage for i in cy.items] == [i.required_by_stage for i in en.items]
    assert [i.required_by_role for i in cy.items] == [i.required_by_role for i in en.items]
    assert (
        cy.default_group_roles[cy.default_groups[3]] == en.default_group_roles[en.default_groups[3]]
    )
    assert [s.title for s in cy.stages] == [
        "Cyfranogiad Gweithredol",
        "Cyd-ddylunio",
        "Cyd-gyflenwi",
        "Cyd-gynhyrchu Llawn",
    ]
    assert cy.scale.levels[0].label == "Ddim eto"
    assert cy.default_groups[0] == "Defnyddwyr gwasanaeth a gofalwyr"
