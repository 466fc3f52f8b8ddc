"""LiveSession.record_many: several ratings of a group in one transaction, or none."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store


def test_record_many_commits_all_together_and_refuses_all_on_a_bad_one(store: Store) -> None:
    workshops = WorkshopService(store)
    wid = workshops.create(WorkshopDraft(title="Paper", groups=[GroupDraft("Carers")]))
    live = LiveSession(store, wid)
    try:
        workshop = workshops.get(wid)
        good = {
            "K1": Rating("K1", RatingStatus.AGREED, 2, 4),
            "K2": Rating("K2", RatingStatus.SKIPPED),
        }
        updated = live.record_many(workshop, "g1", good)
        assert dict(updated.group("g1").ratings) == good
        assert dict(workshops.get(wid).group("g1").ratings) == good

        bad = {"K3": Rating("K3", RatingStatus.AGREED, 3, 4), "K4": Rating("K4", current_level=9)}
        with pytest.raises(ValidationError, match="outside the scale"):
            live.record_many(updated, "g1", bad)
        assert dict(workshops.get(wid).group("g1").ratings) == good  # K3 was not written

        cleared = live.record_many(updated, "g1", {"K1": None, "K2": None})
        assert dict(cleared.group("g1").ratings) == {}
        assert dict(workshops.get(wid).group("g1").ratings) == {}
    finally:
        live.close()
