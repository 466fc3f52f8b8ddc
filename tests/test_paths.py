"""Choosing the data folder: --data-dir, COPROD_DATA_DIR, portable coprod-data/, user folder.

The end-to-end tests run the real app in a child process that believes it is a bundle
(``sys.frozen``, ``sys.executable`` on a "USB stick" folder), with HOME and the XDG folders
pointing at an empty folder that must stay empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coprod_desktop import __version__
from coprod_desktop.paths import (
    DATA_DIR_ENV,
    PORTABLE_DIR_NAME,
    DataSource,
    app_folder,
    default_data_dir,
    locate_data_dir,
)
from tests.conftest import ROOT

# Runs the app as a bundle would: frozen, its executable where the test says.
AS_BUNDLE = (
    "import sys; sys.frozen = True; sys.executable = sys.argv.pop(1); "
    "from coprod_desktop.app import main; sys.exit(main(sys.argv[1:]))"
)
# Opens the GUI as a portable bundle, remembers an audience theme, and quits.
GUI_AS_BUNDLE = """
import sys
sys.frozen = True
sys.executable = sys.argv[1]
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from coprod_desktop.paths import locate_data_dir
from coprod_desktop.ui.application import start_gui
from coprod_desktop.ui.audience.screens import ScreenMemory
from coprod_desktop.ui.i18n import app_settings
location = locate_data_dir(None)
app, window = start_gui(location.path, settings_dir=location.settings_dir)
def remember_and_quit():
    if window.controller is None:
        QTimer.singleShot(50, remember_and_quit)
        return
    ScreenMemory().theme = "portable-check"
    settings = app_settings()
    settings.setValue("ui/portable-check", "language too")
    settings.sync()
    # What Qt's own file dialogs remember: the venue computer's folders.
    dialogs = QSettings(QSettings.Scope.UserScope, "QtProject")
    dialogs.setValue("FileDialog/lastVisited", "file:///home/venue/Private")
    dialogs.sync()
    app.quit()
def give_up():  # e.g. a message box saying why the store cannot be opened
    modal = QApplication.activeModalWidget()
    print("gave up waiting:", modal.text() if modal else "no dialog", file=sys.stderr)
    app.exit(99)
QTimer.singleShot(0, remember_and_quit)
QTimer.singleShot(60_000, give_up)
sys.exit(app.exec())
"""


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A folder standing for a USB stick: the app's executable and a coprod-data/ beside it."""
    folder = tmp_path / "stick"
    (folder / PORTABLE_DIR_NAME).mkdir(parents=True, mode=0o755)
    (folder / PORTABLE_DIR_NAME).chmod(0o755)  # as a facilitator's file manager makes it
    (folder / "coprod-desktop").write_text("stands for the bundled executable\n")
    return folder


def test_data_dir_option_wins_over_everything(stick: Path, tmp_path: Path) -> None:
    location = locate_data_dir(
        str(tmp_path / "chosen"),
        environ={DATA_DIR_ENV: str(tmp_path / "env")},
        frozen=True,
        executable=stick / "coprod-desktop",
    )
    assert location.path == tmp_path / "chosen"
    assert location.source is DataSource.OPTION
    assert location.settings_dir is None


def test_environment_wins_over_the_portable_folder(stick: Path, tmp_path: Path) -> None:
    location = locate_data_dir(
        None,
        environ={DATA_DIR_ENV: str(tmp_path / "env")},
        frozen=True,
        executable=stick / "coprod-desktop",
    )
    assert (location.path, location.source) == (tmp_path / "env", DataSource.ENVIRONMENT)


def test_a_bundle_beside_coprod_data_is_portable(stick: Path) -> None:
    location = locate_data_dir(None, environ={}, frozen=True, executable=stick / "coprod-desktop")
    assert location.path == (stick / PORTABLE_DIR_NAME).resolve()
    assert location.portable
    assert location.settings_dir == (stick / PORTABLE_DIR_NAME / "settings").resolve()


def test_without_coprod_data_a_bundle_uses_the_user_data_folder(tmp_path: Path) -> None:
    (tmp_path / "coprod-desktop").write_text("")
    location = locate_data_dir(
        None, environ={}, frozen=True, executable=tmp_path / "coprod-desktop"
    )
    assert (location.path, location.source) == (default_data_dir(), DataSource.USER)
    assert not location.portable
    assert location.settings_dir is None


def test_a_file_named_coprod_data_is_not_a_portable_folder(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_DIR_NAME).write_text("not a folder")
    location = locate_data_dir(None, environ={}, frozen=True, executable=tmp_path / "app")
    assert location.source is DataSource.USER


def test_run_from_source_never_picks_up_a_folder_beside_python(stick: Path) -> None:
    location = locate_data_dir(None, environ={}, frozen=False, executable=stick / "coprod-desktop")
    assert location.source is DataSource.USER


def test_on_macos_coprod_data_sits_beside_the_app_bundle(tmp_path: Path) -> None:
    macos = tmp_path / "CoProd Desktop.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (tmp_path / PORTABLE_DIR_NAME).mkdir()
    assert app_folder(macos / "coprod-desktop") == tmp_path.resolve()
    location = locate_data_dir(None, environ={}, frozen=True, executable=macos / "coprod-desktop")
    assert location.path == (tmp_path / PORTABLE_DIR_NAME).resolve()


def test_the_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert __version__ == project["version"]


def empty_home(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """An empty home folder and an environment pointing every per-user location into it."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV and not k.startswith("XDG_")}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return home, env


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_portable_bundle_leaves_nothing_outside_coprod_data(stick: Path, tmp_path: Path) -> None:
    home, env = empty_home(tmp_path)
    exe = str(stick / "coprod-desktop")
    data = stick / PORTABLE_DIR_NAME

    def app(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", AS_BUNDLE, exe, *args],
            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path, check=False,
        )  # fmt: skip

    demo = app("demo")
    assert demo.returncode == 0, demo.stderr
    listing = app("list")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.startswith(demo.stdout.strip() + "\t")
    # The report goes where the facilitator says, never into the data folder (refused there).
    report = app("report", demo.stdout.strip(), "-o", str(tmp_path / "report.pdf"))
    assert report.returncode == 0, report.stderr
    check = app("check")
    assert f"chosen by:  {PORTABLE_DIR_NAME}" in check.stdout, check.stderr

    assert everything_in(home) == []
    assert everything_in(stick) == sorted(
        [
            "coprod-desktop",
            PORTABLE_DIR_NAME,
            *(f"{PORTABLE_DIR_NAME}/{p}" for p in everything_in(data)),
        ]
    )
    assert (data / "coprod.sqlite").is_file()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    # coprod-data/ was made by hand (0755 here): the app made it and all in it private.
    assert private_modes(data) == {"folders": {0o700}, "files": {0o600}}


def test_the_portable_app_keeps_its_settings_in_coprod_data(stick: Path, tmp_path: Path) -> None:
    home, env = empty_home(tmp_path)
    gui = subprocess.run(
        [sys.executable, "-c", GUI_AS_BUNDLE, str(stick / "coprod-desktop")],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert gui.returncode == 0, gui.stderr

    folder = stick / PORTABLE_DIR_NAME / "settings"
    settings = list(folder.rglob("*.ini"))
    assert len(settings) == 1, everything_in(stick)
    saved = settings[0].read_text("utf-8")
    assert "portable-check" in saved
    assert "language too" in saved
    assert everything_in(home) == []
    # Private, and no venue paths remembered: Qt's file-dialog memory is gone at quit.
    assert not [p for p in everything_in(folder) if p.startswith("QtProject")]
    assert b"/home/venue" not in b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert private_modes(folder) == {"folders": {0o700}, "files": {0o600}}


def private_modes(folder: Path) -> dict[str, set[int]]:
    """The permission bits of ``folder`` (and the folders in it) and of its files."""
    everything = [folder, *folder.rglob("*")]
    return {
        "folders": {p.stat().st_mode & 0o777 for p in everything if p.is_dir()},
        "files": {p.stat().st_mode & 0o777 for p in everything if p.is_file()},
    }
