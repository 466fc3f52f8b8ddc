"""Groups' views of each other as a table for the data export (CSV, XLSX, JSON): one row per
view given, with the subject's own level beside it (the partnership's: the groups' mean)."""

from __future__ import annotations

from coprod_desktop.domain.cross_rating import how_others_see
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.data_rows import Table

COLUMNS = (
    "rater_key",
    "rater_name",
    "subject_key",
    "subject_name",
    "item_code",
    "item_text",
    "level",
    "subject_own_level",
)
#: The subject name of a view of the partnership as a whole.
PARTNERSHIP = "partnership"


def cross_ratings_table(w: Workshop) -> Table:
    """Every view given, by subject (groups in order, then the partnership) and item."""
    names = {g.key: g.name for g in w.groups}
    rows = tuple(
        (
            rater,
            names[rater],
            view.subject_key,
            names[view.subject_key] if view.subject_key is not None else PARTNERSHIP,
            view.item_code,
            w.framework.item(view.item_code).text,
            level,
            round(view.own, 2) if view.own is not None else None,
        )
        for view in how_others_see(w)
        for rater, level in view.others
    )
    return Table("cross_ratings", COLUMNS, rows)
