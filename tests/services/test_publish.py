"""Publishing to the organisation store, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData, String, Text, select, text

from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.rating import Rating
from coprod_desktop.services.data_folder import DataFolder, open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.merge import MergeService, UnresolvedDifferencesError
from coprod_desktop.services.publish import (
    Outcome,
    PublishConflictError,
    PublishService,
    WithdrawnError,
    withdraw,
)
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.connection_url import parse_url
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.organisation_store import OrganisationStore, open_organisation_store
from coprod_desktop.storage.publications import PublicationRepository
from coprod_desktop.storage.repositories import WorkshopRepository
from tests.worded import raises_worded, worded

SECRET = "Private: Dee was upset about the housing officer"


@pytest.fixture
def organisation(org_url: str) -> Iterator[OrganisationStore]:
    store = open_organisation_store(parse_url(org_url), upgrade=True)
    yield store
    store.close()


@pytest.fixture
def laptop_b(tmp_path: Path) -> Iterator[DataFolder]:
    folder = open_data_folder(tmp_path / "laptop-b")
    yield folder
    folder.close()


def rate(
    store: Store, workshop_id: int, group: str, item: str, level: int, *, note: str = ""
) -> None:
    session = LiveSession(store, workshop_id)
    try:
        rating = Rating(item_code=item, current_level=level, required_level=5, private_note=note)
        session.record(group, item, rating)
    finally:
        session.close()


def copy_to(store: Store, workshop_id: int, other: Store, tmp_path: Path) -> int:
    """The workshop moved to another laptop as a file (same uid)."""
    path = tmp_path / f"moved-{workshop_id}.coprod"
    WorkshopExchange(store).export_file(workshop_id, path)
    return WorkshopExchange(other).import_file(path)


def all_text(organisation: OrganisationStore) -> str:
    """Every text value in every table of the organisation store."""
    meta = MetaData()
    meta.reflect(organisation.engine)
    found: list[str] = []
    with organisation.engine.connect() as conn:
        for table in meta.sorted_tables:
            columns = [c for c in table.c if isinstance(c.type, String | Text)]
            for row in conn.execute(select(*columns)) if columns else ():
                found.extend(str(v) for v in row if v is not None)
    return "\n".join(found)


def test_publish_copies_the_workshop_once_and_keeps_private_notes_home(
    store: Store, demo_id: int, organisation: OrganisationStore
) -> None:
    rate(store, demo_id, "g1", "K1", 2, note=SECRET)
    service = PublishService(store, organisation)
    first = service.publish(demo_id)
    assert (first.revision, first.outcome) == (1, Outcome.NEW)
    again = service.publish(demo_id)
    assert (again.revision, again.outcome) == (1, Outcome.UNCHANGED)
    with organisation.reading() as session:
        assert PublicationRepository(session).count() == 1
    assert SECRET not in all_text(organisation)
    found = service.current(service_uid(store, demo_id))
    assert found is not None
    revision, published = found
    assert revision == 1
    assert published.group("g1").ratings["K1"].current_level == 2
    assert all(not r.private_note for g in published.groups for r in g.ratings.values())


def service_uid(store: Store, workshop_id: int) -> str:
    with store.reading() as session:
        return WorkshopRepository(session).load(workshop_id).uid


def test_an_edit_becomes_a_new_revision_naming_its_parent(
    store: Store, demo_id: int, organisation: OrganisationStore
) -> None:
    service = PublishService(store, organisation)
    service.publish(demo_id)
    rate(store, demo_id, "g2", "K1", 4)
    second = service.publish(demo_id)
    assert (second.revision, second.outcome) == (2, Outcome.REVISED)
    with organisation.reading() as session:
        assert PublicationRepository(session).revisions(service_uid(store, demo_id)) == [
            (1, None),
            (2, 1),
        ]


def test_a_stale_edit_is_refused_with_a_way_to_merge(
    store: Store, demo_id: int, laptop_b: DataFolder, organisation: OrganisationStore,
    tmp_path: Path,
) -> None:  # fmt: skip
    b_id = copy_to(store, demo_id, laptop_b.store, tmp_path)
    on_a, on_b = PublishService(store, organisation), PublishService(laptop_b.store, organisation)
    on_a.publish(demo_id)
    assert on_b.publish(b_id).outcome is Outcome.UNCHANGED  # the same content: nothing to do
    rate(store, demo_id, "g1", "K1", 1)
    assert on_a.publish(demo_id).revision == 2
    rate(laptop_b.store, b_id, "g1", "K1", 5)
    with raises_worded(PublishConflictError, match="revision 2") as info:
        on_b.publish(b_id)
    assert f"merge {b_id} --published" in worded(info.value)
    with organisation.reading() as session:
        assert PublicationRepository(session).count() == 2


def test_a_withdrawn_workshop_is_not_recreated(
    store: Store, demo_id: int, organisation: OrganisationStore
) -> None:
    service = PublishService(store, organisation)
    service.publish(demo_id)
    withdraw(organisation, service_uid(store, demo_id), "published by mistake")
    rate(store, demo_id, "g1", "K1", 3)
    with raises_worded(WithdrawnError, match="withdrawn"):
        service.publish(demo_id)
    with organisation.reading() as session:
        assert PublicationRepository(session).count() == 1


def _fail_on_item(organisation: OrganisationStore, code: str) -> None:
    """A real failure part-way through the insert: a trigger refuses one rating."""
    with organisation.engine.begin() as conn:
        if organisation.is_postgres:
            conn.execute(text(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.item_code = '{code}' THEN RAISE EXCEPTION 'disk gone'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            ))  # fmt: skip
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON published_rating "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            ))  # fmt: skip
        else:
            conn.execute(text(
                "CREATE TRIGGER refuse BEFORE INSERT ON published_rating "
                f"WHEN NEW.item_code = '{code}' BEGIN SELECT RAISE(ABORT, 'disk gone'); END"
            ))  # fmt: skip


def test_an_interrupted_publish_leaves_nothing_half_written(
    store: Store, demo_id: int, organisation: OrganisationStore
) -> None:
    _fail_on_item(organisation, "A3")
    service = PublishService(store, organisation)
    with raises_worded(Exception, match="disk gone"):
        service.publish(demo_id)
    with organisation.engine.connect() as conn:
        for table in ("publication", "published_group", "published_rating"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    with store.reading() as session:
        assert WorkshopRepository(session).published_revision(demo_id) is None


def test_two_laptops_publishing_at_once_both_succeed(
    store: Store, laptop_b: DataFolder, organisation: OrganisationStore, tmp_path: Path
) -> None:
    a_ids = [create_demo(store) for _ in range(3)]
    b_ids = [create_demo(laptop_b.store) for _ in range(3)]
    shared = copy_to(store, a_ids[0], laptop_b.store, tmp_path)  # one workshop on both
    start = threading.Barrier(2)
    results: dict[str, list[Outcome]] = {}
    errors: list[BaseException] = []

    def run(name: str, laptop: Store, ids: list[int]) -> None:
        try:
            service = PublishService(laptop, organisation)
            start.wait()
            results[name] = [service.publish(i).outcome for i in ids]
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=("a", store, a_ids)),
        threading.Thread(target=run, args=("b", laptop_b.store, [shared, *b_ids])),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results["a"][1:] == [Outcome.NEW, Outcome.NEW]
    assert results["b"][1:] == [Outcome.NEW] * 3
    assert sorted([results["a"][0], results["b"][0]]) == [Outcome.NEW, Outcome.UNCHANGED]
    with organisation.reading() as session:
        assert PublicationRepository(session).count() == 6


def test_publish_all_reports_each_workshop_and_goes_on_after_a_refusal(
    store: Store, demo_id: int, organisation: OrganisationStore
) -> None:
    other = create_demo(store)
    service = PublishService(store, organisation)
    service.publish(demo_id)
    withdraw(organisation, service_uid(store, demo_id), "")
    seen: list[tuple[int, int]] = []
    results = service.publish_all(lambda done, total, _result: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    assert isinstance(results[0], WithdrawnError)
    assert not isinstance(results[1], Exception) and results[1].workshop_id == other


def test_a_conflict_merged_from_the_organisation_publishes_as_one_workshop(
    store: Store, demo_id: int, laptop_b: DataFolder, organisation: OrganisationStore,
    tmp_path: Path,
) -> None:  # fmt: skip
    b_id = copy_to(store, demo_id, laptop_b.store, tmp_path)
    on_a, on_b = PublishService(store, organisation), PublishService(laptop_b.store, organisation)
    on_a.publish(demo_id)
    on_b.publish(b_id)  # unchanged: both laptops start from revision 1
    rate(store, demo_id, "g1", "K1", 1)  # room one
    rate(store, demo_id, "g2", "K2", 2)
    on_a.publish(demo_id)
    rate(laptop_b.store, b_id, "g1", "K1", 5, note=SECRET)  # room two: one rating differs
    rate(laptop_b.store, b_id, "g3", "K3", 3)
    with pytest.raises(PublishConflictError):
        on_b.publish(b_id)
    found = on_b.current(service_uid(store, demo_id))
    assert found is not None
    revision, theirs = found
    base = on_b.current(theirs.uid, 1)
    assert base is not None
    merging = MergeService(laptop_b.store)
    preview = merging.preview(b_id, theirs, base[1])
    assert [d.key for d in preview.differences] == ["g1:K1"]  # only K1 was changed by both
    assert len(merging.preview(b_id, theirs).differences) == 3  # without the base, 3 look so
    with pytest.raises(UnresolvedDifferencesError):
        merging.apply(b_id, theirs, {}, base=base[1], published_revision=revision)
    merged = merging.apply(
        b_id, theirs, {"g1:K1": Side.THEIRS}, base=base[1], published_revision=revision
    )
    assert merged.group("g1").ratings["K1"].current_level == 1
    assert merged.group("g1").ratings["K1"].private_note == SECRET  # still on laptop B only
    assert merged.group("g2").ratings["K2"].current_level == 2
    assert merged.group("g3").ratings["K3"].current_level == 3
    third = on_b.publish(b_id)
    assert (third.revision, third.outcome) == (3, Outcome.REVISED)
    latest = on_a.current(merged.uid)
    assert latest is not None and latest[1].group("g3").ratings["K3"].current_level == 3
    assert SECRET not in all_text(organisation)
