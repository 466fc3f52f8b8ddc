"""Writing a workshop's cross-ratings (groups' views of each other): one row each, ""
standing for the partnership as the subject. ``workshop_reader.py`` reads them back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert

from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.storage.tables import CrossRatingRow
from coprod_desktop.storage.workshop_reader import PARTNERSHIP

_TABLE: Any = CrossRatingRow.__table__  # type: ignore[attr-defined]


def put_cross_ratings(conn: Connection, workshop_id: int, ratings: Sequence[CrossRating]) -> None:
    """Replace the workshop's cross-ratings with ``ratings``, in order."""
    conn.execute(delete(_TABLE).where(_TABLE.c.workshop_id == workshop_id))
    if ratings:
        conn.execute(
            insert(_TABLE),
            [
                {
                    "workshop_id": workshop_id,
                    "rater_key": r.rater_key,
                    "subject_key": r.subject_key if r.subject_key is not None else PARTNERSHIP,
                    "item_code": r.item_code,
                    "level": r.level,
                    "position": i,
                }
                for i, r in enumerate(ratings)
            ],
        )
