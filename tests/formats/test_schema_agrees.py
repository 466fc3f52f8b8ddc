"""The published JSON Schemas and the app's readers agree on every document.

Hypothesis takes documents the app writes (random workshops and the corpus's small one) and
changes one or two places in them, choosing values near each rule's edge: text at and one past
its limit, control characters, a line break at the end, blank text, ``null``, integers at and
past their bounds, decimals, wrong types, dropped and unknown fields. Each document goes to the
JSON Schema (``jsonschema``) and to the reader the app imports with:

- what the reader accepts, the schema accepts (the app never takes in a file its own schema
  rejects; and since the writer only writes what the reader reads back, never writes one);
- what the schema accepts, the reader accepts, unless the reader's reason is one of the rules
  a JSON Schema cannot state (``BEYOND_SCHEMA``: levels on the framework's own scale, items and
  groups that must exist, needed levels not falling from stage to stage …), named one by one.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.framework_format import framework_from_bytes, framework_to_dict
from coprod_desktop.formats.reader import DocumentError
from coprod_desktop.formats.workshop_format import workshop_from_bytes, workshop_to_dict
from tests.formats.test_schema import FRAMEWORK_SCHEMA, VALIDATOR
from tests.reliability.test_import_fuzz import BASE
from tests.strategies import workshops

FRAMEWORK_VALIDATOR = jsonschema.Draft202012Validator(FRAMEWORK_SCHEMA)
#: The corpus's small file with a barrier in its log (format version 7).
WITH_BARRIER: dict[str, Any] = copy.deepcopy(BASE) | {"format_version": 7}
WITH_BARRIER["workshop"] = BASE["workshop"] | {
    "barriers": [
        {"what": "No budget for travel", "tag": "resources", "stage": "co_design",
         "principle": None, "owner": "Sam", "next_step": "Ask the board", "group": "g1",
         "status": "open"},
        {"what": "Meetings in office hours", "tag": "culture", "stage": None,
         "principle": "P1", "owner": "", "next_step": "", "group": None, "status": "open"},
    ]
}  # fmt: skip

#: Reasons the reader may refuse a document the schema accepts: each is a rule about how
#: values relate (to the framework's scale, to other fields, to items and groups elsewhere in
#: the file), which a JSON Schema cannot say. The domain's own codes arrive wrapped in
#: ``document.invalid``.
BEYOND_SCHEMA = {
    # A level must be on the framework's own scale (the schema knows only 0-99).
    "scale.outside", "document.tally_level", "paper.level_off_scale",
    # The scale's levels count up by one; level words per area cover the same levels.
    "scale.levels_not_counting", "scale.levels", "scale.level_count",
    "framework.level_words_scale",
    # Needed levels never fall from one stage to the next.
    "item.required_levels_fall",
    # References: an item's principle, the workshop's items in its framework, ratings,
    # actions, plan entries, parking-lot entries and cross-ratings naming groups and items of
    # the file; a default group's role among the roles.
    "item.unknown_principle", "workshop.item_not_in_framework", "workshop.item_not_here",
    "group.rates_item_out_of_scope", "rating.other_item", "action.unknown_group",
    "action.unknown_item", "action.unknown_plan_entry",
    "parking_lot.unknown_group", "plan.unknown_group", "plan.unknown_item",
    "barrier.unknown_group", "barrier.unknown_principle",
    "cross_rating.unknown_group", "cross_rating.item_out_of_scope", "framework.role_for_no_group",
    "framework.no_principle", "framework.no_item",
    # Uniqueness by a field of each entry (JSON Schema's uniqueItems compares whole entries).
    "framework.repeated", "workshop.group_key_twice", "workshop.group_name_twice",
    "document.rated_twice", "cross_rating.twice", "framework.areas", "framework.stages",
    # How fields of one entry relate: a tally adding up to the group's size, an agreed
    # rating with its level, a plan entry not learning from its own group, a group not
    # rating itself.
    "tally.total_mismatch", "rating.agreed_needs_level", "rating.skipped_with_tally",
    "plan.learns_from_itself", "cross_rating.own_group",
    # Half of a UTF-16 pair (a lone \\ud800 escape) is not a character; JSON leaves such a
    # string's meaning open (RFC 8259, section 8.2), and a schema pattern for it would also
    # refuse every emoji in validators that match UTF-16 code units, as JavaScript's do.
    "document.half_pair", "text.half_pair",
    # A version 1 framework may not use what version 2 added (said in the schema's
    # description).
    "document.newer_field",
}  # fmt: skip
#: Levels are checked against the framework's scale where they are read.
_LEVEL_PLACE = re.compile(r"(current_level|required_level|level)$")


def beyond_schema(exc: DocumentError) -> bool:
    """Whether the reader refused for a reason no JSON Schema can state."""
    code = exc.code
    problem = exc.values.get("problem")
    if code == "document.invalid" and isinstance(problem, CoprodError):
        code = problem.code
    if code == "document.out_of_range" and _LEVEL_PLACE.search(exc.path):
        return True
    return code in BEYOND_SCHEMA


# --- documents near each rule's edge ----------------------------------------------------------

_CONTROLS = ["\x00", "\x07", "\t", "\n", "\r", "\x1b", "\x1f", "\x7f", "\x85", "\u2028", "\ud800"]
_LENGTHS = [20, 21, 40, 41, 64, 65, 300, 301, 20_000, 20_001]
_TEXTS = [
    "", " ", "\u00a0", "x", "café-é", "٣", "K1", "g1", "2026-11-12", "20261112", "2026-02-30",
    "2026-11-12\n", "g1\n", "agreed", "split", "skipped", "co_design", "planning", "training",
    "managers", "knowledge", "framework", "group",
]  # fmt: skip
_NUMBERS = [-1, 0, 1, 2, 5, 9, 10, 99, 100, 10_000, 10_001, 100_000, 100_001, 2**63]


def _near(original: Any) -> st.SearchStrategy[Any]:
    """Values near the edges of the rules ``original``'s place may have."""
    anything: list[Any] = [None, True, False, 2.0, 2.5, [], {}, *_NUMBERS, *_TEXTS]
    if isinstance(original, str):
        return st.one_of(
            st.sampled_from(anything),
            st.sampled_from(_CONTROLS).map(lambda c: original + c),
            st.sampled_from(_CONTROLS).map(lambda c: c + original),
            st.sampled_from(_LENGTHS)
            .map(lambda n: (original or "x") * n)
            .map(lambda t: t[: len(t) // max(1, len(original))]),  # its own text, n long
            st.sampled_from(_LENGTHS).map(lambda n: "x" * n),
            st.just(f" {original} "),
        )
    if isinstance(original, bool):
        return st.sampled_from(anything)
    if isinstance(original, int):
        return st.one_of(
            st.sampled_from(anything),
            st.sampled_from([original - 1, original + 1, float(original)]),
        )
    if isinstance(original, list) and original:
        return st.one_of(
            st.sampled_from(anything), st.just(original[:1]), st.just(original + original[:1])
        )
    return st.sampled_from(anything)


def _places(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if at:
        yield at
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _places(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _places(child, (*at, index))


@st.composite
def changed(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with one or two places changed near a rule's edge."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 2))):
        places = list(_places(doc))
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        key = place[-1]
        how = draw(st.sampled_from(["near", "near", "near", "drop", "unknown"]))
        if how == "drop" and isinstance(parent, dict):
            del parent[key]
        elif how == "unknown" and isinstance(parent, dict):
            parent["extra"] = draw(_near(parent[key]))
        else:
            parent[key] = draw(_near(parent[key]))
    return doc


def agree(document: dict[str, Any], validator: jsonschema.Draft202012Validator,
          read: Any) -> None:  # fmt: skip
    """Both accept, both refuse, or the reader refuses for a rule beyond any schema."""
    data = json.dumps(document, ensure_ascii=True).encode("ascii")
    schema_error = next(iter(validator.iter_errors(json.loads(data))), None)
    try:
        read(data, "probe.json")
    except DocumentError as exc:
        assert schema_error is not None or beyond_schema(exc), (
            f"the schema accepts what the reader refuses: {exc!r} at {exc.path}"
        )
        return
    assert schema_error is None, (
        f"the reader accepts what the schema refuses: {schema_error.message[:200]} at "
        f"{'/'.join(map(str, schema_error.absolute_path))}"
    )


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([BASE, WITH_BARRIER]).flatmap(changed))
def test_the_schema_and_the_reader_agree_on_small_files(document: dict[str, Any]) -> None:
    agree(document, VALIDATOR, workshop_from_bytes)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_schema_and_the_reader_agree_on_random_workshops(
    default_framework: Framework, data: st.DataObject
) -> None:
    base = json.loads(json.dumps(workshop_to_dict(data.draw(workshops(default_framework)))))
    agree(data.draw(changed(base)), VALIDATOR, workshop_from_bytes)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_framework_schema_and_reader_agree(
    default_framework: Framework, data: st.DataObject
) -> None:
    base = json.loads(json.dumps(framework_to_dict(default_framework)))
    agree(data.draw(changed(base)), FRAMEWORK_VALIDATOR, framework_from_bytes)


def _at(document: dict[str, Any], place: str, value: Any) -> dict[str, Any]:
    """``document`` with the field at ``place`` (``workshop.groups.0.name``) set to ``value``."""
    doc = copy.deepcopy(document)
    *parents, last = (int(p) if p.isdigit() else p for p in place.split("."))
    target: Any = doc
    for key in parents:
        target = target[key]
    target[last] = value
    return doc


#: Where the two disagreed before they were made to agree (found by the tests above): each
#: place and value, and whether both now accept it.
FOUND = [
    ("exported_by", "CoProd\x07", False),  # control characters: the schema took them
    ("workshop.title", "Riverside\x1b[31m", False),
    ("workshop.groups.0.ratings.0.note", "line one\nline two\ttab", True),
    ("workshop.groups.0.ratings.0.note", "form\x0cfeed", False),
    ("workshop.uid", "abc\n", False),  # Python's "$" matched before a last line break
    ("workshop.held_on", "2026-11-12\n", False),
    ("exported_by", "x" * 301, False),  # the reader's limit, not in the schema
    ("exported_at", None, False),  # null where the schema says text: the reader took it
    ("workshop.groups.0.ratings.0.note", None, False),
    ("workshop.groups.0.ratings.0.private_note", None, False),
    ("workshop.actions.0.who", None, False),
    ("workshop.actions.0.done", None, False),
    ("workshop.groups.0.participant_count", None, True),  # null where the schema allows it
    ("workshop.actions.0.due", None, True),
    ("workshop.groups.0.ratings.0.current_level", 2.0, True),  # 2.0 is an integer to both
    ("workshop.groups.0.participant_count", 5.0, True),
    ("workshop.groups.0.ratings.0.current_level", 2.5, False),
    ("workshop.title", "   ", False),  # blank: the app trims it to nothing
    ("workshop.groups.0.name", "\u00a0", False),
    ("workshop.framework.stages.0.points.0", " ", False),
    ("workshop.framework.principles.0.title", "", False),
    ("workshop.framework.version", "1\x00", False),
]


@pytest.mark.parametrize(("place", "value", "accepted"), FOUND)
def test_what_they_disagreed_on_is_now_read_alike(place: str, value: Any, accepted: bool) -> None:
    document = _at(BASE, place, value)
    data = json.dumps(document).encode()
    assert VALIDATOR.is_valid(json.loads(data)) is accepted
    if accepted:
        workshop_from_bytes(data, "found.coprod")
    else:
        with pytest.raises(DocumentError):
            workshop_from_bytes(data, "found.coprod")


def test_a_framework_default_group_and_source_line_agree(default_framework: Framework) -> None:
    base = json.loads(json.dumps(framework_to_dict(default_framework)))
    sourced = next(n for n, item in enumerate(base["items"]) if "source" in item)
    for document in (
        _at(base, "default_groups.0.name", " "),  # the domain did not check it
        _at(base, f"items.{sourced}.source.lines.0", 100_001),  # the schema had no limit
    ):
        data = json.dumps(document).encode()
        assert not FRAMEWORK_VALIDATOR.is_valid(document)
        with pytest.raises(DocumentError):
            framework_from_bytes(data, "found.json")


def test_the_documents_changed_are_valid_to_both_before_the_change() -> None:
    for document in (BASE, WITH_BARRIER):
        VALIDATOR.validate(document)
        workshop = workshop_from_bytes(json.dumps(document).encode(), "base.coprod")
    assert len(workshop.barriers) == 2
