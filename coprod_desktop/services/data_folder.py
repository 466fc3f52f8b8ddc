"""Opening a data folder: take the single-instance lock, open the store, install built-ins."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.storage.errors import StoreError, WriteFailedError
from coprod_desktop.storage.lock import DataFolderLock

if TYPE_CHECKING:  # the app claims the folder before it paints, without the database libraries
    from coprod_desktop.storage.database import Store


@dataclass
class DataFolder:
    """An open data folder: the lock that makes us its only user, and its store."""

    path: Path
    lock: DataFolderLock
    store: Store

    def close(self) -> None:
        self.store.close()
        self.lock.release()

    def __enter__(self) -> DataFolder:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def claim_data_folder(path: Path) -> DataFolderLock | None:
    """The lock on ``path``, taken before its store is opened: a few system calls, so the app
    holds its folder from its first moment and a later launch on it knows to hand over. Give
    it to :func:`open_data_folder`. None when it cannot be taken now (another app has the
    folder, or it is missing or read-only): ``open_data_folder`` then says why."""
    if not path.is_dir():
        return None
    lock = DataFolderLock(path)
    try:
        lock.acquire()
    except StoreError:
        return None
    return lock


def open_data_folder(
    path: Path, lock: DataFolderLock | None = None, *, library: bool = True
) -> DataFolder:
    """Open ``path`` for this process alone (``lock``: its lock, already claimed); raises
    StoreError subclasses with clear messages, releasing the lock.

    ``library``: put the shipped frameworks in the framework library (parsing each file and
    comparing it with the stored copy); a command that never reads the library skips it, as a
    workshop carries its own copy of its framework.
    """
    from coprod_desktop.storage.database import open_store

    if lock is None:
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteFailedError(path, "folder.cannot_create", detail=exc.strerror) from exc
        lock = DataFolderLock(path)
        lock.acquire()  # refuses a read-only folder, or one another CoProd Desktop has open
    try:
        store = open_store(path)
    except BaseException:
        lock.release()
        raise
    if not library:
        return DataFolder(path, lock, store)
    from coprod_desktop.services.frameworks import FrameworkService

    try:
        FrameworkService(store).install_builtins()
    except BaseException:
        store.close()
        lock.release()
        raise
    return DataFolder(path, lock, store)
