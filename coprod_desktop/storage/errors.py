"""Why a store could not be opened or written, in words for the facilitator."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.errors import CoprodError


class StoreError(CoprodError):
    """The store cannot be used; the message says which file and why."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class NotOurFileError(StoreError):
    """The file exists but is not a CoProd Desktop store. It is left untouched."""


class NewerSchemaError(StoreError):
    """The store was written by a newer CoProd Desktop. It is left untouched."""


class DamagedStoreError(StoreError):
    """The store's file is damaged (truncated, empty, failing its integrity check)."""


class StoreInUseError(StoreError):
    """Another CoProd Desktop already has this data folder open."""


class WriteFailedError(StoreError):
    """A change could not be saved (disk full, read-only folder, …); nothing was half-written."""
