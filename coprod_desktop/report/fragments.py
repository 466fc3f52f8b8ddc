"""Paragraph fragments without reparsing: reportlab's markup parser (an HTMLParser subclass,
pure Python) took about a fifth of the report's build, for thousands of cells that are plain
text or the same markup again. ``FragmentMaker`` makes plain text's fragments directly and
parses other markup once, with reportlab's public parser and fragment functions; it gives
exactly the parser's result (``tests/report/test_fast_paths.py`` compares them).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import PropertySet
from reportlab.platypus.paragraph import (  # type: ignore[attr-defined]  # not in the stubs
    cleanBlockQuotedText,
    textTransformFrags,
)
from reportlab.platypus.paraparser import ParaFrag, ParaParser

#: A line break as ``esc`` writes it: plain text may be cut into lines by it.
LINE_BREAK = "<br/>"
#: Text is plain when none of these appear in it: a tag, an entity, a raw line break
#: (the parser cuts text at each entity, so escaped text is left to it).
_NOT_PLAIN = re.compile(r"[<>&\n]")
#: Parsed markup remembered per maker; forgotten past this many strings, to bound the memory.
PARSED_MEMORY = 20_000


class FragmentMaker:
    """Fragments for paragraphs in one document's styles (keep one per document)."""

    def __init__(self) -> None:
        self._templates: dict[PropertySet, tuple[ParaFrag, ParaFrag]] = {}
        self._parsed: dict[tuple[str, PropertySet], list[ParaFrag]] = {}

    def frags(self, markup: str, style: PropertySet) -> list[Any]:
        """The fragments reportlab's parser makes of ``markup`` in ``style``, fresh copies."""
        plain = self._plain(markup, style)
        if plain is not None:
            return plain
        key = (markup, style)
        known = self._parsed.get(key)
        if known is None:
            if len(self._parsed) >= PARSED_MEMORY:
                self._parsed.clear()
            known = self._parsed[key] = parse(markup, style)
        return [_copy(f, f.text) for f in known]

    def _plain(self, markup: str, style: PropertySet) -> list[Any] | None:
        """Plain text in lines (``esc``'s output) made straight into fragments, or None."""
        if "<" in markup and LINE_BREAK not in markup:
            return None
        text = cleanBlockQuotedText(markup)
        lines = text.split(LINE_BREAK)
        if not text or any(_NOT_PLAIN.search(line) for line in lines):
            return None  # blank text parses to no fragment at all: the parser knows
        words, line_break = self._template(style)
        frags: list[Any] = []
        for number, line in enumerate(lines):
            if number:
                frags.append(_copy(line_break, ""))
            if line:  # an empty line has no text fragment, only its break
                frags.append(_copy(words, line))
        textTransformFrags(frags, style)
        return frags

    def _template(self, style: PropertySet) -> tuple[ParaFrag, ParaFrag]:
        """The fragments the parser makes in ``style`` for (any) text and a line break."""
        known = self._templates.get(style)
        if known is None:
            words, line_break, _ = parse(f"x{LINE_BREAK}x", style)
            known = self._templates[style] = (words, line_break)
        return known


def parse(markup: str, style: PropertySet) -> list[ParaFrag]:
    """reportlab's own parse of ``markup``, as ``Paragraph`` does it."""
    parser = ParaParser()
    parser.caseSensitive = 1
    _, frags, _ = parser.parse(cleanBlockQuotedText(markup), style)  # type: ignore[no-untyped-call]
    if frags is None:
        raise ValueError(f"bad paragraph markup ({parser.errors[0]}): {markup[:30]!r}")
    textTransformFrags(frags, style)
    return list(frags)


def _copy(frag: ParaFrag, text: str) -> ParaFrag:
    # Lists are copied: a fragment is never shared between two paragraphs.
    return frag.clone(text=text, link=list(frag.link), us_lines=list(frag.us_lines))
