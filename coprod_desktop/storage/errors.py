"""Why a store could not be opened or written: codes and values (worded in ``wording/``)."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.errors import CoprodError


class StoreError(CoprodError):
    """The store at ``path`` cannot be used; ``code`` says why (the path is a value too)."""

    def __init__(self, path: Path, code: str, /, **values: object) -> None:
        super().__init__(code, path=path, **values)
        self.path = path


class NotOurFileError(StoreError):
    """The file exists but is not a CoProd Desktop store. It is left untouched."""


class NewerSchemaError(StoreError):
    """The store was written by a newer CoProd Desktop. It is left untouched."""


class DamagedStoreError(StoreError):
    """The store's file is damaged (truncated, empty, failing its integrity check)."""


class StoreInUseError(StoreError):
    """Another CoProd Desktop already has this data folder open."""


class WriteFailedError(StoreError):
    """A change could not be saved (disk full, read-only folder, …); nothing was half-written.

    What was already saved is intact, so the live session keeps such a change in memory and
    saves it once the disk takes writes again.
    """


class DiskFullError(WriteFailedError):
    """The disk holding the data folder is full."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "store.disk_full")


class ReadOnlyError(WriteFailedError):
    """The data folder (or its disk) no longer accepts writes."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "store.read_only", folder=path.parent)


class StoreBusyError(WriteFailedError):
    """Another program (a database browser, a sync client, a virus scan) holds the store.

    The file is not damaged and is left untouched; the way on is to wait and try again.
    """

    def __init__(self, path: Path, holder: int | None = None) -> None:
        if holder:
            super().__init__(path, "store.busy_by", process=holder)
        else:
            super().__init__(path, "store.busy")


class RestoreError(StoreError):
    """A backup could not be restored; the store was left as it was."""
