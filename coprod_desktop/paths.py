"""Finding the data folder.

Precedence: ``--data-dir``, else ``COPROD_DATA_DIR``, else a ``coprod-data/`` folder beside the
bundled app (portable mode: the app runs from a USB stick and leaves nothing on the venue's
computer), else the user data folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

DATA_DIR_ENV = "COPROD_DATA_DIR"
APP_DIR_NAME = "coprod-desktop"
PORTABLE_DIR_NAME = "coprod-data"
#: Inside a portable data folder: the app's own settings (screen, theme …), never the registry.
PORTABLE_SETTINGS_DIR_NAME = "settings"


class DataSource(Enum):
    """Where the data folder's location came from (``check`` prints it)."""

    OPTION = "--data-dir"
    ENVIRONMENT = DATA_DIR_ENV
    PORTABLE = PORTABLE_DIR_NAME
    USER = "user data folder"


@dataclass(frozen=True)
class DataLocation:
    """The data folder and how it was chosen."""

    path: Path
    source: DataSource

    @property
    def portable(self) -> bool:
        return self.source is DataSource.PORTABLE

    @property
    def settings_dir(self) -> Path | None:
        """Where the app's settings must live, or None for the system's usual place.

        In portable mode they stay inside the data folder, so nothing is left behind.
        """
        return self.path / PORTABLE_SETTINGS_DIR_NAME if self.portable else None


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def app_folder(executable: Path) -> Path:
    """The folder the facilitator sees the app in: beside the executable, or beside the ``.app``.

    On macOS the executable sits in ``CoProd Desktop.app/Contents/MacOS/``; the folder a user
    would put ``coprod-data/`` in is the one holding the ``.app``.
    """
    folder = executable.resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        bundle = folder.parent.parent
        if bundle.suffix == ".app":
            return bundle.parent
    return folder


def portable_data_dir(*, frozen: bool | None = None, executable: Path | None = None) -> Path | None:
    """The ``coprod-data/`` folder beside the bundled app, when there is one.

    Only a bundle (``sys.frozen``) looks: run from source, the app never picks a folder up
    from beside the Python interpreter.
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        return None
    candidate = app_folder(executable or Path(sys.executable)) / PORTABLE_DIR_NAME
    return candidate if candidate.is_dir() else None


def locate_data_dir(
    option: str | None,
    *,
    environ: Mapping[str, str] | None = None,
    frozen: bool | None = None,
    executable: Path | None = None,
) -> DataLocation:
    """Choose the data folder (not created here); the keyword arguments are for tests."""
    env = os.environ if environ is None else environ
    if option:
        return DataLocation(Path(option).expanduser().resolve(), DataSource.OPTION)
    chosen = env.get(DATA_DIR_ENV)
    if chosen:
        return DataLocation(Path(chosen).expanduser().resolve(), DataSource.ENVIRONMENT)
    portable = portable_data_dir(frozen=frozen, executable=executable)
    if portable is not None:
        return DataLocation(portable, DataSource.PORTABLE)
    return DataLocation(default_data_dir(), DataSource.USER)


def resolve_data_dir(option: str | None) -> Path:
    """The folder holding the store and its backups (not created here)."""
    return locate_data_dir(option).path


def make_private(settings_file: Path) -> None:
    """Make the app's settings file readable by the owner only, in a folder of the app's own
    that is too (0600 / 0700, as every data file). Done before Qt first writes it: Qt keeps an
    existing file's permissions when it rewrites it. POSIX only (Windows keeps settings in
    the registry, or in a portable folder under the user's own permissions)."""
    if os.name != "posix":
        return
    folder = settings_file.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # the app's folder (e.g. ~/.config/CoProd), never its parent
    os.close(os.open(settings_file, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(settings_file, 0o600)


def make_folder_private(folder: Path) -> None:
    """Create ``folder`` if need be and make it and everything in it the owner's alone
    (folders 0700, files 0600): e.g. a portable ``coprod-data/`` the facilitator made by hand.
    A file system without modes (FAT on a USB stick) is left as it is."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            with contextlib.suppress(OSError):
                path.chmod(0o700 if path.is_dir() else 0o600)


def keep_new_files_private() -> None:
    """Every file and folder this process creates from now on is the owner's alone, whoever
    creates it (Qt's settings files too): portable mode, where all of it is private."""
    os.umask(0o077)
