"""The live session's use cases: record a rating, place a group, keep actions and the
parking lot, remember where the facilitator is. Each call is one committed transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.session import Cursor, valid_cursor
from coprod_desktop.domain.workshop import Action, ParkingLotEntry, StagePlacement, Workshop
from coprod_desktop.storage.capture import CaptureWriter, open_session_workshop, saved_cursor
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository


class LiveSession:
    """One workshop being run: validates each change against the workshop's rules, then
    commits it before returning, so what the console shows as saved is on disk."""

    def __init__(self, store: Store, workshop_id: int) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self._writer = CaptureWriter(store, workshop_id)

    def load(self) -> tuple[Workshop, Cursor]:
        """The workshop as stored, and where its session was (or its start)."""
        with self.store.reading() as session:
            workshop = WorkshopRepository(session).load(self.workshop_id)
            cursor = saved_cursor(session.connection(), self.workshop_id)
        return workshop, valid_cursor(workshop, cursor)

    def record(self, workshop: Workshop, group_key: str, item_code: str,
               rating: Rating | None, *, checked: Workshop | None = None) -> Workshop:  # fmt: skip
        """Store ``rating`` (None clears it) if ``workshop``'s rules allow it; returns the
        workshop with it, once it is committed. ``checked``, when given, is
        ``workshop.with_rating(group_key, item_code, rating)`` made earlier (the session
        foresees the level keys), so the rules need not run twice."""
        updated = (
            checked if checked is not None else workshop.with_rating(group_key, item_code, rating)
        )
        self._writer.put_rating(group_key, item_code, rating)
        return updated

    def record_many(self, workshop: Workshop, group_key: str,
                    ratings: Mapping[str, Rating | None]) -> Workshop:  # fmt: skip
        """Store several of one group's ratings (None clears one) as one transaction, if
        ``workshop``'s rules allow each; returns the workshop with them, once committed."""
        updated = workshop
        for item_code, rating in ratings.items():
            updated = updated.with_rating(group_key, item_code, rating)
        self._writer.put_ratings(group_key, ratings)
        return updated

    def place(self, group_key: str, placement: StagePlacement) -> None:
        self._writer.put_placement(group_key, placement)

    def set_actions(self, actions: Sequence[Action]) -> None:
        self._writer.put_actions(actions)

    def set_parking_lot(self, entries: Sequence[ParkingLotEntry]) -> None:
        self._writer.put_parking_lot(entries)

    def close(self) -> None:
        """The session is over (its window closed): release what it holds."""
        self._writer.close()

    def remember(self, cursor: Cursor, *, is_open: bool = True) -> None:
        """Save where the facilitator is; ``is_open=False`` when the session is closed."""
        self._writer.put_cursor(cursor, is_open=is_open)


def session_to_resume(store: Store) -> int | None:
    """The workshop whose session was still open when the app last stopped."""
    with store.reading() as session:
        return open_session_workshop(session.connection())
