"""Schema 0004 sums the revisions already published under 0003, on both engines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import create_engine, text

from coprod_desktop.storage import schema


def test_revisions_published_before_the_sums_get_them(org_url: str) -> None:
    engine = create_engine(org_url)
    try:
        schema.upgrade(engine, Path("test"), target="0003")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO publication (id, workshop_uid, revision, content_hash, document,"
                    " title, organisation, locality, service, purpose, published_by, published_at)"
                    " VALUES (1, 'w', 1, 'h', '{}', 'T', '', 'North', '', 'planning', '', :now)"
                ),
                {"now": dt.datetime.now(dt.UTC)},
            )
            conn.execute(text(
                "INSERT INTO published_group (publication_id, key, name, role) VALUES "
                "(1, 'g1', 'A', 'managers'), (1, 'g2', 'B', NULL)"
            ))  # fmt: skip
            conn.execute(text(
                "INSERT INTO published_rating (publication_id, group_key, item_code, item_text,"
                " area, status, current_level, required_level) VALUES "
                "(1, 'g1', 'K1', 'k', 'knowledge', 'agreed', 2, 4),"
                "(1, 'g1', 'K2', 'k2', 'knowledge', 'agreed', 4, 3),"
                "(1, 'g2', 'K1', 'k', 'knowledge', 'agreed', 1, 4),"
                "(1, 'g2', 'K2', 'k2', 'knowledge', 'skipped', NULL, NULL)"
            ))  # fmt: skip
        schema.upgrade(engine, Path("test"))
        with engine.connect() as conn:
            roles = conn.execute(text(
                "SELECT role, assessed, meeting FROM published_role_summary ORDER BY role"
            )).all()  # fmt: skip
            items = conn.execute(text(
                "SELECT item_code, assessed, meeting, needs, gap_sum FROM published_item_summary"
                " ORDER BY item_code"
            )).all()  # fmt: skip
        assert sorted(roles, key=lambda r: r[0] or "") == [(None, 1, 0), ("managers", 2, 1)]
        assert items == [("K1", 2, 0, 2, 5), ("K2", 1, 1, 0, 0)]
    finally:
        engine.dispose()
