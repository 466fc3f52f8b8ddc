"""The workshop list reads what it shows, and its cost grows with the workshops, not their size."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store


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
