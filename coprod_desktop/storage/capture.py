"""Live capture writes: the live session opens one small transaction per change and writes
what changed in it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert

from coprod_desktop.domain.barrier import Barrier
from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.plan import PlanEntry
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor, RunningOrder
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, StagePlacement
from coprod_desktop.storage.action_rows import ACTION_TABLE, action_records
from coprod_desktop.storage.barrier_rows import put_barriers
from coprod_desktop.storage.cross_ratings import put_cross_ratings
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.group_rows import group_row, rating_row
from coprod_desktop.storage.plan_rows import PLAN_TABLE, plan_records
from coprod_desktop.storage.tables import (
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
_ACTION = ACTION_TABLE
_LOT = ParkingLotRow.__table__  # type: ignore[attr-defined]
_ITEM = WorkshopItemRow.__table__  # type: ignore[attr-defined]
_WORKSHOP = WorkshopRow.__table__  # type: ignore[attr-defined]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _upsert(table: Any, keys: tuple[str, ...]) -> Any:
    """Insert a row or update the one with the same ``keys``: built once, so each keypress
    reuses SQLAlchemy's compiled statement instead of building and compiling a new one."""
    statement = insert(table)
    changed = {c.name: statement.excluded[c.name] for c in table.c if c.name not in {"id", *keys}}
    return statement.on_conflict_do_update(index_elements=list(keys), set_=changed)


_UPSERT_RATING = _upsert(_RATING, ("group_id", "item_id"))
_UPSERT_SESSION = _upsert(_SESSION, ("workshop_id",))


class CaptureWriter:
    """Writes for one workshop's live session, each inside a transaction the caller opens
    with :meth:`transaction` (so several changes commit together, or none). Ids are looked
    up once, not per keypress."""

    def __init__(self, store: Store, workshop_id: int) -> None:
        self.store = store
        self.workshop_id = workshop_id
        with store.engine.connect() as conn:
            if (
                conn.execute(select(_WORKSHOP.c.id).where(_WORKSHOP.c.id == workshop_id)).first()
                is None
            ):
                raise NotFoundError("workshop.not_found", id=workshop_id)
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

    def transaction(self) -> AbstractContextManager[Connection]:
        """A transaction that commits when the block ends; raises WriteFailedError (disk
        full, read-only …) having written nothing."""
        return self.store.writing()

    def put_rating(self, conn: Connection, group_key: str, item_code: str,
                   rating: Rating | None) -> None:  # fmt: skip
        """Store ``rating`` for the group and item, replacing any; None removes it."""
        group_id, item_id = self._groups[group_key], self._items[item_code]
        if rating is None:
            conn.execute(
                delete(_RATING).where(_RATING.c.group_id == group_id, _RATING.c.item_id == item_id)
            )
            return
        conn.execute(_UPSERT_RATING, rating_row(rating, group_id, item_id).model_dump())

    def put_placement(self, conn: Connection, group_key: str, placement: StagePlacement) -> None:
        conn.execute(
            update(_GROUP)
            .where(_GROUP.c.id == self._groups[group_key])
            .values(
                current_stage=placement.current.value if placement.current else None,
                aim_stage=placement.aim.value if placement.aim else None,
                placement_note=placement.note,
            )
        )

    def put_group_details(self, conn: Connection, group_key: str, name: str,
                          participant_count: int | None) -> None:  # fmt: skip
        conn.execute(
            update(_GROUP)
            .where(_GROUP.c.id == self._groups[group_key])
            .values(name=name, participant_count=participant_count)
        )

    def put_group(self, conn: Connection, key: str, groups: Sequence[Group]) -> None:
        """Write the group with ``key`` whole (details, placement, every rating) as it is in
        ``groups`` (the workshop's, in order), or delete it and its ratings if it is not
        there; every group's position follows ``groups``. The group's id is read inside the
        transaction, so a transaction the disk refused leaves no wrong id behind."""
        found = conn.execute(
            select(_GROUP.c.id).where(_GROUP.c.workshop_id == self.workshop_id, _GROUP.c.key == key)
        ).first()
        group_id = int(found[0]) if found else None
        group = next((g for g in groups if g.key == key), None)
        if group_id is not None:
            conn.execute(delete(_RATING).where(_RATING.c.group_id == group_id))
        if group is None:
            if group_id is not None:
                conn.execute(delete(_GROUP).where(_GROUP.c.id == group_id))
            self._groups.pop(key, None)
        else:
            values = group_row(group, self.workshop_id, len(groups)).model_dump(exclude={"id"})
            if group_id is None:
                added = insert(_GROUP).values(values).returning(_GROUP.c.id)
                group_id = conn.execute(added).scalar_one()
            else:
                conn.execute(update(_GROUP).where(_GROUP.c.id == group_id).values(values))
            self._groups[key] = group_id
            for code, rating in group.ratings.items():
                row = rating_row(rating, group_id, self._items[code]).model_dump(exclude={"id"})
                conn.execute(insert(_RATING).values(row))
        # A group that joined and is saved later in this transaction sets them all again.
        for position, g in enumerate(groups):
            if g.key in self._groups:
                where = _GROUP.c.id == self._groups[g.key]
                conn.execute(update(_GROUP).where(where).values(position=position))

    def put_actions(self, conn: Connection, actions: Sequence[Action]) -> None:
        """Replace the workshop's actions with ``actions``, in order."""
        conn.execute(delete(_ACTION).where(_ACTION.c.workshop_id == self.workshop_id))
        if actions:
            conn.execute(insert(_ACTION), action_records(self.workshop_id, actions, self._groups))

    def put_cross_ratings(self, conn: Connection, ratings: Sequence[CrossRating]) -> None:
        """Replace the workshop's cross-ratings with ``ratings``, in order."""
        put_cross_ratings(conn, self.workshop_id, ratings)

    def put_parking_lot(self, conn: Connection, entries: Sequence[ParkingLotEntry]) -> None:
        """Replace the workshop's parking lot with ``entries``, in order."""
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

    def put_plan(self, conn: Connection, plan: Sequence[PlanEntry]) -> None:
        """Replace the workshop's training plan with ``plan``, in order."""
        conn.execute(delete(PLAN_TABLE).where(PLAN_TABLE.c.workshop_id == self.workshop_id))
        if plan:
            conn.execute(insert(PLAN_TABLE), plan_records(self.workshop_id, plan))

    def put_barriers(self, conn: Connection, barriers: Sequence[Barrier]) -> None:
        """Replace the workshop's barrier log with ``barriers``, in order."""
        put_barriers(conn, self.workshop_id, barriers)

    def put_cursor(self, conn: Connection, cursor: Cursor, *, is_open: bool = True) -> None:
        conn.execute(
            _UPSERT_SESSION,
            {
                "workshop_id": self.workshop_id,
                "running_order": cursor.order.value,
                "group_key": cursor.group_key,
                "item_code": cursor.item_code,
                "is_open": is_open,
                "updated_at": _now(),
            },
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
