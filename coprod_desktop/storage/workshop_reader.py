"""Reading a whole workshop with plain SQL: the one read path, run by the repository through
its session (any engine) and by the exports through the standard library's ``sqlite3``, so a
``report`` command never loads SQLAlchemy, SQLModel or the table classes.

Nine statements per workshop, whatever its size. Dates come back as the text SQLAlchemy
stored in SQLite (or as dates from PostgreSQL); booleans as 0/1 (or as booleans).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.domain.errors import CoprodError, NotFoundError, UnreadableWorkshopError
from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.plan import PlanEntry, PlanMethod, PlanStatus
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus, Tally
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, StagePlacement, Workshop
from coprod_desktop.formats.framework_format import framework_from_node
from coprod_desktop.formats.reader import Node
from coprod_desktop.storage.listing import stored_date

#: Runs one statement with named parameters (``:name``) and returns its rows.
Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]
#: The cross-ratings' subject when it is the partnership as a whole (never NULL in the table).
PARTNERSHIP = ""

WORKSHOP = (
    "SELECT uid, title, organisation, locality, venue, held_on, facilitator, purpose, "
    "baseline_uid, service, framework_document FROM workshop WHERE id = :w"
)
ITEMS = "SELECT code FROM workshop_item WHERE workshop_id = :w ORDER BY position"
GROUPS = (
    "SELECT id, key, name, participant_count, current_stage, aim_stage, placement_note, role "
    "FROM workshop_group WHERE workshop_id = :w ORDER BY position"
)
RATINGS = (
    "SELECT r.group_id, i.code, r.status, r.current_level, r.required_level, r.tally, r.note, "
    "r.private_note, r.needed_from, r.needed_for, r.needed_role FROM rating r "
    "JOIN workshop_item i ON r.item_id = i.id WHERE i.workshop_id = :w "
    "ORDER BY r.group_id, i.position"
)
ACTIONS = (
    "SELECT what, who, due, group_id, done, item_code, plan_entry FROM action "
    "WHERE workshop_id = :w ORDER BY position"
)
PARKING_LOT = (
    "SELECT text, group_id FROM parking_lot_entry WHERE workshop_id = :w ORDER BY position"
)
CROSS_RATINGS = (
    "SELECT rater_key, subject_key, item_code, level FROM cross_rating "
    "WHERE workshop_id = :w ORDER BY position"
)
PLAN = (
    "SELECT what, group_keys, item_code, method, lead, due, status, learn_from FROM plan_entry "
    "WHERE workshop_id = :w ORDER BY position"
)
BARRIERS = (
    "SELECT what, tag, stage, principle, owner, next_step, group_key, status FROM barrier "
    "WHERE workshop_id = :w ORDER BY position"
)
ID_FOR_UID = "SELECT id FROM workshop WHERE uid = :uid"


def framework_from_json(text: str, source: str) -> Framework:
    """A framework stored as its JSON document (``source`` names it in messages)."""
    return framework_from_node(Node(json.loads(text), source))


def id_for_uid(run: Run, uid: str) -> int | None:
    """The id of the workshop with ``uid``, if the store has it."""
    rows = run(ID_FOR_UID, {"uid": uid})
    return int(rows[0][0]) if rows else None


def read_workshop(run: Run, workshop_id: int) -> Workshop:
    """The workshop, checked by the method's rules as a file would be.

    A row no version of the app writes (level 99, put there by another program) raises
    ``workshop.unreadable_rating`` or ``workshop.unreadable``, saying which workshop and
    where: the store's own integrity check cannot see it, ``check`` finds it this way.
    """
    rows = run(WORKSHOP, {"w": workshop_id})
    if not rows:
        raise NotFoundError("workshop.not_found", id=workshop_id)
    row = rows[0]
    try:
        return _workshop(run, workshop_id, row)
    except UnreadableWorkshopError:
        raise
    except (CoprodError, ValueError, KeyError, TypeError) as exc:
        problem = exc if isinstance(exc, CoprodError) else f"{type(exc).__name__}: {exc}"
        raise UnreadableWorkshopError(
            "workshop.unreadable", id=workshop_id, title=row[1], problem=problem
        ) from exc


def _workshop(run: Run, workshop_id: int, row: Sequence[Any]) -> Workshop:
    uid, title, organisation, locality, venue, held_on, facilitator, purpose = row[:8]
    baseline_uid, service, document = row[8:]
    framework = framework_from_json(document, f"workshop {workshop_id} framework")
    at = {"w": workshop_id}
    group_rows = run(GROUPS, at)
    key_of: dict[int, str] = {g[0]: g[1] for g in group_rows}
    ratings = _ratings(run, workshop_id, title, framework, group_rows)
    groups = tuple(
        Group(
            key=key,
            name=name,
            participant_count=count,
            placement=StagePlacement(
                current=Stage(current) if current else None,
                aim=Stage(aim) if aim else None,
                note=note,
            ),
            ratings=ratings.get(gid, {}),
            role=GroupRole(role) if role else None,
        )
        for gid, key, name, count, current, aim, note, role in group_rows
    )
    return Workshop(
        uid=uid,
        title=title,
        framework=framework,
        item_codes=tuple(code for (code,) in run(ITEMS, at)),
        groups=groups,
        organisation=organisation,
        locality=locality,
        venue=venue,
        held_on=stored_date(held_on),
        facilitator=facilitator,
        purpose=WorkshopPurpose(purpose),
        actions=tuple(
            Action(
                what=what,
                who=who,
                due=stored_date(due),
                group_key=key_of.get(group_id) if group_id else None,
                done=bool(done),
                item_code=item_code,
                plan_entry=plan_entry,
            )
            for what, who, due, group_id, done, item_code, plan_entry in run(ACTIONS, at)
        ),
        parking_lot=tuple(
            ParkingLotEntry(text=text, group_key=key_of.get(group_id) if group_id else None)
            for text, group_id in run(PARKING_LOT, at)
        ),
        baseline_uid=baseline_uid,
        service=service,
        cross_ratings=tuple(
            CrossRating(rater, subject if subject != PARTNERSHIP else None, item, level)
            for rater, subject, item, level in run(CROSS_RATINGS, at)
        ),
        plan=tuple(_plan_entry(r) for r in run(PLAN, at)),
        barriers=tuple(_barrier(r) for r in run(BARRIERS, at)),
    )


def _ratings(
    run: Run, workshop_id: int, title: str, framework: Framework, group_rows: Sequence[Any]
) -> dict[int, dict[str, Rating]]:
    """Each group's ratings by item code (by group id), each checked against the scale."""
    group_of = {g[0]: g for g in group_rows}
    ratings: dict[int, dict[str, Rating]] = defaultdict(dict)
    for r in run(RATINGS, {"w": workshop_id}):
        group_id, code = r[0], r[1]
        group = group_of[group_id]
        try:  # checked here too, to say which group and item
            rating = rating_from_row(code, r[2:])
            rating.check(framework.scale, group[3])
        except (CoprodError, ValueError, KeyError, TypeError) as exc:
            problem = exc if isinstance(exc, CoprodError) else f"{type(exc).__name__}: {exc}"
            raise UnreadableWorkshopError(
                "workshop.unreadable_rating", id=workshop_id, title=title,
                group=group[2], item=code, problem=problem,
            ) from exc  # fmt: skip
        ratings[group_id][code] = rating
    return ratings


def rating_from_row(code: str, row: Sequence[Any]) -> Rating:
    """The rating for item ``code`` that ``row`` holds: the ``rating`` table's columns from
    ``status`` to ``needed_role``, in the order ``RATINGS`` selects them."""
    status, current, required, tally, note, private_note, needed_from, needed_for, role = row
    counts = None
    if tally:
        counts = Tally({int(k): int(v) for k, v in json.loads(tally).items()})
    return Rating(
        item_code=code,
        status=RatingStatus(status),
        current_level=current,
        required_level=required,
        tally=counts,
        note=note,
        private_note=private_note,
        needed_from=NeededFrom(needed_from) if needed_from else None,
        needed_for=Stage(needed_for) if needed_for else None,
        needed_role=GroupRole(role) if role else None,
    )


def _plan_entry(row: Sequence[Any]) -> PlanEntry:
    what, group_keys, item_code, method, lead, due, status, learn_from = row
    return PlanEntry(
        what=what,
        group_keys=tuple(group_keys.split()),
        item_code=item_code,
        method=PlanMethod(method),
        lead=lead,
        due=stored_date(due),
        status=PlanStatus(status),
        learn_from=learn_from,
    )


def _barrier(row: Sequence[Any]) -> Barrier:
    what, tag, stage, principle, owner, next_step, group_key, status = row
    return Barrier(
        what=what,
        tag=BarrierTag(tag),
        stage=Stage(stage) if stage else None,
        principle=principle,
        owner=owner,
        next_step=next_step,
        group_key=group_key,
        status=BarrierStatus(status),
    )
