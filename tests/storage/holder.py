"""Another program holding the store: a real second process with its own SQLite connection,
as a database browser, a sync client or a second tool would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: how the other program holds the file
HOLDS = {
    # A database browser with exclusive locking: every other reader is told "database is locked".
    "exclusively": (
        "c = sqlite3.connect(PATH, isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
    ),
    # Simply open, idle: others can read, but moving the file under it would lose its writes.
    "open": (
        "c = sqlite3.connect(PATH, isolation_level=None)\n"
        "c.execute('SELECT count(*) FROM sqlite_master').fetchall()\n"
    ),
    # Not even SQLite: a file handle only (a virus scan, a sync client on POSIX).
    "as a file": "fh = open(PATH, 'rb')\n",
}


@contextmanager
def held(path: Path, how: str) -> Iterator[int]:
    """Keep ``path`` held by another process, ``how`` (a key of HOLDS); yields its pid."""
    script = f"import sqlite3, sys\nPATH = {str(path)!r}\n{HOLDS[how]}print('ready', flush=True)\nsys.stdin.read()\n"
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.strip() == "ready", f"the holding process failed ({child.wait()})"
        yield child.pid
    finally:
        for pipe in (child.stdin, child.stdout):
            if pipe is not None:
                pipe.close()
        child.wait(timeout=30)
