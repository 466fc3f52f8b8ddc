"""Each error code's sentence, and :func:`describe`, which says an error in a language.

Errors below the windows carry a code and values (``domain/errors.py``); :data:`TEXTS` is the one
place their English source text lives, kept in a table per area (``store_errors.py``,
``workshop_errors.py``). ``python3 dev.py translations`` extracts it into every
catalogue (context ``Errors``), so the windows, the command line and the report word an error
the same way. To add an error: raise it with a new code and named values, add the code's
sentence to its area's table with ``{name}`` for each value, and its translation in each
``.ts``; a test checks that every code raised has a sentence, and every sentence a
translation.

A value that is itself an error is worded in turn; a ``Term`` (a kind of value) and a
ValidationError's ``field`` are worded from :data:`TERMS`; paths and numbers go in as they are.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from coprod_desktop.domain.errors import CoprodError, Term
from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP, translate
from coprod_desktop.wording.store_errors import STORE_TEXTS
from coprod_desktop.wording.workshop_errors import WORKSHOP_TEXTS

CONTEXT = "Errors"

#: Each error code's English sentence, one table per area.
TEXTS: MappingProxyType[str, str] = MappingProxyType({**STORE_TEXTS, **WORKSHOP_TEXTS})

#: The words errors use for kinds of value and for fields (``Term`` codes and ``field=``).
TERMS: MappingProxyType[str, str] = MappingProxyType({
    "kind.object": QT_TRANSLATE_NOOP("Terms", "an object"),
    "kind.list": QT_TRANSLATE_NOOP("Terms", "a list"),
    "kind.text": QT_TRANSLATE_NOOP("Terms", "text"),
    "kind.boolean": QT_TRANSLATE_NOOP("Terms", "true/false"),
    "kind.number": QT_TRANSLATE_NOOP("Terms", "a number"),
    "kind.decimal": QT_TRANSLATE_NOOP("Terms", "a decimal number"),
    "kind.null": QT_TRANSLATE_NOOP("Terms", "null"),
    "kind.other": QT_TRANSLATE_NOOP("Terms", "something else"),
    "kind.area": QT_TRANSLATE_NOOP("Terms", "area"),
    "kind.stage": QT_TRANSLATE_NOOP("Terms", "stage"),
    "kind.activity_kind": QT_TRANSLATE_NOOP("Terms", "kind of activity"),
    "kind.purpose": QT_TRANSLATE_NOOP("Terms", "purpose"),
    "kind.rating_status": QT_TRANSLATE_NOOP("Terms", "rating status"),
    "kind.group_role": QT_TRANSLATE_NOOP("Terms", "group role"),
    "kind.needed_level_source": QT_TRANSLATE_NOOP("Terms", "needed level source"),
    "kind.plan_method": QT_TRANSLATE_NOOP("Terms", "way of meeting a need"),
    "kind.plan_status": QT_TRANSLATE_NOOP("Terms", "plan status"),
    "kind.barrier_tag": QT_TRANSLATE_NOOP("Terms", "kind of barrier"),
    "kind.barrier_status": QT_TRANSLATE_NOOP("Terms", "barrier status"),
    "field.title": QT_TRANSLATE_NOOP("Terms", "Title"),
    "field.organisation": QT_TRANSLATE_NOOP("Terms", "Organisation"),
    "field.locality": QT_TRANSLATE_NOOP("Terms", "Locality"),
    "field.venue": QT_TRANSLATE_NOOP("Terms", "Venue"),
    "field.service": QT_TRANSLATE_NOOP("Terms", "Service"),
    "field.facilitator": QT_TRANSLATE_NOOP("Terms", "Facilitator"),
    "field.group name": QT_TRANSLATE_NOOP("Terms", "Group name"),
    "field.stage placement note": QT_TRANSLATE_NOOP("Terms", "Stage placement note"),
    "field.action": QT_TRANSLATE_NOOP("Terms", "Action"),
    "field.action owner": QT_TRANSLATE_NOOP("Terms", "Action owner"),
    "field.parking-lot entry": QT_TRANSLATE_NOOP("Terms", "Parking-lot entry"),
    "field.plan entry": QT_TRANSLATE_NOOP("Terms", "Plan entry"),
    "field.plan lead": QT_TRANSLATE_NOOP("Terms", "Who leads"),
    "field.barrier": QT_TRANSLATE_NOOP("Terms", "Barrier"),
    "field.barrier owner": QT_TRANSLATE_NOOP("Terms", "Barrier owner"),
    "field.next step": QT_TRANSLATE_NOOP("Terms", "Next step"),
    "field.note": QT_TRANSLATE_NOOP("Terms", "Note"),
    "field.private note": QT_TRANSLATE_NOOP("Terms", "Private note"),
    "field.item text": QT_TRANSLATE_NOOP("Terms", "Item text"),
    "field.code": QT_TRANSLATE_NOOP("Terms", "Code"),
    "field.key": QT_TRANSLATE_NOOP("Terms", "Key"),
    "field.name": QT_TRANSLATE_NOOP("Terms", "Name"),
    "field.label": QT_TRANSLATE_NOOP("Terms", "Label"),
    "field.description": QT_TRANSLATE_NOOP("Terms", "Description"),
    "field.principles": QT_TRANSLATE_NOOP("Terms", "Principles"),
    "field.items": QT_TRANSLATE_NOOP("Terms", "Items"),
    "field.default_groups": QT_TRANSLATE_NOOP("Terms", "Default groups"),
    "field.roles": QT_TRANSLATE_NOOP("Terms", "Roles"),
    "language.en": QT_TRANSLATE_NOOP("Terms", "English"),
    "language.cy": QT_TRANSLATE_NOOP("Terms", "Welsh"),
    "field.area title": QT_TRANSLATE_NOOP("Terms", "Area title"),
    "field.area description": QT_TRANSLATE_NOOP("Terms", "Area description"),
    "field.principle code": QT_TRANSLATE_NOOP("Terms", "Principle code"),
    "field.principle title": QT_TRANSLATE_NOOP("Terms", "Principle title"),
    "field.principle description": QT_TRANSLATE_NOOP("Terms", "Principle description"),
    "field.stage title": QT_TRANSLATE_NOOP("Terms", "Stage title"),
    "field.stage summary": QT_TRANSLATE_NOOP("Terms", "Stage summary"),
    "field.stage point": QT_TRANSLATE_NOOP("Terms", "Stage point"),
    "field.activity": QT_TRANSLATE_NOOP("Terms", "Development activity"),
    "field.Easy Read": QT_TRANSLATE_NOOP("Terms", "Easy Read wording"),
    "field.source quote": QT_TRANSLATE_NOOP("Terms", "Source quote"),
    "field.role note": QT_TRANSLATE_NOOP("Terms", "Role note"),
})  # fmt: skip


def describe(error: CoprodError, language: str) -> str:
    """``error`` said in ``language`` (English, the source, when a text is not translated)."""
    template = TEXTS.get(error.code)
    if template is None:  # a code with no sentence: a bug a test catches; say the facts
        return str(error)
    values = {name: _worded(value, language) for name, value in error.values.items()}
    field = getattr(error, "field", None)
    if isinstance(field, str):
        values.setdefault("field", term(f"field.{field}", language, otherwise=field))
    return translate(language, CONTEXT, template).format(**values)


def _worded(value: object, language: str) -> object:
    """A value as it goes into a sentence: errors worded, paths as text, numbers as they are
    (so a sentence may format them, ``{megabytes:.1f}``)."""
    if isinstance(value, CoprodError):
        return describe(value, language)
    if isinstance(value, Term):
        return term(value.code, language)
    if isinstance(value, Path | BaseException):
        return str(value)
    return value


def term(code: str, language: str, *, otherwise: str | None = None) -> str:
    """The word for the term ``code`` in ``language``; ``otherwise`` (or the code) if none."""
    text = TERMS.get(code)
    if text is None:
        return otherwise if otherwise is not None else code
    return translate(language, "Terms", text)
