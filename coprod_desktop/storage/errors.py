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
    """A change could not be saved (disk full, read-only folder, …); nothing was half-written.

    What was already saved is intact, so the live session keeps such a change in memory and
    saves it once the disk takes writes again.
    """


class DiskFullError(WriteFailedError):
    """The disk holding the data folder is full."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "could not be saved: the disk is full")
        # Said the facilitator's way round: what happened first, then what to do.
        self.args = (
            f"The disk is full — {path} could not be saved. Free some space, or save to "
            "another folder. Everything saved before is safe.",
        )


class ReadOnlyError(WriteFailedError):
    """The data folder (or its disk) no longer accepts writes."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, f"could not be saved: the folder {path.parent} is read-only")
        self.args = (
            f"The folder {path.parent} is read-only — changes cannot be saved there. Save to "
            "another folder, or make it writable. Everything saved before is safe.",
        )


class StoreBusyError(WriteFailedError):
    """Another program (a database browser, a sync client, a virus scan) holds the store.

    The file is not damaged and is left untouched; the way on is to wait and try again.
    """

    def __init__(self, path: Path, holder: int | None = None) -> None:
        who = f" (process {holder})" if holder else ""
        super().__init__(
            path,
            f"is in use by another program{who}, such as a database browser, a sync client or "
            "a virus scan. It is not damaged and was left untouched.",
        )


class RestoreError(StoreError):
    """A backup could not be restored; the store was left as it was."""
