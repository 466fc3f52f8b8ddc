"""A store whose disk refuses writes on demand, the way SQLite refuses them on a read-only
file: ``PRAGMA query_only`` on each transaction the live session opens (real SQLite errors,
worded by the store as for a read-only folder). The tmpfs tests cover a really full disk."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from coprod_desktop.storage.database import Store


class RefusingDisk:
    """While ``refusing``, every write to ``store`` fails and writes nothing."""

    def __init__(self, store: Store) -> None:
        self.refusing = False
        self._store = store
        event.listen(store.engine, "begin", self._on_begin)

    def _on_begin(self, conn: Any) -> None:
        conn.exec_driver_sql(f"PRAGMA query_only = {'ON' if self.refusing else 'OFF'}")

    def remove(self) -> None:
        event.remove(self._store.engine, "begin", self._on_begin)
