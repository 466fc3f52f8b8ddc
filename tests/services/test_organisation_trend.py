"""The trend per locality follows baseline → follow-up links, on the laptop's store and on the
organisation store (SQLite and a real PostgreSQL server), against a hand-worked example."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.organisation import OrganisationFilter
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.services.publish import PublishService, withdraw
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_queries import published_sources
from coprod_desktop.storage.organisation_store import open_organisation_store
from coprod_desktop.storage.repositories import WorkshopRepository
from tests.services.test_organisation_view import SU, group


def series(framework: Framework) -> list[Workshop]:
    """North: baseline b1 (2024) with follow-ups f2 (2026) and f1 (2025), listed out of order;
    South: baseline b2, its follow-up f3, and f4 following f3 (a follow-up of a follow-up, in
    Mid's hall: the series stays South's); f9 follows a baseline nobody has; x has none."""
    a, b = (i.code for i in framework.items[:2])

    def workshop(uid: str, locality: str, held: str, baseline: str | None,
                 now: tuple[int, int]) -> Workshop:  # fmt: skip
        levels: dict[str, tuple[int, int] | None] = {a: (now[0], 3), b: (now[1], 3)}  # needed 3
        return Workshop(uid=uid, title=uid, framework=framework, item_codes=(a, b),
                        groups=(group("g1", SU, None, levels),), locality=locality,
                        held_on=dt.date.fromisoformat(held), baseline_uid=baseline)  # fmt: skip

    return [
        workshop("b1", "North", "2024-03-01", None, (1, 2)),  # 0 of 2 meet
        workshop("f2", "North", "2026-03-01", "b1", (3, 4)),  # 2 of 2
        workshop("f1", "North", "2025-03-01", "b1", (3, 1)),  # 1 of 2
        workshop("b2", "South", "2024-06-01", None, (3, 1)),  # 1 of 2
        workshop("f3", "South", "2025-06-01", "b2", (4, 3)),  # 2 of 2
        workshop("f4", "Mid", "2026-06-01", "f3", (2, 5)),  # 1 of 2
        workshop("f9", "South", "2025-07-01", "gone", (5, 5)),
        workshop("x", "South", "2025-08-01", None, (5, 5)),
    ]


@pytest.fixture(params=["laptop", "sqlite", "postgresql"])
def view(
    request: pytest.FixtureRequest, store: Store, default_framework: Framework, tmp_path: Path
) -> Iterator[OrganisationView]:
    with store.unit_of_work() as session:
        for w in series(default_framework):
            WorkshopRepository(session).add(w)
    if request.param == "laptop":
        yield OrganisationView.of_laptop(store)
        return
    url = (
        f"sqlite:///{tmp_path / 'organisation.sqlite'}"
        if request.param == "sqlite"
        else str(request.getfixturevalue("postgres_url"))
    )
    organisation = open_organisation_store(parse_url(url), upgrade=True)
    PublishService(store, organisation).publish_all()
    yield OrganisationView.of_organisation(organisation)
    organisation.close()


def points(view: OrganisationView, flt: OrganisationFilter | None = None) -> list[tuple[object, ...]]:  # fmt: skip
    return [(t.locality, t.step, t.meeting, t.assessed, t.workshops) for t in view.trend(flt)]


def test_each_locality_from_its_baselines_through_its_follow_ups(view: OrganisationView) -> None:
    assert points(view) == [
        ("North", 0, 0, 2, 1), ("North", 1, 1, 2, 1), ("North", 2, 2, 2, 1),
        ("South", 0, 1, 2, 1), ("South", 1, 2, 2, 1), ("South", 2, 1, 2, 1),
    ]  # fmt: skip


def test_two_series_at_one_step_add_up(
    store: Store, default_framework: Framework, org_url: str
) -> None:
    """Step 1 is North's f1 and South's f3 once both series live in one locality."""
    moved = [
        dataclasses.replace(w, locality="North") if w.locality == "South" else w
        for w in series(default_framework)
    ]
    with store.unit_of_work() as session:
        for w in moved:
            WorkshopRepository(session).add(w)
    organisation = open_organisation_store(parse_url(org_url), upgrade=True)
    try:
        PublishService(store, organisation).publish_all()
        for view in (
            OrganisationView.of_laptop(store),
            OrganisationView.of_organisation(organisation),
        ):
            assert points(view) == [
                ("North", 0, 1, 4, 2), ("North", 1, 3, 4, 2), ("North", 2, 3, 4, 2)
            ]  # fmt: skip
    finally:
        organisation.close()


def test_the_filter_applies_to_both_ends_of_a_link(view: OrganisationView) -> None:
    since_2025 = OrganisationFilter(held_from=dt.date(2025, 1, 1))
    assert points(view, since_2025) == []  # the baselines are before the range
    assert points(view, OrganisationFilter(localities=("South",))) == [
        ("South", 0, 1, 2, 1), ("South", 1, 2, 2, 1)
    ]  # fmt: skip
    # f4 (Mid's) is out of view: the series ends where the filter cuts it.
    assert points(view, OrganisationFilter(localities=("South", "Mid"))) == [
        ("South", 0, 1, 2, 1), ("South", 1, 2, 2, 1), ("South", 2, 1, 2, 1)
    ]  # fmt: skip


def test_a_withdrawn_baseline_takes_its_series_out(
    store: Store, default_framework: Framework, org_url: str
) -> None:
    with store.unit_of_work() as session:
        for w in series(default_framework):
            WorkshopRepository(session).add(w)
    organisation = open_organisation_store(parse_url(org_url), upgrade=True)
    try:
        PublishService(store, organisation).publish_all()
        withdraw(organisation, "f3", "")  # the middle of South's series: f4 follows nothing
        view = OrganisationView.of_organisation(organisation)
        assert [p[:2] for p in points(view)] == [("North", 0), ("North", 1), ("North", 2)]
        withdraw(organisation, "b2", "")
        assert [p[:2] for p in points(view)] == [("North", 0), ("North", 1), ("North", 2)]
    finally:
        organisation.close()


def test_postgresql_plans_the_view_without_compiling_it(postgres_url: str) -> None:
    """The trend's recursive query is guessed at hundreds of thousands of rows, over the cost
    at which PostgreSQL compiles a query (2.5 s at 10,000 workshops): the store turns that off
    for its own connections, and the trend's plan has no JIT part even at a zero threshold."""
    organisation = open_organisation_store(parse_url(postgres_url), upgrade=True)
    try:
        with organisation.reading() as session:
            assert session.execute(text("SHOW jit")).scalar_one() == "off"
            session.execute(text("SET jit_above_cost = 0"))
            trend = published_sources(OrganisationFilter()).trend
            sql = trend.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
            )
            plan = session.execute(text(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}"))
            assert "JIT" not in plan.scalar_one()[0]
    finally:
        organisation.close()
