"""Where the shipped resources (frameworks, fonts, icons, demo, licences) live.

They are the package ``coprod_desktop.assets``: the top-level ``resources/`` folder of the
repository, which setup.py maps into the installed package. ``importlib.resources`` finds it
in a checkout (editable install), an installed wheel and the PyInstaller bundle alike.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path

ASSETS_PACKAGE = "coprod_desktop.assets"
APP_DISTRIBUTION = "coprod-desktop"


@functools.cache
def resources_dir() -> Path:
    """The folder holding the shipped resources, as a real path (Qt and reportlab open files)."""
    root = files(ASSETS_PACKAGE)
    if not isinstance(root, Path):
        # Only a zipped install gets here; the app is never installed that way.
        raise FileNotFoundError(f"{ASSETS_PACKAGE} is not a folder on disk: {root}")
    return root


def resource(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource("frameworks", "default.en.json")``."""
    return resources_dir().joinpath(*parts)


def builtin_framework_files() -> list[Path]:
    """The framework documents shipped with the app."""
    return sorted(resource("frameworks").glob("*.json"))


def app_licence_text() -> str:
    """The app's own licence (LICENSE): the bundle carries it among the licences, the wheel and
    the checkout's editable install list it in their installed metadata."""
    from importlib.metadata import PackageNotFoundError, distribution

    bundled = resource("licences", "LICENSE")
    if bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    try:
        installed = distribution(APP_DISTRIBUTION)
    except PackageNotFoundError:  # run from files that were never installed
        return "MIT"
    for file in installed.files or ():
        if file.name == "LICENSE":
            path = Path(str(installed.locate_file(file)))
            if path.is_file():
                return path.read_text(encoding="utf-8")
    return "MIT"
