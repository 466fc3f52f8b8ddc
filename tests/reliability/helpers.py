"""Helpers for the reliability tests: fingerprints of a store on disk, raw row counts."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from coprod_desktop.storage.database import STORE_NAME


def store_files(folder: Path) -> dict[str, str]:
    """SHA-256 of the store and its -wal (when present): equal fingerprints, equal bytes.

    Compare with the data folder closed: the last connection to close checkpoints the WAL
    into the store and deletes it, so a closed store is one file whose bytes say it all.
    """
    found = {}
    for name in (STORE_NAME, f"{STORE_NAME}-wal"):
        path = folder / name
        if path.exists():
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def workshop_count(folder: Path) -> int:
    """Workshops in a closed store, counted with raw SQL (read-only)."""
    conn = sqlite3.connect(f"file:{folder / STORE_NAME}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM workshop").fetchone()[0])
    finally:
        conn.close()


def make_folder_with_demo(folder: Path) -> None:
    """A closed data folder holding the demo workshop."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    with open_data_folder(folder) as opened:
        create_demo(opened.store)
