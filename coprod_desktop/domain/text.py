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
        raise ValidationError("must be text", field)
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise ValidationError(f"is {len(text):,} characters long; the limit is {limit:,}", field)
    bad = _FORBIDDEN_CONTROLS if multiline else _FORBIDDEN_CONTROLS | {"\n", "\t"}
    for ch in text:
        if ch in bad:
            raise ValidationError(f"contains the control character U+{ord(ch):04X}", field)
        if "\ud800" <= ch <= "\udfff":  # half a UTF-16 pair: not text, and cannot be saved
            raise ValidationError(f"contains U+{ord(ch):04X}, half of a character pair", field)
    return text


def short_text(value: str, field: str, *, required: bool = False) -> str:
    """A one-line text such as a title or a name."""
    text = clean_text(value, field, limit=SHORT_TEXT_LIMIT)
    if required and not text:
        raise ValidationError("must not be empty", field)
    return text


def long_text(value: str, field: str, *, required: bool = False) -> str:
    """A multi-line text such as a note."""
    text = clean_text(value, field, limit=LONG_TEXT_LIMIT, multiline=True)
    if required and not text:
        raise ValidationError("must not be empty", field)
    return text
