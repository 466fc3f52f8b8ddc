"""A session that fits the day: the pace learned from the store's past sessions."""

from __future__ import annotations

from coprod_desktop.domain.day import Pace, learned_pace
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.day import rating_times


def pace_of_past_sessions(store: Store, *, leaving_out: int | None = None) -> Pace:
    """The time one rating has taken in this store's workshops (the default if too few tell);
    ``leaving_out``: a workshop not to learn from (the one under way)."""
    with store.reading() as session:
        return learned_pace(rating_times(session.connection(), leaving_out=leaving_out))
