"""Workshop files: round trips lose nothing; bad files are refused with a precise message."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.formats.reader import MAX_DEPTH, DocumentError
from coprod_desktop.formats.workshop_format import (
    FORMAT_VERSION,
    workshop_from_bytes,
    workshop_to_dict,
)
from coprod_desktop.resources import resource
from coprod_desktop.services.demo import build_demo
from tests.strategies import workshops
from tests.worded import raises_worded, worded


@pytest.fixture(scope="module")
def demo(default_framework: Framework) -> Workshop:
    spec = json.loads(resource("demo", "demo-workshop.json").read_text(encoding="utf-8"))
    return build_demo(default_framework, spec, dt.date(2026, 11, 12))


def encode(workshop: Workshop) -> bytes:
    return json.dumps(workshop_to_dict(workshop), ensure_ascii=False).encode()


def test_demo_round_trips_exactly(demo: Workshop) -> None:
    assert workshop_from_bytes(encode(demo), "demo.coprod") == demo


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_any_valid_workshop_round_trips(default_framework: Framework, data: st.DataObject) -> None:
    workshop = data.draw(workshops(default_framework))
    assert workshop_from_bytes(encode(workshop), "w.coprod") == workshop


def test_a_version_2_file_opens_with_every_rating_and_no_needed_level_source(
    demo: Workshop,
) -> None:
    doc = copy.deepcopy(workshop_to_dict(demo))
    doc["format_version"] = 2
    for group in doc["workshop"]["groups"]:
        for rating in group["ratings"]:
            del rating["needed_from"], rating["needed_for"]
    old = workshop_from_bytes(json.dumps(doc).encode(), "old.coprod")
    for before, after in zip(demo.groups, old.groups, strict=True):
        assert set(after.ratings) == set(before.ratings)
        for code, rating in after.ratings.items():
            assert rating.required_level == before.ratings[code].required_level
            assert (rating.needed_from, rating.needed_for) == (None, None)
    assert any(r.needed_from for g in demo.groups for r in g.ratings.values())


def mutated(demo: Workshop, change: Any) -> bytes:
    doc = copy.deepcopy(workshop_to_dict(demo))
    change(doc)
    return json.dumps(doc).encode()


def _set(path: list[Any], value: Any) -> Any:
    def change(doc: Any) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: list[Any]) -> Any:
    def change(doc: Any) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def _duplicate_rating(doc: Any) -> None:
    ratings = doc["workshop"]["groups"][0]["ratings"]
    ratings.append(ratings[0])


def _duplicate_group_key(doc: Any) -> None:
    groups = doc["workshop"]["groups"]
    groups[1]["key"] = groups[0]["key"]


BAD_CHANGES = [
    (
        "unknown needed level source",
        _set(["workshop", "groups", 0, "ratings", 0, "needed_from"], "guessed"),
        "is not a known needed level source",
    ),
    (
        "wrong format",
        _set(["format"], "something-else"),
        "(format): this must be “coprod-workshop”",
    ),
    (
        "newer version",
        _set(["format_version"], FORMAT_VERSION + 1),
        f"(format_version): version {FORMAT_VERSION + 1} is not supported",
    ),
    (
        "unknown group role",
        _set(["workshop", "groups", 0, "role"], "mayor"),
        "is not a known group role",
    ),
    ("missing title", _delete(["workshop", "title"]), "(workshop): the field “title” is missing"),
    ("unknown field", _set(["workshop", "colour"], "red"), "unknown field, “colour”"),
    (
        "title wrong type",
        _set(["workshop", "title"], 42),
        "(workshop.title): this must be text, not a number",
    ),
    (
        "level off scale",
        _set(["workshop", "groups", 0, "ratings", 0, "current_level"], 9),
        "(workshop.groups[0].ratings[0].current_level): 9 is outside 1–5",
    ),
    (
        "level as text",
        _set(["workshop", "groups", 0, "ratings", 0, "current_level"], "3"),
        "current_level): this must be a whole number, not text",
    ),
    (
        "bad status",
        _set(["workshop", "groups", 0, "ratings", 0, "status"], "maybe"),
        "“maybe” is not a known rating status",
    ),
    ("duplicate rating", _duplicate_rating, "item K1 is rated a second time"),
    ("duplicate group", _duplicate_group_key, "is used twice"),
    ("bad date", _set(["workshop", "held_on"], "12/11/2026"), "is not a date written YYYY-MM-DD"),
    (
        "item not in framework",
        _set(["workshop", "items", 0], "Z99"),
        "Item Z99 is not in the framework",
    ),
    (
        "tally does not add up",
        _set(["workshop", "groups", 0, "participant_count"], 99),
        "but the group has 99 participants",
    ),
    (
        "huge note",
        _set(["workshop", "groups", 0, "ratings", 0, "note"], "x" * 30_000),
        "note): this is 30,000 characters long; the limit is 20,000",
    ),
    ("bad uid", _set(["workshop", "uid"], "../../etc"), "(workshop.uid): this must be letters"),
    # What the JSON Schema refuses, the reader refuses in words: str.isalnum() and isdigit()
    # take "é", "٣" and "¹" (int("¹") then crashed the import); "02" collided with "2".
    ("non-ASCII uid", _set(["workshop", "uid"], "café-é"), "(workshop.uid): this must be letters"),
    ("Arabic-digit key", _set(["workshop", "groups", 0, "key"], "٣"), "must be letters"),
    (
        "superscript tally level",
        _set(["workshop", "groups", 0, "ratings", 0, "tally"], {"¹": 1}),
        "“¹” is not a level on the scale",
    ),
    ("basic-format date", _set(["workshop", "held_on"], "20261112"), "is not a date written"),
    ("exporter as a number", _set(["exported_by"], 42), "(exported_by): this must be text"),
    (
        "tally level written twice",
        _set(["workshop", "groups", 0, "ratings", 0, "tally"], {"02": 1, "2": 1}),
        "“02” is not a level on the scale",
    ),
]


@pytest.mark.parametrize(
    ("label", "change", "message"), BAD_CHANGES, ids=[c[0] for c in BAD_CHANGES]
)
def test_bad_content_is_refused_naming_the_field(
    demo: Workshop, label: str, change: Any, message: str
) -> None:
    with pytest.raises(DocumentError) as info:
        workshop_from_bytes(mutated(demo, change), "bad.coprod")
    assert worded(info.value).startswith("bad.coprod")
    assert message in worded(info.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b'{"format": "coprod-workshop",', "is not valid JSON (line 1"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
        (b"SQLite format 3\x00" + bytes(200), "is an SQLite database"),
        (b"[" * (MAX_DEPTH + 5) + b"]" * (MAX_DEPTH + 5), f"nested more than {MAX_DEPTH} levels"),
        (b"[1, 2, 3]", "must be an object, not a list"),
        (b'{"format": NaN}', "NaN"),
    ],
)
def test_malformed_bytes_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as info:
        workshop_from_bytes(data, "x.coprod")
    assert message in worded(info.value)


def test_oversized_document_is_refused_before_parsing() -> None:
    from coprod_desktop.formats.reader import MAX_DOCUMENT_BYTES

    with raises_worded(DocumentError, match="the limit is"):
        workshop_from_bytes(b" " * (MAX_DOCUMENT_BYTES + 1), "big.coprod")
