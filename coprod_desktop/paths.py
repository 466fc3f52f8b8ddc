"""Finding the data folder: --data-dir, else COPROD_DATA_DIR, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "COPROD_DATA_DIR"
APP_DIR_NAME = "coprod-desktop"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def resolve_data_dir(option: str | None) -> Path:
    """The folder holding the store and its backups (not created here)."""
    chosen = option or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return default_data_dir()
