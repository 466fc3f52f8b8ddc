"""Live capture writes: one small transaction per change, on the hot path of a keypress."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.workshop import Action, ParkingLotEntry, StagePlacement
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.tables import (
    ActionRow,
    GroupRow,
    ParkingLotRow,
    RatingRow,
    SessionStateRow,
    WorkshopItemRow,
    WorkshopRow,
)

_RATING = RatingRow.__table__  # type: ignore[attr-defined]
_SESSION = SessionStateRow.__table__  # type: ignore[attr-defined]
_GROUP = GroupRow.__table__  # type: ignore[attr-defined]
_ACTION = ActionRow.__table__  # type: ignore[attr-defined]
_LOT = ParkingLotRow.__table__  # type: ignore[attr-defined]
_ITEM = WorkshopItemRow.__table__  # type: ignore[attr-defined]
_WORKSHOP = WorkshopRow.__table__  # type: ignore[attr-defined]


_UPSERT_RATING = (
    "INSERT INTO rating (group_id, item_id, status, current_level, required_level, tally,"
    " note, private_note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (group_id, item_id) DO UPDATE SET status = excluded.status,"
    " current_level = excluded.current_level, required_level = excluded.required_level,"
    " tally = excluded.tally, note = excluded.note, private_note = excluded.private_note,"
    " updated_at = excluded.updated_at"
)
_DELETE_RATING = "DELETE FROM rating WHERE group_id = ? AND item_id = ?"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CaptureWriter:
    """Writes for one workshop's live session. Ids are looked up once, not per keypress."""

    def __init__(self, store: Store, workshop_id: int) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self._pooled: Any = None
        with store.engine.connect() as conn:
            if (
                conn.execute(select(_WORKSHOP.c.id).where(_WORKSHOP.c.id == workshop_id)).first()
                is None
            ):
                raise NotFoundError(f"There is no workshop with id {workshop_id}.")
            self._groups: dict[str, int] = dict(
                conn.execute(
                    select(_GROUP.c.key, _GROUP.c.id).where(_GROUP.c.workshop_id == workshop_id)
                ).all()
            )
            self._items: dict[str, int] = dict(
                conn.execute(
                    select(_ITEM.c.code, _ITEM.c.id).where(_ITEM.c.workshop_id == workshop_id)
                ).all()
            )

    def put_rating(self, group_key: str, item_code: str, rating: Rating | None) -> None:
        """Store ``rating`` for the group and item, replacing any; None removes it."""
        self.put_ratings(group_key, {item_code: rating})

    def put_ratings(self, group_key: str, ratings: Mapping[str, Rating | None]) -> None:
        """Store a group's ratings by item code in one transaction (all or none); None
        removes that item's rating."""
        group_id = self._groups[group_key]
        item_ids = {code: self._items[code] for code in ratings}
        # Plain SQL on a pooled sqlite3 connection: this runs on every capture keypress.
        with self.store.raw_transaction(self._conn()) as conn:
            for code, rating in ratings.items():
                if rating is None:
                    conn.execute(_DELETE_RATING, (group_id, item_ids[code]))
                    continue
                tally = rating.tally
                conn.execute(
                    _UPSERT_RATING,
                    (
                        group_id,
                        item_ids[code],
                        rating.status.value,
                        rating.current_level,
                        rating.required_level,
                        json.dumps({str(k): v for k, v in tally.counts.items()}) if tally else None,
                        rating.note,
                        rating.private_note,
                        _now().strftime("%Y-%m-%d %H:%M:%S.%f"),  # as SQLAlchemy stores UTC
                    ),
                )

    def _conn(self) -> sqlite3.Connection:
        # Kept for the whole session: checking a connection in and out of the pool costs a
        # rollback each time, as much as the commit itself.
        if self._pooled is None:
            self._pooled = self.store.raw_connection()
        conn = self._pooled.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return conn

    def close(self) -> None:
        """Give the kept connection back to the pool."""
        if self._pooled is not None:
            self._pooled.close()
            self._pooled = None

    def put_placement(self, group_key: str, placement: StagePlacement) -> None:
        with self.store.writing() as conn:
            conn.execute(
                update(_GROUP)
                .where(_GROUP.c.id == self._groups[group_key])
                .values(
                    current_stage=placement.current.value if placement.current else None,
                    aim_stage=placement.aim.value if placement.aim else None,
                    placement_note=placement.note,
                )
            )

    def put_actions(self, actions: Sequence[Action]) -> None:
        """Replace the workshop's actions with ``actions``, in order."""
        with self.store.writing() as conn:
            conn.execute(delete(_ACTION).where(_ACTION.c.workshop_id == self.workshop_id))
            if actions:
                conn.execute(
                    insert(_ACTION),
                    [
                        {
                            "workshop_id": self.workshop_id,
                            "group_id": self._groups[a.group_key] if a.group_key else None,
                            "what": a.what,
                            "who": a.who,
                            "due": a.due,
                            "done": a.done,
                            "position": i,
                        }
                        for i, a in enumerate(actions)
                    ],
                )

    def put_parking_lot(self, entries: Sequence[ParkingLotEntry]) -> None:
        """Replace the workshop's parking lot with ``entries``, in order."""
        with self.store.writing() as conn:
            conn.execute(delete(_LOT).where(_LOT.c.workshop_id == self.workshop_id))
            if entries:
                conn.execute(
                    insert(_LOT),
                    [
                        {
                            "workshop_id": self.workshop_id,
                            "group_id": self._groups[e.group_key] if e.group_key else None,
                            "text": e.text,
                            "position": i,
                        }
                        for i, e in enumerate(entries)
                    ],
                )

    def put_cursor(self, cursor: Cursor, *, is_open: bool = True) -> None:
        values = {
            "running_order": cursor.order.value,
            "group_key": cursor.group_key,
            "item_code": cursor.item_code,
            "is_open": is_open,
            "updated_at": _now(),
        }
        with self.store.writing() as conn:
            conn.execute(
                insert(_SESSION)
                .values(workshop_id=self.workshop_id, **values)
                .on_conflict_do_update(index_elements=["workshop_id"], set_=values)
            )


def saved_cursor(conn: Connection, workshop_id: int) -> Cursor | None:
    row = conn.execute(
        select(_SESSION.c.running_order, _SESSION.c.group_key, _SESSION.c.item_code).where(
            _SESSION.c.workshop_id == workshop_id
        )
    ).first()
    if row is None:
        return None
    return Cursor(group_key=row[1], item_code=row[2], order=RunningOrder(row[0]))


def open_session_workshop(conn: Connection) -> int | None:
    """The workshop whose session was open when the app last stopped, if any."""
    row = conn.execute(
        select(_SESSION.c.workshop_id)
        .where(_SESSION.c.is_open.is_(True))
        .order_by(_SESSION.c.updated_at.desc())
    ).first()
    return int(row[0]) if row else None
