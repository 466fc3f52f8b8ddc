"""Damaged and unusable stores, made from a real one: the cases a facilitator may meet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.storage.backups import list_backups
from coprod_desktop.storage.database import STORE_NAME

#: case -> (what open refuses with, a phrase its message must contain)
CASES: dict[str, tuple[str, str]] = {
    "empty": ("DamagedStoreError", "is empty (0 bytes)"),
    "text": ("NotOurFileError", "not an SQLite database"),
    "truncated": ("DamagedStoreError", "is cut short"),
    "damaged page": ("DamagedStoreError", "is damaged"),
    "not ours": ("NotOurFileError", "not a CoProd Desktop store"),
    "newer": ("NewerSchemaError", "newer CoProd Desktop"),
}
#: what each case is, as far as restoring is concerned
KINDS = {
    "empty": "damaged",
    "text": "not-ours",
    "truncated": "damaged",
    "damaged page": "damaged",
    "not ours": "not-ours",
    "newer": "newer",
}


def folder_with_a_backup(folder: Path) -> None:
    """A data folder whose newest backup holds one workshop and whose store holds two."""
    with open_data_folder(folder) as data:
        create_demo(data.store)
    with open_data_folder(folder) as data:  # a changed store is backed up when opened
        create_demo(data.store)
    assert len(list_backups(folder / "backups")) == 1


def damage(folder: Path, case: str) -> bytes:
    """Turn ``folder``'s store into ``case``; returns the file's bytes as left."""
    path = folder / STORE_NAME
    if case == "empty":
        path.write_bytes(b"")
    elif case == "text":
        path.write_text("Workshop notes: bring the dots and the flip chart.\n" * 40)
    elif case == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif case == "damaged page":
        conn = sqlite3.connect(path)
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='workshop'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        with path.open("r+b") as fh:  # scribble over the workshop table's b-tree page
            fh.seek((root[0] - 1) * page_size)
            fh.write(b"\xa5" * 64)
    elif case == "not ours":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('holiday')")
        conn.commit()
        conn.close()
    elif case == "newer":
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
    else:
        raise ValueError(case)
    for companion in ("-wal", "-shm"):
        Path(f"{path}{companion}").unlink(missing_ok=True)
    return path.read_bytes()
