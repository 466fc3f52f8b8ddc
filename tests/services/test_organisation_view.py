"""The organisation figures against a hand-worked example, on the laptop's SQLite store and on
the organisation store (SQLite and a real PostgreSQL server)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.domain.organisation import OrganisationFilter
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Group, StagePlacement, Workshop
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.services.publish import PublishService, withdraw
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import open_organisation_store
from coprod_desktop.storage.repositories import WorkshopRepository

SU, FL, MG = GroupRole.SERVICE_USERS, GroupRole.FRONT_LINE, GroupRole.MANAGERS


def group(key: str, role: GroupRole, stage: Stage | None, levels: dict[str, tuple[int, int] | None]) -> Group:  # fmt: skip
    ratings = {
        code: Rating(item_code=code, status=RatingStatus.SKIPPED)
        if pair is None
        else Rating(item_code=code, current_level=pair[0], required_level=pair[1])
        for code, pair in levels.items()
    }
    return Group(key=key, name=f"{role.value} {key}", role=role,
                 placement=StagePlacement(current=stage), ratings=ratings)  # fmt: skip


def example(framework: Framework) -> list[Workshop]:
    """Three workshops: North (2025, and its follow-up in 2026) and South (2026); items A, B, C."""
    a, b, c = (i.code for i in framework.items[:3])

    def workshop(uid: str, locality: str, service: str, held: str, *groups: Group) -> Workshop:
        return Workshop(uid=uid, title=f"{locality} {held}", framework=framework,
                        item_codes=(a, b, c), groups=groups, locality=locality, service=service,
                        held_on=dt.date.fromisoformat(held),
                        baseline_uid="w1" if uid == "w3" else None)  # fmt: skip

    return [
        workshop("w1", "North", "Housing", "2025-03-01",
                 group("g1", SU, Stage.ACTIVE_INVOLVEMENT, {a: (2, 4), b: (3, 3), c: None}),
                 group("g2", FL, Stage.CO_DESIGN, {a: (4, 4), b: (1, 3), c: (5, 4)})),
        workshop("w2", "South", "Health", "2026-05-01",
                 group("g1", SU, Stage.CO_DESIGN, {a: (1, 3), b: (1, 4), c: (2, 3)}),
                 group("g2", MG, None, {a: (3, 4), b: (4, 4), c: (4, 5)})),
        workshop("w3", "North", "Housing", "2026-06-01",
                 group("g1", SU, Stage.CO_DELIVERY, {a: (4, 4), b: (4, 3), c: (3, 3)})),
    ]  # fmt: skip


@pytest.fixture(params=["laptop", "sqlite", "postgresql"])
def view(
    request: pytest.FixtureRequest, store: Store, default_framework: Framework, tmp_path: Path
) -> Iterator[OrganisationView]:
    with store.unit_of_work() as session:
        for w in example(default_framework):
            WorkshopRepository(session).add(w)
    if request.param == "laptop":
        yield OrganisationView.of_laptop(store)
        return
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'organisation.sqlite'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    organisation = open_organisation_store(parse_url(url), upgrade=True)
    publishing = PublishService(store, organisation)
    publishing.publish_all()
    yield OrganisationView.of_organisation(organisation)
    organisation.close()


def test_the_figures_match_the_hand_worked_example(view: OrganisationView) -> None:
    f = view.figures()
    assert (f.workshops, f.groups) == (3, 5)
    assert f.localities == ("North", "South")
    cells = {(c.locality, c.role): (c.meeting, c.assessed) for c in f.readiness}
    assert cells == {
        ("North", SU): (4, 5), ("North", FL): (2, 3), ("South", SU): (0, 3), ("South", MG): (1, 3)
    }  # fmt: skip
    assert f.roles == (SU, FL, MG)
    assert [(s.stage, s.groups) for s in f.stages] == [
        (None, 1), (Stage.ACTIVE_INVOLVEMENT, 1), (Stage.CO_DESIGN, 2), (Stage.CO_DELIVERY, 1)
    ]  # fmt: skip
    needs = [(n.groups, round(n.mean_gap, 3)) for n in f.common_needs]
    assert needs == [(3, 1.667), (2, 2.5), (2, 1.0)]
    assert all(n.item_text for n in f.common_needs)
    (strength,) = f.strengths
    assert (strength.strong_locality, strength.strong_share) == ("North", 1.0)
    assert (strength.weak_locality, strength.weak_share) == ("South", 0.0)
    # North's baseline w1 (3 of 5 meet) and its follow-up w3 (3 of 3); South has no follow-up.
    assert f.trend == ()  # its own query, asked for on its own
    trend = [(t.locality, t.step, t.meeting, t.assessed, t.workshops) for t in view.trend()]
    assert trend == [("North", 0, 3, 5, 1), ("North", 1, 3, 3, 1)]


@pytest.mark.parametrize(
    ("flt", "workshops"),
    [
        (OrganisationFilter(localities=("North",)), 2),
        (OrganisationFilter(services=("Health",)), 1),
        (OrganisationFilter(held_from=dt.date(2026, 1, 1)), 2),
        (OrganisationFilter(held_to=dt.date(2025, 12, 31)), 1),
        (OrganisationFilter(localities=("Nowhere",)), 0),
    ],
)
def test_filters(view: OrganisationView, flt: OrganisationFilter, workshops: int) -> None:
    assert view.figures(flt).workshops == workshops


def test_withdrawn_and_superseded_revisions_leave_the_view(
    store: Store, default_framework: Framework, org_url: str
) -> None:
    with store.unit_of_work() as session:
        ids = [WorkshopRepository(session).add(w) for w in example(default_framework)]
    organisation = open_organisation_store(parse_url(org_url), upgrade=True)
    try:
        publishing = PublishService(store, organisation)
        publishing.publish_all()
        withdraw(organisation, "w2", "")
        with store.unit_of_work() as session:  # an edit: w3's service users now skip item A
            repo = WorkshopRepository(session)
            w3 = repo.load(ids[2])
            code = w3.item_codes[0]
            skipped = Rating(item_code=code, status=RatingStatus.SKIPPED)
            repo.replace(ids[2], w3.with_rating("g1", code, skipped))
        assert publishing.publish(ids[2]).revision == 2
        f = OrganisationView.of_organisation(organisation).figures()
        assert (f.workshops, f.localities) == (2, ("North",))
        assert {(c.locality, c.role): c.assessed for c in f.readiness}[("North", SU)] == 4
    finally:
        organisation.close()


def test_the_needs_and_strengths_on_their_own_are_the_whole_figures_part(
    view: OrganisationView,
) -> None:
    """The window's first paint leaves them out and their tabs ask for them: the same figures."""
    whole = view.figures()
    assert whole.common_needs and whole.strengths
    assert view.items() == (whole.common_needs, whole.strengths)
    first = view.figures(with_items=False)
    assert (first.common_needs, first.strengths) == ((), ())
    assert (
        dataclasses.replace(first, common_needs=whole.common_needs, strengths=whole.strengths)
        == whole
    )
