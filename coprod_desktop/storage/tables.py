"""The store's tables. Rows never leave the storage layer: repositories map them to the domain."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

# Named constraints let later batch migrations find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class FrameworkRow(SQLModel, table=True):
    """A framework in the library (built-in or the facilitator's own), kept as its document."""

    __tablename__ = "framework"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str
    version: str
    language: str
    builtin: bool = False
    document: str
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)


class WorkshopRow(SQLModel, table=True):
    """A workshop; ``framework_document`` is the frozen copy of the framework it used."""

    __tablename__ = "workshop"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)
    title: str
    organisation: str = ""
    locality: str = ""
    venue: str = ""
    held_on: dt.date | None = None
    facilitator: str = ""
    purpose: str
    baseline_uid: str | None = None
    framework_document: str
    service: str = Field(default="", sa_column_kwargs={"server_default": ""})
    #: The organisation store's revision this workshop was last published as or merged from:
    #: the parent the next publish names.
    published_revision: int | None = None
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)


class WorkshopItemRow(SQLModel, table=True):
    """An item in scope for a workshop, in running order."""

    __tablename__ = "workshop_item"
    __table_args__ = (UniqueConstraint("workshop_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    code: str
    position: int


class GroupRow(SQLModel, table=True):
    """A group in a workshop, with its stage placement."""

    __tablename__ = "workshop_group"
    __table_args__ = (UniqueConstraint("workshop_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    key: str
    name: str
    participant_count: int | None = None
    position: int
    current_stage: str | None = None
    aim_stage: str | None = None
    placement_note: str = ""
    role: str | None = None


class RatingRow(SQLModel, table=True):
    """A group's consensus on one item."""

    __tablename__ = "rating"
    __table_args__ = (
        UniqueConstraint("group_id", "item_id"),
        CheckConstraint("status IN ('agreed', 'split', 'skipped')", name="status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="workshop_group.id", ondelete="CASCADE")
    item_id: int = Field(foreign_key="workshop_item.id", ondelete="CASCADE", index=True)
    status: str
    current_level: int | None = None
    required_level: int | None = None
    tally: str | None = None
    note: str = ""
    private_note: str = ""
    updated_at: dt.datetime = Field(default_factory=_now)
    needed_from: str | None = None
    needed_for: str | None = None
    needed_role: str | None = None


class ActionRow(SQLModel, table=True):
    """An action agreed in a workshop."""

    __tablename__ = "action"

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    group_id: int | None = Field(default=None, foreign_key="workshop_group.id", ondelete="SET NULL")
    what: str
    who: str = ""
    due: dt.date | None = None
    done: bool = False
    position: int
    #: The item the action is about, by code (or NULL).
    item_code: str | None = None
    #: The plan entry it is about, by its ``plan_entry.position`` (or NULL).
    plan_entry: int | None = None


class ParkingLotRow(SQLModel, table=True):
    """A parking-lot entry in a workshop."""

    __tablename__ = "parking_lot_entry"

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    group_id: int | None = Field(default=None, foreign_key="workshop_group.id", ondelete="SET NULL")
    text: str
    position: int


class CrossRatingRow(SQLModel, table=True):
    """A group's view of how ready another group ("" for the partnership) is on an item."""

    __tablename__ = "cross_rating"
    __table_args__ = (UniqueConstraint("workshop_id", "rater_key", "subject_key", "item_code"),)

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    rater_key: str
    #: The group rated, or "" for the partnership as a whole (never NULL, so the unique
    #: constraint holds for the partnership too).
    subject_key: str = ""
    item_code: str
    level: int
    position: int


class PlanEntryRow(SQLModel, table=True):
    """An entry of a workshop's training plan (``domain/plan.py``)."""

    __tablename__ = "plan_entry"

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    position: int
    what: str
    #: The groups it is for, their keys separated by spaces (keys are letters, digits and
    #: dashes); empty: every group.
    group_keys: str = ""
    item_code: str | None = None
    method: str
    lead: str = ""
    due: dt.date | None = None
    status: str
    #: The group the others learn from (peer learning), by key.
    learn_from: str | None = None


class BarrierRow(SQLModel, table=True):
    """A barrier in a workshop's barrier log (``domain/barrier.py``)."""

    __tablename__ = "barrier"

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    position: int
    what: str
    tag: str
    stage: str | None = None
    #: The principle it holds back, by the framework's code (e.g. "P3").
    principle: str | None = None
    owner: str = ""
    next_step: str = ""
    #: The group it concerns, by key; NULL: the whole partnership.
    group_key: str | None = None
    status: str


class SessionStateRow(SQLModel, table=True):
    """Where the live session of a workshop is, so a restart resumes at the same place."""

    __tablename__ = "session_state"

    workshop_id: int = Field(primary_key=True, foreign_key="workshop.id", ondelete="CASCADE")
    running_order: str
    group_key: str
    item_code: str
    is_open: bool = True
    updated_at: dt.datetime = Field(default_factory=_now)


# The organisation store: an append-only log of published workshop revisions. Publishing only
# ever inserts (so its database role needs no UPDATE or DELETE); the current revision of a
# workshop is the highest one not withdrawn. Private notes are never in these tables.


class PublicationRow(SQLModel, table=True):
    """One published revision of a workshop, with the facts the organisation view filters on."""

    __tablename__ = "publication"
    __table_args__ = (UniqueConstraint("workshop_uid", "revision"),)

    id: int | None = Field(default=None, primary_key=True)
    workshop_uid: str = Field(index=True)
    revision: int
    parent_revision: int | None = None
    content_hash: str
    #: The workshop file of this revision (without private notes), for merges and history.
    document: str
    title: str
    organisation: str
    locality: str = Field(index=True)
    service: str
    purpose: str
    held_on: dt.date | None = None
    baseline_uid: str | None = None
    published_by: str = ""
    published_at: dt.datetime = Field(default_factory=_now)


class PublishedGroupRow(SQLModel, table=True):
    """A group of a published revision, with its role and stage placement."""

    __tablename__ = "published_group"

    id: int | None = Field(default=None, primary_key=True)
    publication_id: int = Field(foreign_key="publication.id", ondelete="CASCADE", index=True)
    key: str
    name: str
    role: str | None = None
    current_stage: str | None = None
    aim_stage: str | None = None


class PublishedRatingRow(SQLModel, table=True):
    """A group's rating of one item in a published revision (no notes: the figures only)."""

    __tablename__ = "published_rating"

    id: int | None = Field(default=None, primary_key=True)
    publication_id: int = Field(foreign_key="publication.id", ondelete="CASCADE", index=True)
    group_key: str
    item_code: str
    item_text: str
    area: str
    status: str
    current_level: int | None = None
    required_level: int | None = None


class WithdrawalRow(SQLModel, table=True):
    """A workshop taken out of the organisation view; a later publish of it is refused."""

    __tablename__ = "withdrawal"

    id: int | None = Field(default=None, primary_key=True)
    workshop_uid: str = Field(unique=True)
    reason: str = ""
    withdrawn_at: dt.datetime = Field(default_factory=_now)


class PublishedRoleSummaryRow(SQLModel, table=True):
    """A revision's ratings summed per group role, written with it: the heat map and trend
    read these few rows instead of every rating."""

    __tablename__ = "published_role_summary"

    id: int | None = Field(default=None, primary_key=True)
    publication_id: int = Field(foreign_key="publication.id", ondelete="CASCADE", index=True)
    role: str | None = None
    assessed: int
    meeting: int


class PublishedItemSummaryRow(SQLModel, table=True):
    """A revision's ratings summed per item, written with it: common needs and strengths."""

    __tablename__ = "published_item_summary"

    id: int | None = Field(default=None, primary_key=True)
    publication_id: int = Field(foreign_key="publication.id", ondelete="CASCADE", index=True)
    item_code: str
    item_text: str
    assessed: int
    meeting: int
    needs: int
    gap_sum: int
