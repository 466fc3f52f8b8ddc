"""The workshop list reads what it shows, its cost grows with the workshops, not their size,
and a read-only glance at start-up lists the same rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event

from coprod_desktop.services.data_folder import open_data_folder
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import STORE_NAME, Store
from coprod_desktop.storage.listing import glance


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every SQL statement the store's engine runs inside the block."""
    seen: list[str] = []

    def note(*args: Any) -> None:
        seen.append(args[2])  # (conn, cursor, statement, parameters, context, executemany)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def test_the_list_never_reads_a_workshops_framework(store: Store) -> None:
    for _ in range(3):
        create_demo(store)
    with statements(store) as seen:
        listed = WorkshopService(store).list()
    assert len(listed) == 3 and all(w.title for w in listed)
    assert seen, "the listener saw no statement"
    assert not any("framework_document" in sql for sql in seen), seen


def test_the_list_runs_the_same_statements_for_one_workshop_or_many(store: Store) -> None:
    create_demo(store)
    with statements(store) as one:
        WorkshopService(store).list()
    for _ in range(5):
        create_demo(store)
    with statements(store) as six:
        assert len(WorkshopService(store).list()) == 6
    assert six == one  # no statement per workshop, group or rating


def test_a_glance_lists_what_the_store_lists_and_changes_nothing(tmp_path: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        for _ in range(2):
            create_demo(folder.store)
        listed = WorkshopService(folder.store).list()
    finally:
        folder.close()
    store = tmp_path / "data" / STORE_NAME
    files = {p.name: p.read_bytes() for p in store.parent.iterdir() if p.is_file()}
    assert glance(store) == listed
    assert {p.name: p.read_bytes() for p in store.parent.iterdir() if p.is_file()} == files


def test_a_glance_gives_up_quietly_on_anything_but_a_readable_store_of_ours(
    tmp_path: Path,
) -> None:
    assert glance(tmp_path / "missing.sqlite") is None
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    assert glance(text) is None
    foreign = tmp_path / "foreign.sqlite"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE workshop (id INTEGER)")
    assert glance(foreign) is None
    folder = open_data_folder(tmp_path / "empty")  # ours, with no workshop yet
    folder.close()
    assert glance(tmp_path / "empty" / STORE_NAME) is None
