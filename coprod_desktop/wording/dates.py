"""Dates in the reader's language: "12 November 2026", "12 Tachwedd 2026".

Not ``strftime``: its month names follow the C locale, not the reader, and its ``%-d`` (a day
without a leading zero) is refused by Windows' C runtime.
"""

from __future__ import annotations

import datetime as dt

from coprod_desktop.wording.catalogue import QT_TRANSLATE_NOOP, translate

MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)


def long_date(day: dt.date, language: str) -> str:
    """``day`` written out in ``language``, e.g. "12 November 2026"."""
    month = translate(language, "Dates", MONTHS[day.month - 1])
    return translate(language, "Dates", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )
