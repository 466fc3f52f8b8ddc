"""Opening the store: our file, safe connection settings, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from coprod_desktop.storage import schema
from coprod_desktop.storage.database import (
    APPLICATION_ID,
    STORE_NAME,
    inspect_file,
    open_store,
)
from coprod_desktop.storage.errors import (
    DamagedStoreError,
    NewerSchemaError,
    NotOurFileError,
    WriteFailedError,
)
from tests.worded import raises_worded


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_ours_at_head_and_private(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        path = tmp_path / STORE_NAME
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert schema.current_revision(conn) == schema.HEAD_REVISION
        conn.close()
        assert store.quick_check() == "ok"
        assert not (tmp_path / f"{STORE_NAME}.new").exists()
    finally:
        store.close()


def test_every_connection_is_durable(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        with store.engine.connect() as conn:
            pragma = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
        assert pragma == {
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "foreign_keys": 1,
            "busy_timeout": 5000,
        }
    finally:
        store.close()


def test_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    path.write_text("these are my shopping notes\n" * 20)
    before = digest(path)
    with raises_worded(NotOurFileError, match="not an SQLite database"):
        open_store(tmp_path)
    assert digest(path) == before


def test_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('holiday')")
    conn.commit()
    conn.close()
    before = digest(path)
    with raises_worded(NotOurFileError, match="not a CoProd Desktop store"):
        open_store(tmp_path)
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_store_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    path = tmp_path / STORE_NAME
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with raises_worded(NewerSchemaError, match=r"newer CoProd Desktop \(schema 9999\)"):
        open_store(tmp_path)
    assert digest(path) == before


def test_empty_and_truncated_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / STORE_NAME
    path.write_bytes(b"")
    with raises_worded(DamagedStoreError, match="0 bytes"):
        inspect_file(path)
    path.write_bytes(b"SQLite format 3\x00" + bytes(20))
    with raises_worded(DamagedStoreError, match="cut short"):
        inspect_file(path)
    assert path.read_bytes() == b"SQLite format 3\x00" + bytes(20)


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores modes"
)
def test_read_only_store_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    path = tmp_path / STORE_NAME
    path.chmod(0o400)
    try:
        with raises_worded(WriteFailedError, match="read-only"):
            open_store(tmp_path)
    finally:
        path.chmod(0o600)


def test_crash_leftover_of_a_half_created_store_is_ignored(tmp_path: Path) -> None:
    (tmp_path / f"{STORE_NAME}.new").write_bytes(b"half written")
    store = open_store(tmp_path)
    store.close()
    assert inspect_file(tmp_path / STORE_NAME).revision == schema.HEAD_REVISION
    assert not (tmp_path / f"{STORE_NAME}.new").exists()
