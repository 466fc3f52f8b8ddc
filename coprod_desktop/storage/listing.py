"""The workshop list's rows, read with plain SQL: by the store (any engine) and, at start-up,
by a read-only glance with the standard library's ``sqlite3`` before SQLAlchemy is loaded.

The list shows titles, dates, groups and how complete each workshop is; it never reads a
workshop's stored framework. Four statements, whatever the number of workshops.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from coprod_desktop.domain.summary import WorkshopSummary

#: PRAGMA application_id marks a file as ours: "CoPr".
APPLICATION_ID = 0x436F5072
#: The store's file name in the data folder.
STORE_NAME = "coprod.sqlite"

GROUP_NAMES = "SELECT workshop_id, name FROM workshop_group ORDER BY workshop_id, position"
ITEM_COUNTS = "SELECT workshop_id, COUNT(*) FROM workshop_item GROUP BY workshop_id"
RATING_COUNTS = (
    "SELECT g.workshop_id, COUNT(*) FROM rating r "
    "JOIN workshop_group g ON r.group_id = g.id GROUP BY g.workshop_id"
)
WORKSHOPS = (
    "SELECT id, uid, title, organisation, held_on, updated_at FROM workshop "
    "ORDER BY held_on DESC, id DESC"
)

#: Runs one statement and returns its rows (a DB-API cursor's or SQLAlchemy's).
Run = Callable[[str], Iterable[Sequence[Any]]]


def summaries(run: Run) -> list[WorkshopSummary]:
    """The workshop list, newest first, from the four statements above run by ``run``."""
    groups: dict[int, list[str]] = defaultdict(list)
    for workshop_id, name in run(GROUP_NAMES):
        groups[workshop_id].append(name)
    items: dict[int, int] = {w: n for w, n in run(ITEM_COUNTS)}
    ratings: dict[int, int] = {w: n for w, n in run(RATING_COUNTS)}
    return [
        WorkshopSummary(
            id=wid,
            uid=uid,
            title=title,
            organisation=organisation,
            held_on=stored_date(held_on),
            group_names=tuple(groups.get(wid, ())),
            item_count=items.get(wid, 0),
            ratings_recorded=ratings.get(wid, 0),
            updated_at=_datetime(updated_at),
        )
        for wid, uid, title, organisation, held_on, updated_at in run(WORKSHOPS)
    ]


def glance(store: Path) -> list[WorkshopSummary] | None:
    """The list as ``store`` holds it, read without changing anything; None when it cannot
    be read this way (missing, not ours, damaged, another schema, empty): the app then
    learns why when it opens the store properly."""
    if not store.is_file():
        return None
    try:
        # Immutable: no lock, no -wal or -shm made beside the store. Steps still in a WAL
        # are not seen; the list is read again properly a moment later.
        connection = sqlite3.connect(f"{store.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        return summaries(lambda sql: connection.execute(sql).fetchall()) or None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def stored_date(value: Any) -> dt.date | None:
    """A date column's value as a date, whichever engine read it."""
    # SQLite hands back the text SQLAlchemy stored; PostgreSQL a date.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
