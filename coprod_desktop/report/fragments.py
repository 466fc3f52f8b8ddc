"""Paragraphs without reportlab's slowest steps where their answer is already known.

- Fragments: reportlab's markup parser (an HTMLParser subclass, pure Python) took about a fifth
  of the report's build, for thousands of cells that are plain text or the same markup again.
  ``FragmentMaker`` makes plain text's fragments directly and parses other markup once.
- Line breaks: ``SharedLineBreaks`` breaks a repeated mixed-font paragraph into lines once,
  and draws it once: its copies repeat the same drawing operators.

Both give exactly reportlab's own result (``tests/report/test_fast_paths.py`` compares them
with the parser's fragments and the PDFs built without them), so the PDF is byte for byte
the same.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.styles import PropertySet
from reportlab.platypus.paragraph import (  # type: ignore[attr-defined]  # not in the stubs
    Paragraph,
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


#: What ``Paragraph.wrap`` (with ``breakLines``) leaves on a paragraph.
_WRAP_STATE = (
    "width",
    "height",
    "blPara",
    "frags",
    "_wrapWidths",
    "_width_max",
    "_splitLongWordCount",
    "_hyphenations",
)


class SharedLineBreaks:
    """Line breaks and drawings of markup paragraphs, shared by every paragraph of the same
    markup, style and width in one document.

    An item is printed with its code in bold (``<b>K1</b> text``) in table after table: in
    every group's needs, notes and split views, the heat map, the follow-up and the appendix.
    reportlab breaks such mixed-font paragraphs into lines word by word, fragment by fragment
    (about ten times the cost of plain text), and it did so for each copy: nearly a third of
    the report's build. Tables' column headings recur too and are shared the same way.
    Plain-text paragraphs the user wrote (notes) are cheap to break and are not shared.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, PropertySet, float], dict[str, Any]] = {}
        self._drawn: dict[tuple[Any, ...], tuple[str, ...] | None] = {}

    def wrap(
        self, paragraph: Paragraph, markup: str, width: float, height: float
    ) -> tuple[float, float]:
        """``paragraph.wrap(width, height)``, breaking lines only the first time."""
        key = (markup, paragraph.style, width)
        known = self._known.get(key)
        if known is None:
            size = Paragraph.wrap(paragraph, width, height)
            if "blPara" in paragraph.__dict__:  # else no room at all: nothing was broken
                if len(self._known) >= PARSED_MEMORY:
                    self._known.clear()
                self._known[key] = _fresh({n: paragraph.__dict__[n] for n in _WRAP_STATE})
                paragraph.__dict__["shared_key"] = key
            else:
                paragraph.__dict__["shared_key"] = None
            return size
        paragraph.__dict__.update(_fresh(known))
        paragraph.__dict__["shared_key"] = key
        return paragraph.width, paragraph.height

    def known_drawing(
        self, key: tuple[str, PropertySet, float], canvas: Any
    ) -> tuple[str, ...] | None:
        """The operators a copy under ``key`` drew on ``canvas``'s document, if any."""
        return self._drawn.get((key, id(canvas._doc)))

    def draw(self, paragraph: Paragraph, key: tuple[str, PropertySet, float]) -> None:
        """``paragraph.draw()`` for a paragraph whose lines came from ``wrap`` under ``key``:
        the drawing operators of the first copy drawn, repeated for the others.

        Drawing a mixed-font paragraph (a text object, a font change per fragment, each
        piece of text coded for its font subset) cost about as much as breaking it into
        lines, for each of its copies. What it draws depends only on its lines and style (in
        the key): reportlab sets the font, leading and colour itself at its start, whatever
        the table cell set before (``test_fast_paths`` draws copies after cells of other
        fonts and colours); it draws at the origin its table set (``Flowable.drawOn``
        translates first), between ``q`` and ``Q``, so the canvas is left as it was found.
        The font subsets are the document's, so a copy is only repeated on the same
        document's canvas (one ``SharedLineBreaks`` per document, and the document in the key).
        """
        canvas: Any = paragraph.canv
        state = (key, id(canvas._doc))
        code = canvas._code
        known = self._drawn.get(state, ())
        if known:
            code.extend(known)
            return
        start = len(code)
        Paragraph.draw(paragraph)
        if known is None:
            return  # draws more than operators: never repeated
        if len(self._drawn) >= PARSED_MEMORY:
            self._drawn.clear()
        self._drawn[state] = tuple(code[start:]) if _only_operators(paragraph) else None


def _only_operators(paragraph: Paragraph) -> bool:
    """Whether drawing ``paragraph`` only writes operators to the page: no link or bookmark
    (an annotation on the page), no image or callback (``cbDefn``), no bullet."""
    if paragraph.bulletText is not None:
        return False
    lines: Any = paragraph.blPara  # type: ignore[attr-defined]  # set by wrap
    if lines.kind == 0:  # one fragment: its link (if any) is the paragraph's
        return not getattr(lines, "link", None)
    for line in lines.lines:
        for word in line.words:
            if getattr(word, "link", None) or hasattr(word, "cbDefn"):
                return False
    return True


def _fresh(state: dict[str, Any]) -> dict[str, Any]:
    """``state`` with new containers (a split slices them); the words in them are only read."""
    return state | {
        "blPara": state["blPara"].clone(lines=list(state["blPara"].lines)),
        "frags": list(state["frags"]),
        "_wrapWidths": list(state["_wrapWidths"]),
    }
