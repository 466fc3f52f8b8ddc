"""Strict, path-aware reading of untrusted JSON: every error says where and why."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT

#: Largest document read at all; a workshop of 24 groups x 200 items with long notes fits.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
#: Deepest nesting a valid document has is 6; anything far deeper is hostile.
MAX_DEPTH = 32
_MB = 1024 * 1024

# A JSON string (escapes included), and the brackets that nest: for the depth check. The
# quantifiers never give back (possessive) and an unterminated string runs to the end, so each
# character is looked at once: a string left open no longer makes the scan start again at every
# later quote (a crafted 200 KB file took minutes). Such a file is then refused as not JSON.
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"?', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Half of a UTF-16 pair, written as a lone \\ud800 escape: no character, and SQLite cannot
# store it (the UTF-8 encoder refuses it).
_SURROGATE = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


class DocumentError(CoprodError):
    """A document cannot be read: names the source, the place in it, and the reason."""

    def __init__(self, source: str, path: str, reason: str) -> None:
        self.source = source
        self.path = path
        self.reason = reason
        where = f" at {path}" if path else ""
        super().__init__(f"{source}{where}: {reason}")


def size_limit_reason(size: int, limit: int = MAX_DOCUMENT_BYTES) -> str:
    """Why a file of ``size`` bytes is refused, in megabytes (1 MB = 1,048,576 bytes here)."""
    return f"is {size / _MB:.1f} MB; the limit is {limit / _MB:.0f} MB"


def parse_json(data: bytes, source: str) -> Any:
    """Decode UTF-8 JSON bytes within the size and depth limits.

    Refused with a DocumentError: too large, empty, an SQLite file, not UTF-8, nested too
    deep, not JSON, NaN or Infinity, a field given twice in one object, absurdly long numbers.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(source, "", size_limit_reason(len(data)))
    if not data.strip():
        raise DocumentError(source, "", "is empty: it holds no workshop or framework")
    if data.startswith(b"SQLite format 3\x00"):
        raise DocumentError(source, "", "is an SQLite database, not a workshop or framework file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            source, "", f"is not UTF-8 text (bad byte at offset {exc.start})"
        ) from exc
    _check_depth(text, source)
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_keys
        )
    except json.JSONDecodeError as exc:
        raise DocumentError(
            source, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except ValueError as exc:
        reason = str(exc)
        # Python refuses to convert an integer of over 4,300 digits (a denial-of-service guard).
        if reason.startswith("Exceeds the limit"):
            reason = "contains a number too long to read (thousands of digits)"
        raise DocumentError(source, "", reason) from exc


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"contains {name}, which is not a valid JSON number")


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object; a key given twice is refused (JSON readers disagree on which one wins)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"gives the field {key!r} twice in one object")
        result[key] = value
    return result


def _check_depth(text: str, source: str) -> None:
    """Refuse absurd nesting before json.loads can recurse into it.

    Strings are blanked first (brackets inside them do not nest), then only brackets are
    visited: a 32 MB document is checked in about a tenth of a second.
    """
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise DocumentError(source, "", f"is nested more than {MAX_DEPTH} levels deep")
        else:
            depth -= 1


class Node:
    """A JSON value at a known path, with typed accessors that raise DocumentError."""

    __slots__ = ("_source", "path", "value")

    def __init__(self, value: Any, source: str, path: str = "") -> None:
        self.value = value
        self._source = source
        self.path = path

    def error(self, reason: str, path: str | None = None) -> DocumentError:
        return DocumentError(self._source, self.path if path is None else path, reason)

    def _child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def as_object(self, allowed: set[str] | None = None) -> Node:
        if not isinstance(self.value, dict):
            raise self.error(f"must be an object, not {_kind(self.value)}")
        if allowed is not None:
            unknown = sorted(set(self.value) - allowed)
            if unknown:
                raise self.error(f"has unknown field {unknown[0]!r}")
        return self

    def get(self, key: str) -> Node:
        """The required field ``key`` of this object."""
        self.as_object()
        if key not in self.value:
            raise self.error(f"is missing the field {key!r}")
        return Node(self.value[key], self._source, self._child_path(key))

    def opt(self, key: str) -> Node | None:
        """The optional field ``key``; None when absent or null."""
        self.as_object()
        if self.value.get(key) is None:
            return None
        return Node(self.value[key], self._source, self._child_path(key))

    def items(self, max_len: int = 10_000) -> Iterator[Node]:
        if not isinstance(self.value, list):
            raise self.error(f"must be a list, not {_kind(self.value)}")
        if len(self.value) > max_len:
            raise self.error(f"has {len(self.value):,} entries; the limit is {max_len:,}")
        for i, v in enumerate(self.value):
            yield Node(v, self._source, self._child_path(i))

    def entries(self) -> Iterator[tuple[str, Node]]:
        self.as_object()
        for k, v in self.value.items():
            yield k, Node(v, self._source, self._child_path(k))

    def text(self, *, max_len: int = SHORT_TEXT_LIMIT) -> str:
        if not isinstance(self.value, str):
            raise self.error(f"must be text, not {_kind(self.value)}")
        if len(self.value) > max_len:
            raise self.error(f"is {len(self.value):,} characters long; the limit is {max_len:,}")
        half = _SURROGATE.search(self.value)
        if half:
            raise self.error(
                f"contains U+{ord(half.group()):04X}, half of a character pair, which is not"
                " text (the file is damaged)"
            )
        return self.value

    def long_text(self) -> str:
        return self.text(max_len=LONG_TEXT_LIMIT)

    def integer(self, low: int | None = None, high: int | None = None) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.error(f"must be a whole number, not {_kind(self.value)}")
        if (low is not None and self.value < low) or (high is not None and self.value > high):
            raise self.error(f"{self.value} is outside {low}–{high}")
        return self.value

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.error(f"must be true or false, not {_kind(self.value)}")
        return self.value

    def date(self) -> dt.date:
        text = self.text(max_len=10)
        try:
            # The schema's form only: fromisoformat also takes "20261112" and "2026-W45-4".
            if not _DATE.fullmatch(text):
                raise ValueError(text)
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.error(f"{text!r} is not a date written YYYY-MM-DD") from None

    def choice(self, convert: Callable[[str], T], what: str) -> T:
        text = self.text()
        try:
            return convert(text)
        except ValueError:
            raise self.error(f"{text!r} is not a known {what}") from None

    def build(self, make: Callable[[], T]) -> T:
        """Run a domain constructor, turning its ValidationError into a DocumentError here."""
        try:
            return make()
        except ValidationError as exc:
            raise self.error(
                exc.message if exc.field is None else f"{exc.field}: {exc.message}"
            ) from exc


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a decimal number",
        type(None): "null",
    }.get(type(value), type(value).__name__)
