"""Safe text for reportlab paragraphs: every user string is escaped before it meets markup."""

from __future__ import annotations

from html import escape


def esc(text: str) -> str:
    """``text`` as paragraph markup that prints exactly as typed; line breaks are kept."""
    return escape(text, quote=False).replace("\n", "<br/>")


def level(value: int | float | None, digits: int = 1) -> str:
    """A level or mean for a table cell; a dash when there is none."""
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def signed(value: int | float | None, digits: int = 1) -> str:
    """A change with its sign (+1, −0.5); no sign on zero; a dash when there is none."""
    if value is None:
        return "–"
    if isinstance(value, float):
        value = round(value, digits)
        text = f"{abs(value):.{digits}f}"
    else:
        text = str(abs(value))
    if value == 0:
        return text
    return ("+" if value > 0 else "−") + text
