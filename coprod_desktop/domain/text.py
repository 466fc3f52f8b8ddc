"""Rules for free text typed by facilitators: limits and clean-up."""

from __future__ import annotations

from coprod_desktop.domain.errors import ValidationError

#: A title, a name, a place: one line.
SHORT_TEXT_LIMIT = 300
#: A note, an item text, an action: several paragraphs at most.
LONG_TEXT_LIMIT = 20_000

_FORBIDDEN_CONTROLS = {chr(c) for c in range(32)} - {"\n", "\t"}


def clean_text(value: str, field: str, *, limit: int, multiline: bool = False) -> str:
    """Return ``value`` stripped of outer space; refuse control characters and overlong text.

    Text is otherwise kept exactly as typed: markup, right-to-left text and emoji are data.
    """
    if not isinstance(value, str):
        raise ValidationError("text.not_text", field=field)
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise ValidationError("text.too_long", field=field, length=len(text), limit=limit)
    bad = _FORBIDDEN_CONTROLS if multiline else _FORBIDDEN_CONTROLS | {"\n", "\t"}
    for ch in text:
        if ch in bad:
            raise ValidationError(
                "text.control_character", field=field, character=f"U+{ord(ch):04X}"
            )
        if "\ud800" <= ch <= "\udfff":  # half a UTF-16 pair: not text, and cannot be saved
            raise ValidationError("text.half_pair", field=field, character=f"U+{ord(ch):04X}")
    return text


def short_text(value: str, field: str, *, required: bool = False) -> str:
    """A one-line text such as a title or a name."""
    text = clean_text(value, field, limit=SHORT_TEXT_LIMIT)
    if required and not text:
        raise ValidationError("text.empty", field=field)
    return text


def long_text(value: str, field: str, *, required: bool = False) -> str:
    """A multi-line text such as a note."""
    text = clean_text(value, field, limit=LONG_TEXT_LIMIT, multiline=True)
    if required and not text:
        raise ValidationError("text.empty", field=field)
    return text
