"""Where the shipped resources (frameworks, fonts, icons, demo) live, installed or bundled."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside a PyInstaller bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("frameworks", "default.en.json")``."""
    return resources_dir().joinpath(*parts)


def builtin_framework_files() -> list[Path]:
    """The framework documents shipped with the app."""
    return sorted(resource("frameworks").glob("*.json"))
