"""Does the write-ahead log beside the store belong to it? Checked before SQLite opens the file.

SQLite replays any well-formed ``-wal`` file it finds beside a database: its salts and
checksums tie the frames to the log's own header, not to the database. So a log from another
store (copied along with someone else's files), or a stale log beside a backup copied over
the store, is merged silently into a hybrid of the two.

Our marker: every store file has its own id in its header's ``user_version`` field (a new
store a random one, a copy such as a backup one derived from its source's), and every
transaction that changes anything writes that id again (``touch_store_id``), so page 1 is in
every commit's frames. Before SQLite sees the files, the log's committed frames are read as
SQLite reads them (salts and checksum chain) and the id in the last committed image of page 1
is compared with the file's. A log whose committed frames never hold page 1, or hold another
id, is refused; both files are left exactly as they are. A store from before the marker (id 0)
is given one when opened. A log that another program holding the store open is writing (a
database browser) is live, not left over: it is not judged, and the store is "busy".
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import struct
from pathlib import Path

from coprod_desktop.storage.diagnosis import held_elsewhere
from coprod_desktop.storage.errors import DamagedStoreError

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC_LITTLE = 0x377F0682
_MAGIC_BIG = 0x377F0683
#: Where a database file's header keeps ``user_version`` (big-endian, 4 bytes).
USER_VERSION_AT = 60


def new_store_id() -> int:
    """A random id for a store file: positive, never 0 (0 means "from before the marker")."""
    return secrets.randbelow(2**31 - 1) + 1


def copy_id(store_id: int) -> int:
    """The id a copy of a store file gets (a backup, a restored backup): another than its
    source's, the same for every copy of one source, so copies of unchanged content stay equal
    byte for byte."""
    digest = hashlib.sha256(f"coprod-copy:{store_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % (2**31 - 1) + 1


def set_store_id(conn: sqlite3.Connection, store_id: int) -> None:
    conn.execute(f"PRAGMA user_version={int(store_id)}")


def touch_store_id(conn: sqlite3.Connection) -> None:
    """Write the store's id again inside the open transaction, which puts page 1 in its frames."""
    (store_id,) = conn.execute("PRAGMA user_version").fetchone()
    set_store_id(conn, store_id)


def file_store_id(path: Path) -> int:
    with path.open("rb") as fh:
        header = fh.read(100)
    return int.from_bytes(header[USER_VERSION_AT : USER_VERSION_AT + 4], "big", signed=True)


def check_wal(path: Path) -> None:
    """Raise ``store.foreign_wal`` unless the log beside ``path`` is absent, holds no committed
    frames, or carries the file's own id. Reads only."""
    wal = Path(f"{path}-wal")
    try:
        data = wal.read_bytes()
        store_id = file_store_id(path)
    except FileNotFoundError:
        return
    if store_id == 0:
        return  # a store from before the marker: nothing to compare with (it gets an id)
    if held_elsewhere(path) is not None:
        return  # a live log, which the program holding the store opened with it: "busy"
    pages = committed_page_ones(data)
    if pages is None:
        return  # SQLite ignores a log with no valid committed frame: nothing would be merged
    ids = [
        int.from_bytes(p[USER_VERSION_AT : USER_VERSION_AT + 4], "big", signed=True) for p in pages
    ]
    if not ids or ids[-1] != store_id:
        raise DamagedStoreError(
            path, "store.foreign_wal", wal=wal, found=ids[-1] if ids else 0, expected=store_id
        )


def committed_page_ones(data: bytes) -> list[bytes] | None:
    """The images of page 1 in the log's committed frames, oldest first, read as SQLite reads
    them; None when the log has no valid committed frame (SQLite would merge nothing)."""
    if len(data) < WAL_HEADER:
        return None
    magic, _version, page_size, _sequence, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:WAL_HEADER]
    )
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or page_size < 512:
        return None
    big = magic == _MAGIC_BIG
    if _checksum(data[:24], (0, 0), big) != (sum1, sum2):
        return None
    running = (sum1, sum2)
    found: list[bytes] = []
    pending: list[bytes] = []  # page 1 images since the last commit frame
    committed = False
    at = WAL_HEADER
    while at + FRAME_HEADER + page_size <= len(data):
        page, size_after, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(
            ">6I", data[at : at + FRAME_HEADER]
        )
        body = data[at + FRAME_HEADER : at + FRAME_HEADER + page_size]
        if (f_salt1, f_salt2) != (salt1, salt2):
            break
        running = _checksum(body, _checksum(data[at : at + 8], running, big), big)
        if running != (f_sum1, f_sum2):
            break
        if page == 1:
            pending.append(body)
        if size_after:  # a commit frame: everything up to here is replayed
            found += pending
            pending = []
            committed = True
        at += FRAME_HEADER + page_size
    return found if committed else None


def _checksum(block: bytes, start: tuple[int, int], big: bool) -> tuple[int, int]:
    """SQLite's WAL checksum of ``block`` (a multiple of 8 bytes), continuing from ``start``."""
    s0, s1 = start
    for x0, x1 in struct.iter_unpack(">II" if big else "<II", block):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1
