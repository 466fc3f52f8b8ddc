"""The day's times and pace in the facilitator's words."""

from __future__ import annotations

from coprod_desktop.domain.day import Pace
from coprod_desktop.ui.i18n import translate


def duration(seconds: float) -> str:
    """ "2 h 40 min", "25 min" (rounded to the minute)."""
    minutes = max(0, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    if hours and not minutes:
        return translate("Day", "{hours} h").format(hours=hours)
    if hours:
        return translate("Day", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return translate("Day", "{minutes} min").format(minutes=minutes)


def pace_text(pace: Pace) -> str:
    """How long one rating takes, and where that comes from."""
    each = translate("Day", "{seconds} s").format(seconds=round(pace.seconds))
    if pace.learned:
        return translate(
            "Day", "{each} a rating, learned from %n past workshop(s)", None, pace.workshops
        ).format(each=each)
    return translate(
        "Day", "{each} a rating, the usual time: too few past sessions to learn from"
    ).format(each=each)
