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

from sqlalchemy import Table, and_, case, func, literal, not_, select
from sqlalchemy.sql import ColumnElement, Select, Subquery
from sqlmodel import Session

from coprod_desktop.domain.framework import GroupRole, Stage
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

    #: workshops
    counts: Select[Any]
    #: locality, role, assessed, meeting
    by_role: Select[Any]
    #: locality, item_code, assessed, meeting, gap_sum (needs are assessed - meeting; the
    #: texts of the few items shown are read afterwards, not summed over every row)
    by_item: Select[Any]
    #: stage, groups
    stages: Select[Any]
    #: locality, step (0 baseline, n the n-th follow-up), workshops, assessed, meeting
    trend: Select[Any]
    published: bool


def published_sources(flt: OrganisationFilter) -> Sources:
    """The organisation store: each workshop's newest revision, unless withdrawn, read from the
    sums written with each revision (so no query reads every rating)."""
    current = _current_publications(flt)
    c = current.c
    sums = (
        select(
            _RS.c.publication_id.label("pid"), func.sum(_RS.c.assessed).label("assessed"),
            func.sum(_RS.c.meeting).label("meeting"),
        )
        .group_by(_RS.c.publication_id)
        .subquery("sums")
    )  # fmt: skip
    return Sources(
        counts=select(func.count()).select_from(current),
        by_role=select(c.locality, _RS.c.role, func.sum(_RS.c.assessed), func.sum(_RS.c.meeting))
        .join(_RS, _RS.c.publication_id == c.pid)
        .group_by(c.locality, _RS.c.role),
        by_item=select(
            c.locality, _IS.c.item_code, func.sum(_IS.c.assessed), func.sum(_IS.c.meeting),
            func.sum(_IS.c.gap_sum),
        )
        .join(_IS, _IS.c.publication_id == c.pid)
        .group_by(c.locality, _IS.c.item_code),
        stages=select(_PG.c.current_stage, func.count())
        .join(current, _PG.c.publication_id == c.pid)
        .group_by(_PG.c.current_stage),
        trend=_trend(current, sums),
        published=True,
    )  # fmt: skip


def _current_publications(flt: OrganisationFilter) -> Subquery:
    """The newest revision of each workshop in ``flt``, unless withdrawn."""
    newer = select(_P2.c.id).where(
        _P2.c.workshop_uid == _P.c.workshop_uid, _P2.c.revision > _P.c.revision
    )
    withdrawn = select(_WD.c.id).where(_WD.c.workshop_uid == _P.c.workshop_uid)
    chosen = select(
        _P.c.id.label("pid"), _P.c.workshop_uid.label("uid"), _P.c.baseline_uid.label("baseline"),
        _P.c.locality.label("locality"), _P.c.held_on.label("held"),
    ).where(not_(newer.exists()), not_(withdrawn.exists()))  # fmt: skip
    return _filtered(chosen, _P, flt).subquery("current")


def laptop_sources(flt: OrganisationFilter) -> Sources:
    """The laptop's own workshops, summed from their ratings (item texts are filled in later)."""
    workshops = _laptop_workshops(flt)
    w = workshops.c
    assessed = and_(
        _R.c.status != "skipped", _R.c.current_level.is_not(None), _R.c.required_level.is_not(None)
    )
    meets = func.sum(case((_R.c.current_level >= _R.c.required_level, 1), else_=0))
    short = _R.c.current_level < _R.c.required_level
    gaps = func.sum(case((short, _R.c.required_level - _R.c.current_level), else_=0))
    rated = (
        select(w.locality, _G.c.role, _I.c.code, _R.c.current_level)
        .join(_G, _G.c.workshop_id == w.pid)
        .join(_R, _R.c.group_id == _G.c.id)
        .join(_I, _I.c.id == _R.c.item_id)
        .where(assessed)
    )
    sums = (
        select(
            _G.c.workshop_id.label("pid"), func.count().label("assessed"), meets.label("meeting")
        )
        .join(_R, _R.c.group_id == _G.c.id)
        .where(assessed)
        .group_by(_G.c.workshop_id)
        .subquery("sums")
    )
    return Sources(
        counts=select(func.count()).select_from(workshops),
        by_role=rated.with_only_columns(w.locality, _G.c.role, func.count(), meets)
        .group_by(w.locality, _G.c.role),
        by_item=rated.with_only_columns(w.locality, _I.c.code, func.count(), meets, gaps)
        .group_by(w.locality, _I.c.code),
        stages=select(_G.c.current_stage, func.count())
        .join(workshops, _G.c.workshop_id == w.pid)
        .group_by(_G.c.current_stage),
        trend=_trend(workshops, sums),
        published=False,
    )  # fmt: skip


def _laptop_workshops(flt: OrganisationFilter) -> Subquery:
    """The laptop's workshops in ``flt``."""
    chosen = select(
        _W.c.id.label("pid"), _W.c.uid.label("uid"), _W.c.baseline_uid.label("baseline"),
        _W.c.locality.label("locality"), _W.c.held_on.label("held"),
    )  # fmt: skip
    return _filtered(chosen, _W, flt).subquery("workshops")


def _trend(current: Subquery, sums: Subquery) -> Select[Any]:
    """Readiness per locality at each step of its baseline → follow-up series, in one pass: a
    series is a baseline and every workshop reached from it by baseline links (a follow-up, a
    follow-up of that follow-up …), step 0, then 1, 2 … by date; only series with a follow-up
    count, under the baseline's locality. ``sums``: pid, assessed, meeting, one row per
    workshop."""
    # Chosen once, walked twice (the baselines, then each step's follow-ups).
    in_view = current.element.cte("in_view")
    c = in_view.c
    roots = select(
        c.pid, c.uid, c.held, c.locality.label("home"), c.uid.label("root"),
        literal(0).label("depth"),
    ).where(c.baseline.is_(None))  # fmt: skip
    chain = roots.cte("chain", recursive=True)
    # It ends: a workshop uid is unique among them, so each workshop has one baseline and no
    # loop of links can be reached from a workshop with none.
    later = in_view.alias("later")
    chain = chain.union_all(
        select(
            later.c.pid,
            later.c.uid,
            later.c.held,
            chain.c.home,
            chain.c.root,
            (chain.c.depth + 1).label("depth"),
        ).join(chain, later.c.baseline == chain.c.uid)
    )
    k = chain.c
    order = (k.depth > 0, k.held.asc().nulls_last(), k.pid)
    members = select(
        k.pid,
        k.home,
        (func.row_number().over(partition_by=k.root, order_by=order) - 1).label("step"),
        func.count().over(partition_by=k.root).label("size"),
    ).subquery("series")
    m = members.c
    return (
        select(m.home, m.step, func.count(), func.sum(sums.c.assessed), func.sum(sums.c.meeting))
        .outerjoin(sums, sums.c.pid == m.pid)
        .where(m.size > 1)  # a baseline with at least one follow-up
        .group_by(m.home, m.step)
    )


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


def figures(session: Session, sources: Sources, *, with_items: bool = True) -> OrganisationFigures:
    """Every figure of the view but the trend (:func:`trend`), from four grouped queries; without
    ``with_items`` the common needs and the strengths (:func:`items`, their own tabs) are left
    empty."""
    workshops = int(session.execute(sources.counts).scalar_one())
    by_role = session.execute(sources.by_role).all()
    stage_rows = session.execute(sources.stages).all()
    cells: dict[tuple[str, str | None], list[int]] = {}
    for locality, role, assessed, meeting in by_role:
        _add(cells, (locality, role), int(assessed or 0), int(meeting or 0))
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
    needs, strengths = items(session, sources) if with_items else ((), ())
    return OrganisationFigures(
        workshops=workshops,
        groups=sum(s.groups for s in stages),
        readiness=readiness,
        stages=stages,
        common_needs=needs,
        strengths=strengths,
        localities=tuple(sorted({c.locality for c in readiness})),
    )


def items(
    session: Session, sources: Sources
) -> tuple[tuple[CommonNeed, ...], tuple[Strength, ...]]:
    """The needs most common across the organisation and the strengths one locality could
    share with another, with their items' texts: one query over the per-item sums (half the
    figures' work at 10,000 workshops, so its tabs compute it when first shown)."""
    by_item = session.execute(sources.by_item).all()
    needs = _needs(by_item)
    strengths = _strengths((loc, code, int(m or 0), int(n or 0)) for loc, code, n, m, _g in by_item)
    wanted = {n.item_code for n in needs} | {s.item_code for s in strengths}
    texts = (_published_texts if sources.published else _laptop_texts)(session, wanted)
    return (
        tuple(dataclasses.replace(n, item_text=texts.get(n.item_code, "")) for n in needs),
        tuple(dataclasses.replace(s, item_text=texts.get(s.item_code, "")) for s in strengths),
    )


def trend(session: Session, sources: Sources) -> tuple[TrendPoint, ...]:
    """The trend per locality, baseline → follow-ups (its own query: its own tab)."""
    rows = session.execute(sources.trend).all()
    return tuple(
        TrendPoint(home, int(step), int(meeting or 0), int(assessed or 0), int(n))
        for home, step, n, assessed, meeting in sorted(rows, key=lambda r: (r[0] or "", r[1]))
    )


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
    if not wanted:
        return texts
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
    if not wanted:
        return texts
    documents = session.execute(select(_W.c.framework_document).distinct()).scalars()
    for document in documents:
        for item in json.loads(document).get("items", []):
            if item.get("code") in wanted:
                texts.setdefault(item["code"], str(item.get("text", "")))
        if wanted <= texts.keys():
            break
    return texts


def choices(session: Session, published: bool) -> tuple[list[str], list[str]]:
    """The localities and services present, for the filter lists."""
    table = _P if published else _W
    localities = session.execute(select(table.c.locality).distinct().order_by(table.c.locality))
    services = session.execute(select(table.c.service).distinct().order_by(table.c.service))
    return [x for x in localities.scalars() if x], [x for x in services.scalars() if x]
