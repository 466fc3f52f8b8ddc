"""How the windows word dates, counts and levels for the facilitator."""

from __future__ import annotations

import datetime as dt
import math
import re


def date_text(day: dt.date | None, *, missing: str = "No date") -> str:
    """A date as people write it, e.g. "12 Nov 2026"."""
    if day is None:
        return missing
    return f"{day.day} {day:%b %Y}"


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the right form of the noun, e.g. "1 group", "4 groups"."""
    word = singular if count == 1 else (plural or f"{singular}s")
    return f"{count:,} {word}"


def percent_text(share: float) -> str:
    """A share from 0.0 to 1.0 as a whole percentage, never rounding up to 100 % early."""
    whole = math.floor(share * 100 + 1e-9)
    return f"{whole}%"


def levels_text(current: int | None, required: int | None) -> str:
    """Current and required level as the grid shows them: "2 → 4", "2" or ""."""
    if current is None and required is None:
        return ""
    if required is None:
        return f"{current}"
    return f"{'?' if current is None else current} → {required}"


def file_name_for(title: str) -> str:
    """A safe file name from a workshop title: letters, digits, spaces and dashes."""
    cleaned = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    return re.sub(r"\s+", " ", cleaned)[:80] or "workshop"
