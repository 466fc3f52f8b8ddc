"""The translation catalogues, read without Qt: ``resources/translations/<code>.ts``.

The windows (through a Qt translator that asks this module, ``ui/i18n.py``), the command line,
the report and the wording of errors all read the same ``.ts`` here, so each language has one
catalogue and nothing compiled: one ``python3 dev.py translations`` run extracts every string,
and one test keeps it complete.

Write strings as in the windows (see ``ui/i18n.py``): ``translate(language, "Context", "Text")``
with ``{name}`` values filled in afterwards by ``str.format``; plurals with ``%n`` and a count;
tables marked with :func:`QT_TRANSLATE_NOOP`. English is the source text and needs no file.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from types import MappingProxyType

from coprod_desktop.resources import resource

SOURCE_LANGUAGE = "en"
#: The languages shipped, each named in its own words (as the Settings dialog lists them).
LANGUAGES: MappingProxyType[str, str] = MappingProxyType({"en": "English", "cy": "Cymraeg"})

_ENGLISH_PLURAL = re.compile(r"(\w+)\(s\)")
_IRREGULAR = {"person": "people"}

#: (context, source) -> the translation's forms (one, or one per plural form).
Entries = MappingProxyType[tuple[str, str], tuple[str, ...]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate knows)
    """Mark ``text`` for translation in ``context`` where it is defined; returns it unchanged."""
    del context
    return text


def translate(language: str, context: str, text: str, n: int = -1) -> str:
    """``text`` in ``language`` (``n`` picks the plural form of ``%n`` and fills it in).

    ``language`` may name a region ("cy_GB", "cy-GB"); a text the catalogue lacks, or a
    language it does not know, is said in English, the source."""
    language = language.replace("_", "-").split("-", maxsplit=1)[0].lower()
    known = language in LANGUAGES and language != SOURCE_LANGUAGE
    forms = entries(language).get((context, text)) if known else None
    if forms:
        result = pick(language, forms, n)
    else:
        result = text
        if n >= 0:
            result = _ENGLISH_PLURAL.sub(lambda m: english_plural(m.group(1), n), result)
    return result.replace("%n", str(n)) if n >= 0 else result


def pick(language: str, forms: tuple[str, ...], n: int) -> str:
    """The form of a translation Qt says for ``n`` (``%n`` left in; -1: not a count)."""
    return forms[min(plural_form(language, n), len(forms) - 1)] if n >= 0 else forms[0]


def english_plural(noun: str, count: int) -> str:
    """``noun`` as English says it for ``count`` of them."""
    if count == 1:
        return noun
    return _IRREGULAR.get(noun, noun + "s")


def plural_form(language: str, n: int) -> int:
    """Which of a translation's plural forms Qt uses for ``n`` in ``language``."""
    if language == "cy":  # Qt's Welsh rule: 0, 1, 2 to 5, 6, everything else
        if n in (0, 1):
            return n
        if 2 <= n <= 5:
            return 2
        return 3 if n == 6 else 4
    return 0 if n == 1 else 1


@functools.cache
def entries(language: str) -> Entries:
    """Every finished translation in ``language``'s catalogue (read once, then kept)."""
    if language not in LANGUAGES:
        known = ", ".join(sorted(LANGUAGES))
        raise ValueError(f"No translation for language {language!r}; CoProd Desktop speaks {known}")
    return read_catalogue(resource("translations", f"{language}.ts"))


def qt_entries(language: str) -> Entries:
    """The app's translations of Qt's own strings (file dialog, message box buttons …) in
    ``language``: Qt ships no Welsh, so the app carries them (``translations/qt/``)."""
    path = resource("translations", "qt", f"{language}.ts")
    return read_catalogue(path) if path.is_file() else MappingProxyType({})


def read_catalogue(path: Path) -> Entries:
    """The finished translations in the ``.ts`` file at ``path``."""
    from xml.etree import ElementTree  # only when a catalogue is read: not on the way to the list

    found: dict[tuple[str, str], tuple[str, ...]] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if all(forms):
                found[(name, message.findtext("source", ""))] = tuple(forms)
    return MappingProxyType(found)
