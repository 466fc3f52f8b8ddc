"""Right-to-left text set among other words, kept from reordering them."""

from __future__ import annotations

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(text: str) -> str:
    """``text`` (typed by a user) ready to set into a line of other words.

    Unicode bidi isolates close with it whatever direction it takes and any override or
    embedding it opens: a group named "evil\u202e" cannot turn the rest of the line around.
    """
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
