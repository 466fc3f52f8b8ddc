"""Opening the store: check the file is ours, back it up, migrate, and connect safely."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprod_desktop.storage import listing, schema
from coprod_desktop.storage.backups import DEFAULT_KEEP, back_up_if_changed, rotate
from coprod_desktop.storage.diagnosis import diagnose
from coprod_desktop.storage.errors import (
    DamagedStoreError,
    NewerSchemaError,
    NotOurFileError,
    StoreError,
    WriteFailedError,
)
from coprod_desktop.storage.swap import finish_interrupted, set_aside_orphans
from coprod_desktop.storage.wal_check import (
    check_wal,
    file_store_id,
    new_store_id,
    set_store_id,
    touch_store_id,
)

if TYPE_CHECKING:  # SQLAlchemy and SQLModel load when the engine is first used, not to read
    from sqlalchemy import Connection, Engine
    from sqlmodel import Session

    from coprod_desktop.storage.workshop_reader import Run

#: Both defined beside the start-up glance at the list, which must not import SQLAlchemy.
APPLICATION_ID = listing.APPLICATION_ID
STORE_NAME = listing.STORE_NAME
SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_DIR = "backups"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class StoreFacts:
    """What a store file is, read without changing it."""

    exists: bool
    revision: str | None
    application_id: int


def inspect_file(path: Path) -> StoreFacts:
    """Look at ``path`` read-only and refuse what is not a usable store of ours.

    Raises NotOurFileError, NewerSchemaError or DamagedStoreError; never writes.
    """
    if not path.exists():
        return StoreFacts(exists=False, revision=None, application_id=0)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        if len(header) == 100 and header[68:72] == APPLICATION_ID.to_bytes(4, "big"):
            check_wal(path)  # before SQLite reads (and would replay) a log from elsewhere
    except OSError as exc:
        raise StoreError(path, "store.unreadable", detail=exc.strerror) from exc
    if not header:
        raise DamagedStoreError(path, "store.empty")
    if not header.startswith(SQLITE_HEADER):
        raise NotOurFileError(path, "store.not_sqlite")
    if len(header) < 100:
        raise DamagedStoreError(path, "store.header_cut_short")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotOurFileError(path, "store.not_ours")
    _check_length(path, header)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            revision = schema.current_revision(conn)
            if revision is not None and revision not in schema.KNOWN_REVISIONS:
                raise NewerSchemaError(path, "store.newer_schema", revision=revision)
            # Before any backup is taken: a damaged store must never rotate good copies out.
            verdict = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:  # damaged only if SQLite says so: busy, full, read-only are not
        raise diagnose(path, exc, writing=False) from exc
    if verdict is None or verdict[0] != "ok":
        found = verdict[0] if verdict else "no answer"
        raise DamagedStoreError(path, "store.integrity_failed", detail=found)
    return StoreFacts(exists=True, revision=revision, application_id=app_id)


def _check_length(path: Path, header: bytes) -> None:
    """Refuse a file shorter than its header says (a copy or a save cut off part way)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when written by the same change as the change counter.
    valid = header[24:28] == header[92:96] and pages > 0
    expected = pages * page_size
    size = path.stat().st_size
    if valid and size < expected:
        raise DamagedStoreError(
            path, "store.cut_short", expected_kb=expected // 1024, size_kb=size // 1024
        )


def make_engine(path: Path, *, foreign_keys: bool = True, begin: str = "BEGIN") -> Engine:
    """An engine whose every connection uses WAL, synchronous=FULL and (normally) foreign keys.

    Migrations ask for ``foreign_keys=False``: a table rebuild must not fire ON DELETE CASCADE.
    An organisation store asks for ``begin="BEGIN IMMEDIATE"``: publishers read, then write,
    and a deferred transaction could not wait its turn to write.
    """
    from sqlalchemy import create_engine, event

    # Pooled connections are kept open, so each change pays for one commit, not for a connect.
    # Exports run on a worker thread; the pool hands a connection to one thread at a time.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event own transactions (pysqlite's own are unreliable).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)
        conn.info["changes_at_begin"] = conn.connection.driver_connection.total_changes

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Any) -> None:
        # A transaction that changed rows writes the store's id again, so its frames in the
        # write-ahead log carry page 1 and the log can be matched to this file (wal_check).
        raw = conn.connection.driver_connection
        if raw.total_changes != conn.info.get("changes_at_begin"):
            touch_store_id(raw)

    return engine


class Store:
    """An open store: one SQLite file in a data folder, with its backups beside it.

    Its SQLAlchemy engine is made when first used: a command that only reads a workshop
    (``plain_reading``) never loads SQLAlchemy.
    """

    def __init__(self, path: Path, backups: Path) -> None:
        self.path = path
        self.backups_dir = backups
        self._engine: Engine | None = None
        self._engine_made = threading.Lock()  # exports read on a worker thread

    @property
    def engine(self) -> Engine:
        with self._engine_made:
            if self._engine is None:
                self._engine = make_engine(self.path)
            return self._engine

    @contextlib.contextmanager
    def plain_reading(self) -> Iterator[Run]:
        """Plain SQL (``:name`` parameters) in one read transaction on a read-only ``sqlite3``
        connection of its own: for reads that need no ORM (``storage/workshop_reader.py``)."""
        try:
            connection = sqlite3.connect(
                f"{self.path.as_uri()}?mode=ro", uri=True, isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )  # fmt: skip
        except sqlite3.Error as exc:
            raise diagnose(self.path, exc, writing=False) from exc
        try:
            connection.execute("BEGIN")  # every statement sees the same state of the store
            yield lambda sql, parameters: connection.execute(sql, parameters).fetchall()
        except sqlite3.Error as exc:
            raise diagnose(self.path, exc, writing=False) from exc
        finally:
            connection.close()

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose changes commit together when the block ends, or not at all."""
        from sqlalchemy.exc import OperationalError
        from sqlmodel import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except OperationalError as exc:
            raise write_error(self.path, exc) from exc

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A Core connection in a transaction that commits when the block ends: the cheapest
        durable write, for the live-capture path."""
        from sqlalchemy.exc import OperationalError

        try:
            with self.engine.begin() as conn:
                yield conn
        except (OperationalError, OSError) as exc:
            raise write_error(self.path, exc) from exc

    def raw_connection(self) -> Any:
        """A pooled sqlite3 connection (with the store's PRAGMAs) kept by the caller until it
        calls ``close()`` on it. Only for the hottest path: a keypress in the console."""
        return self.engine.raw_connection()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        from sqlmodel import Session

        with Session(self.engine) as session:
            yield session

    def quick_check(self) -> str:
        """SQLite's quick integrity check: "ok", or the first problem found."""
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA quick_check").fetchone()
        return str(row[0]) if row else "no answer"

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check: ["ok"], or every problem found."""
        with self.engine.connect() as conn:
            return [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]

    def revision(self) -> str | None:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return schema.current_revision(conn)
        finally:
            conn.close()

    def close(self) -> None:
        with self._engine_made:
            if self._engine is not None:
                self._engine.dispose()


def open_store(folder: Path, *, keep_backups: int = DEFAULT_KEEP) -> Store:
    """Open (creating if need be) the store in ``folder``: check, back up, migrate, connect.

    A file that is not ours, is damaged, or comes from a newer app is refused and left as it is.
    """
    path = folder / STORE_NAME
    backups = folder / BACKUPS_DIR
    finish_interrupted(path)  # a restore cut short by a crash: finished before anything opens
    facts = inspect_file(path)
    if not facts.exists:
        set_aside_orphans(path)
        create_file(path)
    else:
        _guard_writable(path)
        # Before a migration the old backups stay until it has worked: a migration that
        # keeps failing must not rotate out the good backups, one attempt at a time.
        migrating = facts.revision != schema.HEAD_REVISION
        try:
            back_up_if_changed(path, backups, keep=keep_backups, rotate_now=not migrating)
        except (OSError, sqlite3.Error) as exc:
            raise diagnose(path, exc, writing=True) from exc
    if facts.exists and facts.revision != schema.HEAD_REVISION:
        migrate_file(path)
        rotate(backups, keep=keep_backups)
    if facts.exists and file_store_id(path) == 0:
        _give_store_id(path)  # a store from before the marker
    try:
        connection = sqlite3.connect(path)
        try:
            row = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise diagnose(path, exc, writing=False) from exc
    verdict = str(row[0]) if row else "no answer"
    if verdict != "ok":
        raise DamagedStoreError(path, "store.integrity_failed", detail=verdict)
    return Store(path, backups)


def attach_store(path: Path) -> Store:
    """A second connection to the store at ``path``, which the app has opened (checked, backed
    up, migrated): for a child process doing long work beside the windows."""
    return Store(path, path.parent / BACKUPS_DIR)


def create_file(path: Path) -> None:
    """Build a new store under a temporary name and move it into place when whole."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".new")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    except OSError as exc:
        raise WriteFailedError(path, "store.cannot_create", detail=exc.strerror) from exc
    try:
        raw = sqlite3.connect(partial)
        try:
            raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
            set_store_id(raw, new_store_id())
            raw.execute("PRAGMA journal_mode=WAL")
            raw.commit()
        finally:
            raw.close()
    except sqlite3.Error as exc:
        raise WriteFailedError(path, "store.cannot_create", detail=exc) from exc
    migrate_file(partial)
    # The last connection closed has checkpointed the WAL into the file: move it in whole.
    os.replace(partial, path)


def migrate_file(path: Path) -> None:
    """Upgrade the store file at ``path`` to the head schema in one transaction."""
    from sqlalchemy.exc import OperationalError

    engine = make_engine(path, foreign_keys=False)
    try:
        schema.upgrade(engine, path)
    except OperationalError as exc:
        raise write_error(path, exc) from exc
    finally:
        engine.dispose()


def _give_store_id(path: Path) -> None:
    try:
        raw = sqlite3.connect(path, isolation_level=None)
        try:
            set_store_id(raw, new_store_id())
        finally:
            raw.close()
    except sqlite3.Error as exc:
        raise diagnose(path, exc, writing=True) from exc


def _guard_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise WriteFailedError(path, "store.file_read_only")


def write_error(path: Path, exc: BaseException) -> StoreError:
    """The facilitator's words for a failed write (disk full, read-only, busy, damaged)."""
    return diagnose(path, exc, writing=True)
