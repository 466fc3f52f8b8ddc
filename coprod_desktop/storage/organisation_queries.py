"""The organisation view's figures, aggregated by the database (SQLite or PostgreSQL).

Two sources give the same columns: the organisation store's current revisions (the newest of
each workshop, not withdrawn), or the laptop's own workshops. Every figure is one grouped query
over them; only the pairing of strong and weak localities, over a few hundred rows, is Python.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    Table,
    and_,
    case,
    cast,
    extract,
    func,
    not_,
    select,
)
from sqlalchemy.sql import ColumnElement, Select
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
    PublishedItemSummaryRow,
    PublishedRatingRow,
    PublishedRoleSummaryRow,
    RatingRow,
    WithdrawalRow,
    WorkshopItemRow,
    WorkshopRow,
)

TOP = 10
_P = PublicationRow.__table__  # type: ignore[attr-defined]
_P2 = _P.alias("newer")
_PG = PublishedGroupRow.__table__  # type: ignore[attr-defined]
_RS = PublishedRoleSummaryRow.__table__  # type: ignore[attr-defined]
_IS = PublishedItemSummaryRow.__table__  # type: ignore[attr-defined]
_PR = PublishedRatingRow.__table__  # type: ignore[attr-defined]
_WD = WithdrawalRow.__table__  # type: ignore[attr-defined]
_W = WorkshopRow.__table__  # type: ignore[attr-defined]
_G = GroupRow.__table__  # type: ignore[attr-defined]
_R = RatingRow.__table__  # type: ignore[attr-defined]
_I = WorkshopItemRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Sources:
    """Four grouped queries every figure is assembled from (a few hundred rows at most)."""

    #: locality, year, workshops
    counts: Select[Any]
    #: locality, role, year, assessed, meeting
    by_role: Select[Any]
    #: locality, item_code, assessed, meeting, gap_sum (needs are assessed - meeting; the
    #: texts of the few items shown are read afterwards, not summed over every row)
    by_item: Select[Any]
    #: stage, groups
    stages: Select[Any]
    published: bool


def _year(column: Any) -> Any:
    return cast(extract("year", column), Integer).label("year")


def published_sources(flt: OrganisationFilter) -> Sources:
    """The organisation store: each workshop's newest revision, unless withdrawn, read from the
    sums written with each revision (so no query reads every rating)."""
    newer = select(_P2.c.id).where(
        _P2.c.workshop_uid == _P.c.workshop_uid, _P2.c.revision > _P.c.revision
    )
    withdrawn = select(_WD.c.id).where(_WD.c.workshop_uid == _P.c.workshop_uid)
    current = _filtered(
        select(_P.c.id.label("pid"), _P.c.locality.label("locality"), _year(_P.c.held_on)).where(
            not_(newer.exists()), not_(withdrawn.exists())
        ),
        _P,
        flt,
    ).subquery()
    c = current.c
    return Sources(
        counts=select(c.locality, c.year, func.count()).group_by(c.locality, c.year),
        by_role=select(
            c.locality, _RS.c.role, c.year, func.sum(_RS.c.assessed), func.sum(_RS.c.meeting)
        )
        .join(_RS, _RS.c.publication_id == c.pid)
        .group_by(c.locality, _RS.c.role, c.year),
        by_item=select(
            c.locality, _IS.c.item_code, func.sum(_IS.c.assessed), func.sum(_IS.c.meeting),
            func.sum(_IS.c.gap_sum),
        )
        .join(_IS, _IS.c.publication_id == c.pid)
        .group_by(c.locality, _IS.c.item_code),
        stages=select(_PG.c.current_stage, func.count())
        .join(current, _PG.c.publication_id == c.pid)
        .group_by(_PG.c.current_stage),
        published=True,
    )  # fmt: skip


def laptop_sources(flt: OrganisationFilter) -> Sources:
    """The laptop's own workshops, summed from their ratings (item texts are filled in later)."""
    workshops = _filtered(
        select(_W.c.id.label("wid"), _W.c.locality.label("locality"), _year(_W.c.held_on)),
        _W,
        flt,
    ).subquery()
    w = workshops.c
    assessed = and_(
        _R.c.status != "skipped", _R.c.current_level.is_not(None), _R.c.required_level.is_not(None)
    )
    meets = func.sum(case((_R.c.current_level >= _R.c.required_level, 1), else_=0))
    short = _R.c.current_level < _R.c.required_level
    gaps = func.sum(case((short, _R.c.required_level - _R.c.current_level), else_=0))
    rated = (
        select(w.locality, _G.c.role, w.year, _I.c.code, _R.c.current_level)
        .join(_G, _G.c.workshop_id == w.wid)
        .join(_R, _R.c.group_id == _G.c.id)
        .join(_I, _I.c.id == _R.c.item_id)
        .where(assessed)
    )
    return Sources(
        counts=select(w.locality, w.year, func.count()).group_by(w.locality, w.year),
        by_role=rated.with_only_columns(w.locality, _G.c.role, w.year, func.count(), meets)
        .group_by(w.locality, _G.c.role, w.year),
        by_item=rated.with_only_columns(w.locality, _I.c.code, func.count(), meets, gaps)
        .group_by(w.locality, _I.c.code),
        stages=select(_G.c.current_stage, func.count())
        .join(workshops, _G.c.workshop_id == w.wid)
        .group_by(_G.c.current_stage),
        published=False,
    )  # fmt: skip


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
    """Every figure of the view from the four grouped queries."""
    counts = session.execute(sources.counts).all()
    by_role = session.execute(sources.by_role).all()
    by_item = session.execute(sources.by_item).all()
    stage_rows = session.execute(sources.stages).all()
    cells: dict[tuple[str, str | None], list[int]] = {}
    trend: dict[tuple[str, int], list[int]] = {}
    for locality, role, year, assessed, meeting in by_role:
        _add(cells, (locality, role), int(assessed or 0), int(meeting or 0))
        if year is not None:
            _add(trend, (locality, int(year)), int(assessed or 0), int(meeting or 0))
    held: dict[tuple[str, int], int] = {}
    for locality, year, n in counts:
        if year is not None:
            held[(locality, int(year))] = held.get((locality, int(year)), 0) + int(n)
    readiness = tuple(
        ReadinessCell(loc, GroupRole(role) if role else None, sums[1], sums[0])
        for (loc, role), sums in sorted(cells.items(), key=lambda kv: (kv[0][0], kv[0][1] or "~"))
    )
    stages = tuple(
        sorted(
            (StageCount(Stage(st) if st else None, int(n)) for st, n in stage_rows),
            key=lambda s: -1 if s.stage is None else s.stage.order,
        )
    )
    result = OrganisationFigures(
        workshops=sum(int(n) for _l, _y, n in counts),
        groups=sum(s.groups for s in stages),
        readiness=readiness,
        stages=stages,
        common_needs=_needs(by_item),
        strengths=_strengths(
            (loc, code, int(m or 0), int(n or 0)) for loc, code, n, m, _g in by_item
        ),
        trend=tuple(
            TrendPoint(loc, year, sums[1], sums[0], held.get((loc, year), 0))
            for (loc, year), sums in sorted(trend.items())
        ),
        localities=tuple(sorted({c.locality for c in readiness})),
    )
    wanted = {n.item_code for n in result.common_needs} | {s.item_code for s in result.strengths}
    texts = _published_texts if sources.published else _laptop_texts
    return _with_item_texts(result, texts(session, wanted) if wanted else {})


def _add(into: dict[Any, list[int]], key: Any, assessed: int, meeting: int) -> None:
    sums = into.setdefault(key, [0, 0])
    sums[0] += assessed
    sums[1] += meeting


def _needs(by_item: Iterable[Any]) -> tuple[CommonNeed, ...]:
    totals: dict[str, list[int]] = {}
    for _loc, code, assessed, meeting, gaps in by_item:
        sums = totals.setdefault(code, [0, 0])
        sums[0] += int(assessed or 0) - int(meeting or 0)  # each assessed rating not meeting
        sums[1] += int(gaps or 0)
    found = [
        CommonNeed(code, "", needs, gaps / needs) for code, (needs, gaps) in totals.items() if needs
    ]
    found.sort(key=lambda n: (-n.groups, -n.mean_gap, n.item_code))
    return tuple(found[:TOP])


def _strengths(rows: Iterable[tuple[str, str, int, int]]) -> tuple[Strength, ...]:
    """Pairs of localities on one item: one meets the level needed widely, the other rarely."""
    by_item: dict[str, list[tuple[str, float]]] = {}
    for loc, code, m, n in rows:
        if n >= MIN_RATINGS:
            by_item.setdefault(code, []).append((loc, m / n))
    pairs = [
        Strength(code, "", strong, s_share, weak, w_share)
        for code, shares in by_item.items()
        for strong, s_share in shares
        if s_share >= STRONG_SHARE
        for weak, w_share in shares
        if w_share <= WEAK_SHARE and weak != strong
    ]
    pairs.sort(key=lambda s: (-(s.strong_share - s.weak_share), s.item_code, s.strong_locality))
    return tuple(pairs[:TOP])


def _published_texts(session: Session, wanted: set[str]) -> dict[str, str]:
    """Each wanted item's text as the newest publication carrying it words it (read newest
    first through the publication index, so only the last few publications are read)."""
    texts: dict[str, str] = {}
    newest_first = (
        select(_IS.c.item_code, _IS.c.item_text)
        .where(_IS.c.item_code.in_(sorted(wanted)))
        .order_by(_IS.c.publication_id.desc())
    )
    for code, text in session.execute(newest_first.limit(TOP * len(wanted))):
        texts.setdefault(code, text)
    missing = wanted - texts.keys()
    if missing:  # an item only older workshops have: worth a longer look
        rows = session.execute(
            select(_IS.c.item_code, func.max(_IS.c.item_text))
            .where(_IS.c.item_code.in_(sorted(missing)))
            .group_by(_IS.c.item_code)
        )
        texts.update({code: text for code, text in rows})
    return texts


def _laptop_texts(session: Session, wanted: set[str]) -> dict[str, str]:
    """On the laptop, item texts live in each workshop's framework copy: read each once."""
    texts: dict[str, str] = {}
    documents = session.execute(select(_W.c.framework_document).distinct()).scalars()
    for document in documents:
        for item in json.loads(document).get("items", []):
            if item.get("code") in wanted:
                texts.setdefault(item["code"], str(item.get("text", "")))
        if wanted <= texts.keys():
            break
    return texts


def _with_item_texts(figures: OrganisationFigures, texts: dict[str, str]) -> OrganisationFigures:
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
    localities = session.execute(select(table.c.locality).distinct().order_by(table.c.locality))
    services = session.execute(select(table.c.service).distinct().order_by(table.c.service))
    return [x for x in localities.scalars() if x], [x for x in services.scalars() if x]
