"""The follow-up's headline in words, for the report's summary page and the results window:
"12 of 41 needs closed since 12 November 2026" (no reportlab here, so a window can say it)."""

from __future__ import annotations

from coprod_desktop.domain.distance import Distance
from coprod_desktop.wording.catalogue import translate
from coprod_desktop.wording.dates import long_date


def needs_headline(distance: Distance, language: str) -> str:
    """How many of the matched groups' needs at the baseline are closed now, and since when,
    in ``language``."""
    total = distance.needs_before
    if distance.baseline_held_on is None:
        text = translate(language, "Report", "{closed} of %n need(s) closed since the baseline",
                         total)  # fmt: skip
        return text.format(closed=distance.closed)
    text = translate(language, "Report", "{closed} of %n need(s) closed since {date}", total)
    return text.format(closed=distance.closed, date=long_date(distance.baseline_held_on, language))


def needs_counts(distance: Distance, language: str) -> str:
    """The other two counts beside the headline: "5 persisting · 7 new"."""
    return translate(language, "Report", "{persisting} persisting · {new} new").format(
        persisting=distance.persisting, new=distance.new
    )
