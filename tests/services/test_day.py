"""The pace of past sessions, read from a real store: the times its ratings were saved."""

from __future__ import annotations

import datetime as dt
import sqlite3

from coprod_desktop.domain.day import DEFAULT_SECONDS
from coprod_desktop.domain.rating import Rating
from coprod_desktop.services.day import pace_of_past_sessions
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store

CODES = ["K1", "K2", "K3", "K4", "K5", "K6"]


def rated_workshop(store: Store, title: str) -> int:
    wid = WorkshopService(store).create(
        WorkshopDraft(title=title, groups=[GroupDraft("A"), GroupDraft("B")], item_codes=CODES)
    )
    live = LiveSession(store, wid)
    for key in ("g1", "g2"):
        for code in CODES:
            live.record(key, code, Rating(code, current_level=2))
    return wid


def space_out(store: Store, wid: int, seconds: float) -> None:
    """As if the room had taken ``seconds`` on each rating (the store keeps when each was
    saved; a test cannot wait a minute a rating)."""
    conn = sqlite3.connect(store.path)
    try:
        ids = [row[0] for row in conn.execute(
            "SELECT rating.id FROM rating JOIN workshop_group ON rating.group_id = "
            "workshop_group.id WHERE workshop_id = ? ORDER BY rating.id", (wid,))]  # fmt: skip
        start = dt.datetime(2026, 11, 12, 10, 0)
        with conn:
            for n, rating_id in enumerate(ids):
                saved = start + dt.timedelta(seconds=n * seconds)
                conn.execute("UPDATE rating SET updated_at = ? WHERE id = ?",
                             (saved.isoformat(sep=" "), rating_id))  # fmt: skip
    finally:
        conn.close()


def test_the_pace_is_learned_from_the_stores_past_sessions(store: Store) -> None:
    assert pace_of_past_sessions(store).seconds == DEFAULT_SECONDS  # nothing to learn from
    first = rated_workshop(store, "Spring")
    assert pace_of_past_sessions(store).seconds == DEFAULT_SECONDS  # saved all at once
    space_out(store, first, 45)
    pace = pace_of_past_sessions(store)
    assert (pace.seconds, pace.gaps, pace.workshops) == (45, 11, 1)
    second = rated_workshop(store, "Autumn")
    space_out(store, second, 95)
    assert pace_of_past_sessions(store).seconds == 70  # 11 gaps of 45 s, 11 of 95 s
    assert pace_of_past_sessions(store, leaving_out=second).seconds == 45
