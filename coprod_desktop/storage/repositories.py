"""Queries and writes that map between table rows and domain objects."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, text
from sqlmodel import Session, col, select

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.summary import FrameworkSummary, WorkshopSummary
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.formats.framework_format import framework_to_dict
from coprod_desktop.storage import listing, workshop_reader
from coprod_desktop.storage.action_rows import action_records
from coprod_desktop.storage.barrier_rows import put_barriers
from coprod_desktop.storage.cross_ratings import put_cross_ratings
from coprod_desktop.storage.group_rows import group_row, rating_row
from coprod_desktop.storage.plan_rows import plan_records
from coprod_desktop.storage.tables import (
    ActionRow,
    CrossRatingRow,
    FrameworkRow,
    GroupRow,
    ParkingLotRow,
    PlanEntryRow,
    WorkshopItemRow,
    WorkshopRow,
)
from coprod_desktop.storage.workshop_reader import framework_from_json


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def framework_to_json(framework: Framework) -> str:
    return json.dumps(framework_to_dict(framework), ensure_ascii=False, separators=(",", ":"))


class WorkshopRepository:
    """Workshops as whole aggregates: load, add, delete, list."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def summaries(self) -> list[WorkshopSummary]:
        """The workshop list, newest first (see ``storage/listing.py``)."""
        connection = self.session.connection()
        return listing.summaries(lambda sql: connection.exec_driver_sql(sql).all())

    def id_for_uid(self, uid: str) -> int | None:
        return workshop_reader.id_for_uid(self._run, uid)

    def load(self, workshop_id: int) -> Workshop:
        """The workshop, checked by the method's rules (``storage/workshop_reader.py``)."""
        return workshop_reader.read_workshop(self._run, workshop_id)

    def _run(self, sql: str, parameters: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return self.session.connection().execute(text(sql), parameters).all()

    def add(self, workshop: Workshop) -> int:
        """Insert the whole workshop; returns its new id."""
        s = self.session
        row = WorkshopRow(
            uid=workshop.uid,
            title=workshop.title,
            organisation=workshop.organisation,
            locality=workshop.locality,
            venue=workshop.venue,
            held_on=workshop.held_on,
            facilitator=workshop.facilitator,
            purpose=workshop.purpose.value,
            baseline_uid=workshop.baseline_uid,
            framework_document=framework_to_json(workshop.framework),
            service=workshop.service,
        )
        s.add(row)
        s.flush()
        wid = _id(row.id)
        self._add_parts(wid, workshop)
        return wid

    def replace(self, workshop_id: int, workshop: Workshop) -> None:
        """Store ``workshop`` (the same uid) in place of the one with ``workshop_id``, keeping
        its id, so lists, sessions and the command line still find it."""
        s = self.session
        row = self._row(workshop_id)
        for name in ("title", "organisation", "locality", "venue", "held_on", "facilitator"):
            setattr(row, name, getattr(workshop, name))
        row.service = workshop.service
        row.purpose = workshop.purpose.value
        row.baseline_uid = workshop.baseline_uid
        row.framework_document = framework_to_json(workshop.framework)
        row.updated_at = _now()
        s.add(row)
        for table in (ActionRow, ParkingLotRow, PlanEntryRow, GroupRow, WorkshopItemRow,
                      CrossRatingRow):  # fmt: skip
            s.exec(delete(table).where(col(table.workshop_id) == workshop_id))
        s.flush()
        self._add_parts(workshop_id, workshop)

    def _add_parts(self, wid: int, workshop: Workshop) -> None:
        """Insert the workshop's items, groups, ratings, actions and parking lot."""
        s = self.session
        item_rows = [
            WorkshopItemRow(workshop_id=wid, code=code, position=i)
            for i, code in enumerate(workshop.item_codes)
        ]
        s.add_all(item_rows)
        group_rows = [group_row(g, wid, i) for i, g in enumerate(workshop.groups)]
        s.add_all(group_rows)
        s.flush()
        item_id = {r.code: _id(r.id) for r in item_rows}
        group_id = {r.key: _id(r.id) for r in group_rows}
        for g in workshop.groups:
            s.add_all(
                rating_row(rating, group_id[g.key], item_id[code])
                for code, rating in g.ratings.items()
            )
        s.add_all(ActionRow(**r) for r in action_records(wid, workshop.actions, group_id))
        s.add_all(
            ParkingLotRow(
                workshop_id=wid,
                group_id=group_id[e.group_key] if e.group_key else None,
                text=e.text,
                position=i,
            )
            for i, e in enumerate(workshop.parking_lot)
        )
        s.add_all(PlanEntryRow(**r) for r in plan_records(wid, workshop.plan))
        s.flush()
        put_cross_ratings(s.connection(), wid, workshop.cross_ratings)
        put_barriers(s.connection(), wid, workshop.barriers)

    def published_revision(self, workshop_id: int) -> int | None:
        """The organisation revision this workshop was last published as or merged from."""
        return self._row(workshop_id).published_revision

    def set_published_revision(self, workshop_id: int, revision: int | None) -> None:
        row = self._row(workshop_id)
        row.published_revision = revision
        self.session.add(row)
        self.session.flush()

    def _row(self, workshop_id: int) -> WorkshopRow:
        row = self.session.get(WorkshopRow, workshop_id)
        if row is None:
            raise NotFoundError("workshop.not_found", id=workshop_id)
        return row

    def delete(self, workshop_id: int) -> None:
        """Delete a workshop; its groups, items, ratings, actions and notes go with it."""
        result = self.session.exec(delete(WorkshopRow).where(col(WorkshopRow.id) == workshop_id))
        if result.rowcount == 0:
            raise NotFoundError("workshop.not_found", id=workshop_id)


class FrameworkRepository:
    """The framework library."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def summaries(self) -> list[FrameworkSummary]:
        rows = self.session.exec(
            select(FrameworkRow).order_by(col(FrameworkRow.builtin).desc(), col(FrameworkRow.name))
        )
        return [
            FrameworkSummary(
                key=r.key,
                name=r.name,
                version=r.version,
                language=r.language,
                builtin=r.builtin,
                item_count=len(json.loads(r.document)["items"]),
            )
            for r in rows
        ]

    def get(self, key: str) -> Framework:
        row = self._row(key)
        return framework_from_json(row.document, f"framework {key}")

    def exists(self, key: str) -> bool:
        return (
            self.session.exec(select(FrameworkRow.id).where(FrameworkRow.key == key)).first()
            is not None
        )

    def is_builtin(self, key: str) -> bool:
        return self._row(key).builtin

    def put(self, framework: Framework, *, builtin: bool = False) -> None:
        """Insert ``framework``, or replace the one with the same key."""
        row = self.session.exec(
            select(FrameworkRow).where(FrameworkRow.key == framework.key)
        ).first()
        if row is None:
            row = FrameworkRow(key=framework.key, name="", version="", language="", document="")
        row.name = framework.name
        row.version = framework.version
        row.language = framework.language
        row.builtin = builtin
        row.document = framework_to_json(framework)
        row.updated_at = _now()
        self.session.add(row)
        self.session.flush()

    def delete(self, key: str) -> None:
        self.session.delete(self._row(key))
        self.session.flush()

    def _row(self, key: str) -> FrameworkRow:
        row = self.session.exec(select(FrameworkRow).where(FrameworkRow.key == key)).first()
        if row is None:
            raise NotFoundError("framework.not_found", key=key)
        return row


def _id(value: int | None) -> int:
    assert value is not None, "row has no id before flush"
    return value
