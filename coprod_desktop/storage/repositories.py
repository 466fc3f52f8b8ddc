"""Queries and writes that map between table rows and domain objects."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from sqlalchemy import delete
from sqlmodel import Session, col, select

from coprod_desktop.domain.errors import CoprodError, NotFoundError, UnreadableWorkshopError
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.summary import FrameworkSummary, WorkshopSummary
from coprod_desktop.domain.workshop import (
    Group,
    ParkingLotEntry,
    StagePlacement,
    Workshop,
)
from coprod_desktop.formats.framework_format import framework_from_node, framework_to_dict
from coprod_desktop.formats.reader import Node
from coprod_desktop.storage import listing
from coprod_desktop.storage.action_rows import action_records, load_actions
from coprod_desktop.storage.barrier_rows import load_barriers, put_barriers
from coprod_desktop.storage.cross_ratings import load_cross_ratings, put_cross_ratings
from coprod_desktop.storage.group_rows import group_row, rating_from_row, rating_row
from coprod_desktop.storage.plan_rows import load_plan, plan_records
from coprod_desktop.storage.tables import (
    ActionRow,
    CrossRatingRow,
    FrameworkRow,
    GroupRow,
    ParkingLotRow,
    PlanEntryRow,
    RatingRow,
    WorkshopItemRow,
    WorkshopRow,
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def framework_to_json(framework: Framework) -> str:
    return json.dumps(framework_to_dict(framework), ensure_ascii=False, separators=(",", ":"))


def framework_from_json(text: str, source: str) -> Framework:
    return framework_from_node(Node(json.loads(text), source))


class WorkshopRepository:
    """Workshops as whole aggregates: load, add, delete, list."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def summaries(self) -> list[WorkshopSummary]:
        """The workshop list, newest first (see ``storage/listing.py``)."""
        connection = self.session.connection()
        return listing.summaries(lambda sql: connection.exec_driver_sql(sql).all())

    def id_for_uid(self, uid: str) -> int | None:
        return self.session.exec(select(WorkshopRow.id).where(WorkshopRow.uid == uid)).first()

    def load(self, workshop_id: int) -> Workshop:
        """The workshop, checked by the method's rules as a file would be.

        A row no version of the app writes (level 99, put there by another program) raises
        ``workshop.unreadable_rating`` or ``workshop.unreadable``, saying which workshop and
        where: the store's own integrity check cannot see it, ``check`` finds it this way.
        """
        row = self.session.get(WorkshopRow, workshop_id)
        if row is None:
            raise NotFoundError("workshop.not_found", id=workshop_id)
        try:
            return self._load(row, workshop_id)
        except UnreadableWorkshopError:
            raise
        except (CoprodError, ValueError, KeyError, TypeError) as exc:
            problem = exc if isinstance(exc, CoprodError) else f"{type(exc).__name__}: {exc}"
            raise UnreadableWorkshopError(
                "workshop.unreadable", id=workshop_id, title=row.title, problem=problem
            ) from exc

    def _load(self, row: WorkshopRow, workshop_id: int) -> Workshop:
        s = self.session
        framework = framework_from_json(row.framework_document, f"workshop {workshop_id} framework")
        item_rows = s.exec(
            select(WorkshopItemRow)
            .where(WorkshopItemRow.workshop_id == workshop_id)
            .order_by(col(WorkshopItemRow.position))
        ).all()
        code_of = {r.id: r.code for r in item_rows}
        group_rows = s.exec(
            select(GroupRow)
            .where(GroupRow.workshop_id == workshop_id)
            .order_by(col(GroupRow.position))
        ).all()
        key_of = {g.id: g.key for g in group_rows}
        group_of = {g.id: g for g in group_rows}
        ratings: dict[int, dict[str, Rating]] = defaultdict(dict)
        for r in s.exec(select(RatingRow).where(col(RatingRow.group_id).in_(list(key_of)))):
            code = code_of[r.item_id]
            group = group_of[r.group_id]
            try:  # checked here too, to say which group and item
                rating = rating_from_row(r, code)
                rating.check(framework.scale, group.participant_count)
            except (CoprodError, ValueError, KeyError, TypeError) as exc:
                problem = exc if isinstance(exc, CoprodError) else f"{type(exc).__name__}: {exc}"
                raise UnreadableWorkshopError(
                    "workshop.unreadable_rating", id=workshop_id, title=row.title,
                    group=group.name, item=code, problem=problem,
                ) from exc  # fmt: skip
            ratings[r.group_id][code] = rating
        groups = tuple(
            Group(
                key=g.key,
                name=g.name,
                participant_count=g.participant_count,
                placement=StagePlacement(
                    current=Stage(g.current_stage) if g.current_stage else None,
                    aim=Stage(g.aim_stage) if g.aim_stage else None,
                    note=g.placement_note,
                ),
                ratings=ratings.get(_id(g.id), {}),
                role=GroupRole(g.role) if g.role else None,
            )
            for g in group_rows
        )
        actions = load_actions(s, workshop_id, key_of)
        lot = tuple(
            ParkingLotEntry(text=e.text, group_key=key_of.get(e.group_id) if e.group_id else None)
            for e in s.exec(
                select(ParkingLotRow)
                .where(ParkingLotRow.workshop_id == workshop_id)
                .order_by(col(ParkingLotRow.position))
            )
        )
        return Workshop(
            uid=row.uid,
            title=row.title,
            framework=framework,
            item_codes=tuple(r.code for r in item_rows),
            groups=groups,
            organisation=row.organisation,
            locality=row.locality,
            venue=row.venue,
            held_on=row.held_on,
            facilitator=row.facilitator,
            purpose=WorkshopPurpose(row.purpose),
            actions=actions,
            parking_lot=lot,
            baseline_uid=row.baseline_uid,
            service=row.service,
            cross_ratings=load_cross_ratings(s.connection(), workshop_id),
            plan=load_plan(s, workshop_id),
            barriers=load_barriers(s.connection(), workshop_id),
        )

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
