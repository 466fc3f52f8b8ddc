"""The language the command line words errors in: the one chosen in the app's settings.

The windows keep the choice with Qt's ``QSettings`` (key ``ui/language``); the command line
never imports Qt, so it reads the same place itself: the INI file of portable mode or of Linux
and other Unix desktops, the registry on Windows, the preferences file on macOS. Anything it
cannot read means English, the source language.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import sys
from pathlib import Path

from coprod_desktop.paths import DataLocation
from coprod_desktop.wording.catalogue import LANGUAGES, SOURCE_LANGUAGE

ORGANISATION = "CoProd"
APPLICATION = "CoProd Desktop"


def chosen_language(location: DataLocation | None = None) -> str:
    """The language chosen in the app's settings for ``location``'s data folder, else English."""
    try:
        value = _saved_value(location)
    except (OSError, ValueError, configparser.Error, plistlib.InvalidFileException):
        value = None
    return value if value is not None and value in LANGUAGES else SOURCE_LANGUAGE


def _saved_value(location: DataLocation | None) -> str | None:
    settings_dir = location.settings_dir if location is not None else None
    if settings_dir is not None:  # portable mode: an INI file inside the data folder
        return _ini_value(settings_dir / ORGANISATION / f"{APPLICATION}.ini")
    if sys.platform == "win32":
        return _registry_value()
    if sys.platform == "darwin":
        plist = Path.home() / "Library" / "Preferences" / f"com.coprod.{APPLICATION}.plist"
        if not plist.exists():
            return None
        value = plistlib.loads(plist.read_bytes()).get("ui.language")
        return value if isinstance(value, str) else None
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return _ini_value(Path(config) / ORGANISATION / f"{APPLICATION}.conf")


def _ini_value(path: Path) -> str | None:
    if not path.exists():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser.get("ui", "language", fallback=None)


def _registry_value() -> str | None:  # pragma: no cover  (Windows only)
    import winreg  # type: ignore[import-not-found,unused-ignore]

    key_path = rf"Software\{ORGANISATION}\{APPLICATION}\ui"
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:  # type: ignore[attr-defined,unused-ignore]
        value, _kind = winreg.QueryValueEx(key, "language")  # type: ignore[attr-defined,unused-ignore]
    return value if isinstance(value, str) else None
