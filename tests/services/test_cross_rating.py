"""Cross-rating in the live session, on a real store: the group on screen gives its view of
another group or the partnership; each view one undoable step, on the disk when it returns,
read back after a restart, refused for the group itself, and saved once a refusing disk
recovers; a group leaving takes its views with it, and undo brings them back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coprod_desktop.domain.cross_rating import CrossRating
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.steps import StepKind
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from tests.services.refusing_disk import RefusingDisk


@pytest.fixture
def live(store: Store) -> LiveSession:
    groups = [GroupDraft("Users", 5), GroupDraft("Carers", 4), GroupDraft("Staff", 3)]
    wid = WorkshopService(store).create(
        WorkshopDraft(title="Views", groups=groups, item_codes=["K1", "K2", "S1"])
    )
    return LiveSession(store, wid)


@pytest.fixture
def disk(store: Store) -> Iterator[RefusingDisk]:
    refusing = RefusingDisk(store)
    yield refusing
    refusing.remove()


def test_views_are_undoable_steps_on_the_disk(live: LiveSession, store: Store) -> None:
    live.jump("g1", "K2")
    changes = live.set_cross_rating("g3", 4)
    assert changes.saved and changes.step is not None
    assert changes.step.kind is StepKind.CROSS_RATING and changes.step.number == 4
    live.set_cross_rating(None, 2)
    live.set_cross_rating("g3", 5)
    expected = (CrossRating("g1", "g3", "K2", 5), CrossRating("g1", None, "K2", 2))
    assert live.workshop.cross_ratings == expected
    assert live.load()[0].cross_ratings == expected
    assert LiveSession(store, live.workshop_id).workshop.cross_ratings == expected  # restart
    assert live.cross_rating("g3") == 5
    live.undo()
    assert live.cross_rating("g3") == 4 and live.load()[0].cross_ratings[0].level == 4
    live.redo()
    live.set_cross_rating("g3", None)
    assert live.load()[0].cross_ratings == (CrossRating("g1", None, "K2", 2),)


def test_a_view_of_itself_or_off_the_scale_is_refused(live: LiveSession) -> None:
    live.jump("g2", "K1")
    own = live.set_cross_rating("g2", 3)
    assert own.problem is not None and own.problem.code == "cross_rating.own_group"
    off = live.set_cross_rating("g1", 9)
    assert off.problem is not None and off.problem.code == "scale.outside"
    assert live.workshop.cross_ratings == () == live.load()[0].cross_ratings


def test_a_leaving_group_takes_its_views_and_undo_brings_them_back(live: LiveSession) -> None:
    live.jump("g2", "K1")
    live.set_cross_rating("g1", 3)
    live.jump("g1", "K1")
    live.set_cross_rating("g2", 4)
    live.set_cross_rating("g3", 2)
    live.remove_group("g2")
    assert live.load()[0].cross_ratings == (CrossRating("g1", "g3", "K1", 2),)
    live.undo()
    assert len(live.load()[0].cross_ratings) == 3


def test_views_given_while_the_disk_refused_are_saved_once_it_recovers(
    live: LiveSession, disk: RefusingDisk
) -> None:
    live.jump("g3", "S1")
    disk.refusing = True
    assert live.set_cross_rating("g1", 3).problem is not None
    live.set_cross_rating(None, 4)
    assert live.unsaved_count > 0
    disk.refusing = False
    assert live.retry_saving().saved
    assert live.load()[0].cross_ratings == live.workshop.cross_ratings
    assert len(live.workshop.cross_ratings) == 2
