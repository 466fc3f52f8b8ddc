"""When each workshop's ratings were last saved: what the pace of past sessions is learned
from (``domain/day.py``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Connection, select

from coprod_desktop.storage.tables import GroupRow, RatingRow

_RATING = RatingRow.__table__  # type: ignore[attr-defined]
_GROUP = GroupRow.__table__  # type: ignore[attr-defined]


def rating_times(conn: Connection, *, leaving_out: int | None = None) -> list[list[dt.datetime]]:
    """Each workshop's rating times (but ``leaving_out``'s: the one being estimated)."""
    query = select(_GROUP.c.workshop_id, _RATING.c.updated_at).join(
        _GROUP, _RATING.c.group_id == _GROUP.c.id
    )
    if leaving_out is not None:
        query = query.where(_GROUP.c.workshop_id != leaving_out)
    times: dict[int, list[dt.datetime]] = defaultdict(list)
    for workshop_id, saved in conn.execute(query):
        if saved is not None:
            times[workshop_id].append(saved)
    return list(times.values())
