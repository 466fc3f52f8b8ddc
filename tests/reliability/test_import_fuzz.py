"""Property-based fuzzing of valid-looking workshop files.

A valid document (the corpus base, or a random workshop from tests/strategies.py) is mutated
a few times: keys dropped, values swapped for other types, numbers out of range, random
Unicode (controls, lone surrogates, right-to-left marks). Every outcome must be a clean
import or a DocumentError naming the file; never another exception. A refused import leaves
the store as it was.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.formats.reader import DocumentError
from coprod_desktop.formats.workshop_format import workshop_from_bytes, workshop_to_dict
from coprod_desktop.services.exchange import WorkshopExchange
from tests.strategies import workshops
from tests.worded import raises_worded, worded

BASE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "data/bad_files/valid.coprod").read_text("utf-8")
)

# Any code point except lone surrogates for "text" (JSON cannot carry those raw in UTF-8);
# lone surrogates arrive through the escaped form below.
wild_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
wrong_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**40), 10**40),
    st.integers(-3, 12),
    st.floats(allow_nan=True, allow_infinity=True),
    wild_text,
    st.sampled_from(["", " ", "K1", "g1", "agreed", "split", "co_design", "2025-02-29",
                     "\u202eevil", "\ud800", "x" * 400, "=cmd|' /C calc'!A0"]),
    st.lists(st.integers(0, 5), max_size=3),
    st.dictionaries(st.sampled_from(["1", "2", "9", "x", ""]), st.integers(-2, 20), max_size=3),
)  # fmt: skip


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*at, index))


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with one to four random changes."""
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = draw(st.sampled_from(["drop", "replace", "replace", "text", "add"]))
        if action == "drop":
            del parent[key]
        elif action == "replace":
            parent[key] = draw(wrong_values)
        elif action == "text" and isinstance(parent[key], str):
            parent[key] = draw(wild_text) + parent[key] + draw(wild_text)
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "note", "tally", "uid"]))] = draw(wrong_values)
    return doc


def encode(doc: dict[str, Any]) -> bytes:
    # ensure_ascii writes any lone surrogate as a \ud800 escape, as a hostile file could.
    return json.dumps(doc, ensure_ascii=True, allow_nan=True).encode("ascii")


def check_outcome(data: bytes) -> bool:
    """True if the file reads as a workshop; False for a DocumentError naming the file."""
    try:
        workshop_from_bytes(data, "fuzz.coprod")
    except DocumentError as exc:
        assert worded(exc).startswith("fuzz.coprod")
        assert exc.code.startswith("document.")
        return False
    return True


@settings(max_examples=400, deadline=None)
@given(mutated(BASE))
def test_mutated_small_files_read_or_are_refused_cleanly(doc: dict[str, Any]) -> None:
    check_outcome(encode(doc))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_random_workshops_read_or_are_refused_cleanly(
    default_framework: Framework, data: st.DataObject
) -> None:
    base = workshop_to_dict(data.draw(workshops(default_framework)))
    check_outcome(encode(data.draw(mutated(base))))


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=mutated(BASE))
def test_mutated_files_through_the_store_import_whole_or_not_at_all(
    store: Any, tmp_path: Path, doc: dict[str, Any]
) -> None:
    """Through the real import (file, validation, transaction): a refusal is a CoprodError
    and leaves every row as it was; success adds exactly one workshop."""
    path = tmp_path / "fuzz.coprod"
    path.write_bytes(encode(doc))
    before = _dump(store.path)
    try:
        WorkshopExchange(store).import_file(path)
    except CoprodError as exc:
        assert str(path) in worded(exc)
        assert _dump(store.path) == before
    else:
        after = _dump(store.path)
        assert sum(line.startswith('INSERT INTO "workshop" ') for line in after) == (
            sum(line.startswith('INSERT INTO "workshop" ') for line in before) + 1
        )


@pytest.mark.parametrize(
    "title", ["Riverside \ud800", "\udfff", "a\ud83d"], ids=["high", "low", "trailing-high"]
)
def test_lone_surrogates_were_a_crash_and_are_now_a_clear_refusal(
    store: Any, tmp_path: Path, title: str
) -> None:
    """Found by this fuzzing: a \\ud800 escape reached SQLite and raised UnicodeEncodeError."""
    doc = copy.deepcopy(BASE)
    doc["workshop"]["title"] = title
    path = tmp_path / "surrogate.coprod"
    path.write_bytes(encode(doc))
    with raises_worded(DocumentError, match="half of a character pair"):
        WorkshopExchange(store).import_file(path)
