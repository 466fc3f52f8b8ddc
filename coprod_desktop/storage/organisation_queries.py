"""The organisation view's figures, aggregated by the database (SQLite or PostgreSQL).

Two sources give the same columns: the organisation store's current revisions (the newest of
each workshop, not withdrawn), or the laptop's own workshops. Every figure is one grouped query
over them; only the pairing of strong and weak localities, over a few hundred rows, is Python.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Table,
    and_,
    case,
    cast,
    extract,
    func,
    literal,
    not_,
    select,
)
from sqlalchemy.sql import ColumnElement, Select, Subquery
from sqlmodel import Session

from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.organisation import (
    MIN_RATINGS,
    STRONG_SHARE,
    WEAK_SHARE,
    CommonNeed,
    OrganisationFigures,
    OrganisationFilter,
    ReadinessCell,
    StageCount,
    Strength,
    TrendPoint,
)
from coprod_desktop.domain.workshop import GroupRole
from coprod_desktop.storage.tables import (
    GroupRow,
    PublicationRow,
    PublishedGroupRow,
    PublishedRatingRow,
    RatingRow,
    WithdrawalRow,
    WorkshopItemRow,
    WorkshopRow,
)

TOP = 10
_P = PublicationRow.__table__  # type: ignore[attr-defined]
_PG = PublishedGroupRow.__table__  # type: ignore[attr-defined]
_PR = PublishedRatingRow.__table__  # type: ignore[attr-defined]
_WD = WithdrawalRow.__table__  # type: ignore[attr-defined]
_W = WorkshopRow.__table__  # type: ignore[attr-defined]
_G = GroupRow.__table__  # type: ignore[attr-defined]
_R = RatingRow.__table__  # type: ignore[attr-defined]
_I = WorkshopItemRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Sources:
    """The two row sets every figure reads: groups, and ratings with their group's facts."""

    groups: Subquery
    ratings: Subquery
    published: bool


def published_sources(flt: OrganisationFilter) -> Sources:
    """The organisation store: each workshop's newest revision, unless withdrawn."""
    newest = (
        select(_P.c.workshop_uid, func.max(_P.c.revision).label("revision"))
        .group_by(_P.c.workshop_uid)
        .subquery()
    )
    withdrawn = select(_WD.c.workshop_uid).where(_WD.c.workshop_uid == _P.c.workshop_uid)
    current = _filtered(
        select(
            _P.c.id.label("pid"),
            _P.c.workshop_uid.label("uid"),
            _P.c.locality.label("locality"),
            _P.c.held_on.label("held_on"),
        )
        .join(
            newest,
            and_(
                newest.c.workshop_uid == _P.c.workshop_uid,
                newest.c.revision == _P.c.revision,
            ),
        )
        .where(not_(withdrawn.exists())),
        _P,
        flt,
    ).subquery()
    groups = (
        select(
            current.c.uid, current.c.locality, current.c.held_on,
            _PG.c.role.label("role"),
            _PG.c.current_stage.label("current_stage"),
        )
        .join(_PG, _PG.c.publication_id == current.c.pid)
        .subquery()
    )  # fmt: skip
    ratings = (
        select(
            current.c.uid, current.c.locality, current.c.held_on,
            _PG.c.role.label("role"),
            _PR.c.item_code.label("item_code"),
            _PR.c.item_text.label("item_text"),
            _PR.c.status.label("status"),
            _PR.c.current_level.label("current_level"),
            _PR.c.required_level.label("required_level"),
        )
        .join(_PR, _PR.c.publication_id == current.c.pid)
        .join(
            _PG,
            and_(
                _PG.c.publication_id == current.c.pid,
                _PG.c.key == _PR.c.group_key,
            ),
        )
        .subquery()
    )  # fmt: skip
    return Sources(groups, ratings, published=True)


def laptop_sources(flt: OrganisationFilter) -> Sources:
    """The laptop's own workshops, with the same columns (item texts are filled in later)."""
    workshops = _filtered(
        select(
            _W.c.id.label("wid"),
            _W.c.uid.label("uid"),
            _W.c.locality.label("locality"),
            _W.c.held_on.label("held_on"),
        ),
        _W,
        flt,
    ).subquery()
    groups = (
        select(
            workshops.c.uid, workshops.c.locality, workshops.c.held_on,
            _G.c.role.label("role"),
            _G.c.current_stage.label("current_stage"),
        )
        .join(_G, _G.c.workshop_id == workshops.c.wid)
        .subquery()
    )  # fmt: skip
    ratings = (
        select(
            workshops.c.uid, workshops.c.locality, workshops.c.held_on,
            _G.c.role.label("role"),
            _I.c.code.label("item_code"),
            cast(literal(""), String).label("item_text"),
            _R.c.status.label("status"),
            _R.c.current_level.label("current_level"),
            _R.c.required_level.label("required_level"),
        )
        .join(_G, _G.c.workshop_id == workshops.c.wid)
        .join(_R, _R.c.group_id == _G.c.id)
        .join(_I, _I.c.id == _R.c.item_id)
        .subquery()
    )  # fmt: skip
    return Sources(groups, ratings, published=False)


def _filtered(query: Select[Any], table: Table, flt: OrganisationFilter) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if flt.localities:
        conditions.append(table.c.locality.in_(flt.localities))
    if flt.services:
        conditions.append(table.c.service.in_(flt.services))
    if flt.purposes:
        conditions.append(table.c.purpose.in_([p.value for p in flt.purposes]))
    if flt.held_from:
        conditions.append(table.c.held_on >= flt.held_from)
    if flt.held_to:
        conditions.append(table.c.held_on <= flt.held_to)
    return query.where(*conditions) if conditions else query


def figures(session: Session, sources: Sources) -> OrganisationFigures:
    """Every figure of the view, one grouped query each."""
    g, r = sources.groups, sources.ratings
    assessed = and_(
        r.c.status != "skipped", r.c.current_level.is_not(None), r.c.required_level.is_not(None)
    )
    meets = func.sum(case((r.c.current_level >= r.c.required_level, 1), else_=0))
    count = session.execute(select(func.count(func.distinct(g.c.uid)), func.count()).select_from(g))
    workshops, groups = count.one()
    readiness = tuple(
        ReadinessCell(loc, GroupRole(role) if role else None, int(m or 0), int(n))
        for loc, role, m, n in session.execute(
            select(r.c.locality, r.c.role, meets, func.count())
            .where(assessed)
            .group_by(r.c.locality, r.c.role)
            .order_by(r.c.locality)
        )
    )
    stages = tuple(
        StageCount(Stage(stage) if stage else None, int(n))
        for stage, n in session.execute(
            select(g.c.current_stage, func.count()).group_by(g.c.current_stage)
        )
    )
    gap = r.c.required_level - r.c.current_level
    needs = tuple(
        CommonNeed(code, text or "", int(n), float(mean))
        for code, text, n, mean in session.execute(
            select(r.c.item_code, func.max(r.c.item_text), func.count(), func.avg(gap))
            .where(assessed, r.c.current_level < r.c.required_level)
            .group_by(r.c.item_code)
            .order_by(func.count().desc(), func.avg(gap).desc(), r.c.item_code)
            .limit(TOP)
        )
    )
    per_item = session.execute(
        select(r.c.locality, r.c.item_code, func.max(r.c.item_text), meets, func.count())
        .where(assessed)
        .group_by(r.c.locality, r.c.item_code)
        .having(func.count() >= MIN_RATINGS)
    ).all()
    year = cast(extract("year", r.c.held_on), Integer)
    trend = tuple(
        TrendPoint(loc, int(y), int(m or 0), int(n), int(w))
        for loc, y, m, n, w in session.execute(
            select(r.c.locality, year, meets, func.count(), func.count(func.distinct(r.c.uid)))
            .where(assessed, r.c.held_on.is_not(None))
            .group_by(r.c.locality, year)
            .order_by(r.c.locality, year)
        )
    )
    result = OrganisationFigures(
        workshops=int(workshops),
        groups=int(groups),
        readiness=readiness,
        stages=tuple(sorted(stages, key=lambda s: -1 if s.stage is None else s.stage.order)),
        common_needs=needs,
        strengths=_strengths(per_item),
        trend=trend,
        localities=tuple(sorted({c.locality for c in readiness})),
    )
    return result if sources.published else _with_item_texts(session, result)


def _strengths(rows: Iterable[tuple[str, str, str | None, int, int]]) -> tuple[Strength, ...]:
    """Pairs of localities on one item: one meets the level needed widely, the other rarely."""
    by_item: dict[str, list[tuple[str, float, str]]] = {}
    for loc, code, text, m, n in rows:
        by_item.setdefault(code, []).append((loc, (m or 0) / n, text or ""))
    pairs = [
        Strength(code, text, strong, s_share, weak, w_share)
        for code, shares in by_item.items()
        for strong, s_share, text in shares
        if s_share >= STRONG_SHARE
        for weak, w_share, _t in shares
        if w_share <= WEAK_SHARE and weak != strong
    ]
    pairs.sort(key=lambda s: (-(s.strong_share - s.weak_share), s.item_code, s.strong_locality))
    return tuple(pairs[:TOP])


def _with_item_texts(session: Session, figures: OrganisationFigures) -> OrganisationFigures:
    """On the laptop, item texts live in each workshop's framework copy: read each once."""
    import dataclasses

    wanted = {n.item_code for n in figures.common_needs} | {s.item_code for s in figures.strengths}
    texts: dict[str, str] = {}
    documents = session.execute(select(_W.c.framework_document).distinct()).scalars()
    for document in documents:
        for item in json.loads(document).get("items", []):
            if item.get("code") in wanted:
                texts.setdefault(item["code"], str(item.get("text", "")))
        if wanted <= texts.keys():
            break
    return dataclasses.replace(
        figures,
        common_needs=tuple(
            dataclasses.replace(n, item_text=texts.get(n.item_code, ""))
            for n in figures.common_needs
        ),
        strengths=tuple(
            dataclasses.replace(s, item_text=texts.get(s.item_code, "")) for s in figures.strengths
        ),
    )


def choices(session: Session, published: bool) -> tuple[list[str], list[str]]:
    """The localities and services present, for the filter lists."""
    table = _P if published else _W
    localities = session.execute(select(table.locality).distinct().order_by(table.locality))
    services = session.execute(select(table.service).distinct().order_by(table.service))
    return [x for x in localities.scalars() if x], [x for x in services.scalars() if x]
