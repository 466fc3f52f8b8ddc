"""Strict, path-aware reading of untrusted JSON: every error says where and why."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from coprod_desktop.domain.errors import CoprodError, Term, ValidationError
from coprod_desktop.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT

#: Largest document read at all; a workshop of 24 groups x 200 items with long notes fits.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
#: Deepest nesting a valid document has is 6; anything far deeper is hostile.
MAX_DEPTH = 32
MB = 1024 * 1024

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
#: Control characters no text may hold (raw bytes would reach the exports): in one-line text
#: none, in long text all but tab and line breaks (as the domain's text rules say).
_CONTROL_ONE_LINE = re.compile("[\x00-\x1f]")
_CONTROL_LONG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

T = TypeVar("T")


class DocumentError(CoprodError):
    """A document cannot be read: names the source, the place in it (a JSON path such as
    ``groups[0].name``, or "" for the whole document), and why (``code`` and values)."""

    def __init__(self, source: str, path: str, code: str, /, **values: object) -> None:
        # ``at`` is language-neutral: the place in brackets after the source, or nothing.
        super().__init__(code, source=source, at=f" ({path})" if path else "", **values)
        self.source = source
        self.path = path


class _RefusedError(ValueError):
    """A JSON value refused while decoding; becomes a DocumentError naming the source."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def parse_json(data: bytes, source: str) -> Any:
    """Decode UTF-8 JSON bytes within the size and depth limits.

    Refused with a DocumentError: too large, empty, an SQLite file, not UTF-8, nested too
    deep, not JSON, NaN or Infinity, a field given twice in one object, absurdly long numbers.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            source, "", "document.too_large", megabytes=len(data) / MB,
            limit=MAX_DOCUMENT_BYTES / MB,
        )  # fmt: skip
    if not data.strip():
        raise DocumentError(source, "", "document.empty")
    if data.startswith(b"SQLite format 3\x00"):
        raise DocumentError(source, "", "document.sqlite")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(source, "", "document.not_utf8", offset=exc.start) from exc
    _check_depth(text, source)
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_refuse_repeated_keys
        )
    except json.JSONDecodeError as exc:
        raise DocumentError(
            source, "", "document.not_json", line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from exc
    except _RefusedError as exc:
        raise DocumentError(source, "", exc.code, **exc.values) from exc
    except ValueError as exc:
        # Python refuses to convert an integer of over 4,300 digits (a denial-of-service guard).
        if str(exc).startswith("Exceeds the limit"):
            raise DocumentError(source, "", "document.number_too_long") from exc
        raise DocumentError(source, "", "document.not_json_value", detail=exc) from exc


def _refuse_constant(name: str) -> Any:
    raise _RefusedError("document.constant", name=name)


def _refuse_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object; a key given twice is refused (JSON readers disagree on which one wins)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RefusedError("document.repeated_key", key=key)
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
                raise DocumentError(source, "", "document.too_deep", most=MAX_DEPTH)
        else:
            depth -= 1


class Node:
    """A JSON value at a known path, with typed accessors that raise DocumentError."""

    __slots__ = ("_source", "path", "value")

    def __init__(self, value: Any, source: str, path: str = "") -> None:
        self.value = value
        self._source = source
        self.path = path

    def error(self, code: str, /, **values: object) -> DocumentError:
        """A DocumentError at this value's place: ``code`` and ``values`` say why."""
        return DocumentError(self._source, self.path, code, **values)

    def _child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def as_object(self, allowed: set[str] | None = None) -> Node:
        if not isinstance(self.value, dict):
            raise self.error("document.not_object", kind=_kind(self.value))
        if allowed is not None:
            unknown = sorted(set(self.value) - allowed)
            if unknown:
                raise self.error("document.unknown_field", field=unknown[0])
        return self

    def get(self, key: str) -> Node:
        """The required field ``key`` of this object."""
        self.as_object()
        if key not in self.value:
            raise self.error("document.missing_field", field=key)
        return Node(self.value[key], self._source, self._child_path(key))

    def opt(self, key: str, *, nullable: bool = False) -> Node | None:
        """The optional field ``key``; None when absent, or null where the schema allows
        null (``nullable``). Elsewhere a null is handed on, for the typed read to refuse
        ("is null, not text"), as the JSON Schema refuses it."""
        self.as_object()
        if key not in self.value or (nullable and self.value[key] is None):
            return None
        return Node(self.value[key], self._source, self._child_path(key))

    def items(self, max_len: int = 10_000) -> Iterator[Node]:
        if not isinstance(self.value, list):
            raise self.error("document.not_list", kind=_kind(self.value))
        if len(self.value) > max_len:
            raise self.error("document.too_many", entries=len(self.value), most=max_len)
        for i, v in enumerate(self.value):
            yield Node(v, self._source, self._child_path(i))

    def entries(self) -> Iterator[tuple[str, Node]]:
        self.as_object()
        for k, v in self.value.items():
            yield k, Node(v, self._source, self._child_path(k))

    def text(self, *, max_len: int = SHORT_TEXT_LIMIT, multiline: bool = False) -> str:
        if not isinstance(self.value, str):
            raise self.error("document.not_text", kind=_kind(self.value))
        if len(self.value) > max_len:
            raise self.error("document.text_too_long", length=len(self.value), limit=max_len)
        half = _SURROGATE.search(self.value)
        if half:
            raise self.error("document.half_pair", character=f"U+{ord(half.group()):04X}")
        control = (_CONTROL_LONG if multiline else _CONTROL_ONE_LINE).search(self.value)
        if control:
            code = f"U+{ord(control.group()):04X}"
            raise self.error("document.control_character", character=code)
        return self.value

    def long_text(self) -> str:
        return self.text(max_len=LONG_TEXT_LIMIT, multiline=True)

    def integer(self, low: int | None = None, high: int | None = None) -> int:
        # 2.0 is an integer to JSON Schema (and to JavaScript): read it as 2, as the schema does.
        if isinstance(self.value, float) and self.value.is_integer():
            self.value = int(self.value)
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise self.error("document.not_integer", kind=_kind(self.value))
        if (low is not None and self.value < low) or (high is not None and self.value > high):
            raise self.error("document.out_of_range", value=self.value, low=low, high=high)
        return self.value

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.error("document.not_boolean", kind=_kind(self.value))
        return self.value

    def date(self) -> dt.date:
        text = self.text(max_len=10)
        try:
            # The schema's form only: fromisoformat also takes "20261112" and "2026-W45-4".
            if not _DATE.fullmatch(text):
                raise ValueError(text)
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self.error("document.not_date", text=text) from None

    def choice(self, convert: Callable[[str], T], what: str) -> T:
        """``convert(text)``; a text it refuses is not a known ``what`` (a term: "stage" …)."""
        text = self.text()
        try:
            return convert(text)
        except ValueError:
            raise self.error(
                "document.unknown_choice", text=text, what=Term(f"kind.{what}")
            ) from None

    def build(self, make: Callable[[], T]) -> T:
        """Run a domain constructor, turning its ValidationError into a DocumentError here."""
        try:
            return make()
        except ValidationError as exc:
            # A field that is a place (``items[K4].principle``) joins the place; a plain name
            # ("title") is already in the problem's own words.
            field = exc.field or ""
            place = f"{self.path}: {field}" if self.path else field
            if "." in field or "[" in field:
                raise DocumentError(self._source, place, "document.invalid", problem=exc) from exc
            raise self.error("document.invalid", problem=exc) from exc


def _kind(value: Any) -> Term:
    """What kind of JSON value ``value`` is, as a term the wording says."""
    return Term(f"kind.{_KINDS.get(type(value), 'other')}")


_KINDS = {
    dict: "object", list: "list", str: "text", bool: "boolean", int: "number",
    float: "decimal", type(None): "null",
}  # fmt: skip
