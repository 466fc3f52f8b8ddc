"""The wheel route, as a packager takes it: build the sdist, build the wheel from the sdist,
install the wheel into a fresh virtual environment outside the checkout, and run the app from
there (the command line and the GUI, offscreen) with an empty home folder.

Uses pip's cache and PyPI only (the locked, hashed app dependencies); a minute or two.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop import __version__
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

#: What the packages need at run time, by their path inside the wheel.
WHEEL_MUST_HOLD = (
    "coprod_desktop/assets/styles/console.qss",
    "coprod_desktop/assets/fonts/DejaVuSans.ttf",
    "coprod_desktop/assets/fonts/LICENSE-DejaVu.txt",
    "coprod_desktop/assets/frameworks/default.en.json",
    "coprod_desktop/assets/frameworks/default.cy.json",
    "coprod_desktop/assets/demo/demo-workshop.json",
    "coprod_desktop/assets/icons/app-256.png",
    "coprod_desktop/assets/translations/cy.ts",  # the windows, errors and the command line read it
    "coprod_desktop/assets/translations/qt/cy.ts",  # Qt's own dialogs in Welsh
    "coprod_desktop/assets/licences/THIRD-PARTY-NOTICES.txt",
    "coprod_desktop/assets/licences/LGPL-3.0.txt",
    "coprod_desktop/assets/licences/GPL-3.0.txt",
    "coprod_desktop/assets/licences/QT-LIBRARIES.txt",
    "coprod_desktop/storage/migrations/env.py",
    "coprod_desktop/storage/migrations/script.py.mako",
    "coprod_desktop/storage/migrations/versions/0001_initial_schema.py",
)
#: What the sdist needs to rebuild, test and bundle the app, by path under its top folder.
SDIST_MUST_HOLD = (
    "LICENSE",
    "setup.py",
    "pyproject.toml",
    "dev.py",
    "main.py",
    "requirements/app.lock",
    "resources/translations/cy.ts",
    "resources/icons/app-icon.svg",
    "packaging/coprod-desktop.spec",
    "tests/conftest.py",
)


@dataclass(frozen=True)
class Installed:
    """The wheel installed in its own environment, and a place to run it from."""

    venv: Path
    wheel: Path
    sdist: Path
    work: Path

    def program(self, name: str = "coprod-desktop") -> Path:
        folder = "Scripts" if os.name == "nt" else "bin"
        return self.venv / folder / (f"{name}.exe" if os.name == "nt" else name)

    @property
    def python(self) -> Path:
        return self.program("python")

    def env(self) -> dict[str, str]:
        """A user with an empty home, no data folder chosen, nothing of the checkout visible."""
        home = self.work / "home"
        skip = ("COPROD_", "XDG_", "PYTHON", "VIRTUAL_ENV")
        env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
        return {
            **env,
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [str(self.program()), *args],
            capture_output=True, text=True, env=self.env(), cwd=self.work, timeout=300,
            check=False,
        )  # fmt: skip
        assert done.returncode == 0, f"{args} exited {done.returncode}: {done.stderr}"
        assert "Traceback" not in done.stderr, done.stderr
        return done.stdout


def source_tree(into: Path) -> Path:
    """The checkout's files (tracked and new, not ignored), as a fresh clone would have them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout  # fmt: skip
    for name in filter(None, listed.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to take the source files from")
    work = tmp_path_factory.mktemp("wheel-route")
    source = source_tree(work / "source")
    dist = work / "dist"
    # python -m build makes the sdist, then the wheel from the unpacked sdist: the wheel proves
    # the sdist holds everything. The build backend is the one pinned in .venv (dev.lock).
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(source)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    (sdist,) = dist.glob("*.tar.gz")
    (wheel,) = dist.glob("*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    place = Installed(venv=venv, wheel=wheel, sdist=sdist, work=work / "elsewhere")
    place.work.mkdir()
    pip = [str(place.python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    lock = ROOT / "requirements" / "app.lock"
    subprocess.run([*pip, "--require-hashes", "-r", str(lock)], check=True, timeout=900)
    subprocess.run([*pip, "--no-deps", str(wheel)], check=True, timeout=300)
    return place


def test_the_wheel_holds_the_resources_licences_and_migrations(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(f"coprod_desktop-{__version__}.dist-info/METADATA").decode()
        entry_points = wheel.read(f"coprod_desktop-{__version__}.dist-info/entry_points.txt")
    assert set(WHEEL_MUST_HOLD) <= names
    assert f"coprod_desktop-{__version__}.dist-info/licenses/LICENSE" in names
    assert "License-Expression: MIT" in metadata.splitlines()
    assert not [n for n in names if "__pycache__" in n]
    # A GUI entry point beside the command line one: on Windows it opens no console window.
    assert b"[gui_scripts]\ncoprod-desktop-gui = coprod_desktop.app:main" in entry_points
    assert b"[console_scripts]\ncoprod-desktop = coprod_desktop.app:main" in entry_points


def test_the_sdist_can_rebuild_test_and_bundle_the_app(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert set(SDIST_MUST_HOLD) <= names
    assert not [n for n in names if "__pycache__" in n or n.startswith(".venv")]


def test_the_installed_app_reads_its_resources_from_the_environment(
    installed: Installed,
) -> None:
    probe = "from coprod_desktop.resources import resources_dir; print(resources_dir())"
    done = subprocess.run(
        [str(installed.python), "-c", probe],
        capture_output=True, text=True, env=installed.env(), cwd=installed.work, check=True,
    )  # fmt: skip
    where = Path(done.stdout.strip())
    assert where.is_relative_to(installed.venv), where
    assert (where / "styles" / "console.qss").is_file()


def test_the_commands_run_from_the_installed_wheel(installed: Installed) -> None:
    data = installed.work / "data"
    base = ["--data-dir", str(data)]
    assert installed.run("--version").strip() == f"CoProd Desktop {__version__}"
    wid = installed.run(*base, "demo").strip()
    assert wid.isdigit()
    title = installed.run(*base, "list").split("\t")[2]
    report, form = installed.work / "report.pdf", installed.work / "form.pdf"
    installed.run(*base, "report", wid, "-o", str(report))
    installed.run(*base, "blank-form", wid, "-o", str(form))
    for pdf in (report, form):
        text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
        assert title in text
    book = installed.work / "results.xlsx"
    installed.run(*base, "export-data", wid, "-o", str(book))
    with zipfile.ZipFile(book) as sheets:
        assert any(n.startswith("xl/worksheets/") for n in sheets.namelist())


def test_the_gui_opens_from_the_installed_wheel(installed: Installed) -> None:
    """The GUI entry point starts, styles its window and opens the store (it takes the lock);
    a second launch hands over to it."""
    data = installed.work / "gui-data"
    gui = subprocess.Popen(
        [str(installed.program("coprod-desktop-gui")), "--data-dir", str(data)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=installed.env(), cwd=installed.work,
    )  # fmt: skip
    lock, store = data / "coprod.lock", data / "coprod.sqlite"

    def opened() -> bool:  # the lock names the running app and the store is in place
        return lock.exists() and bool(lock.read_text().strip()) and store.is_file()

    try:
        while gui.poll() is None and not opened():
            with contextlib.suppress(subprocess.TimeoutExpired):
                gui.wait(timeout=0.2)
        assert gui.poll() is None, f"the GUI exited with {gui.returncode}"
        # A second launch on the same folder (a second real process) hands over and quits,
        # where it used to fail naming --data-dir; the first one runs on.
        second = subprocess.run(
            [str(installed.program()), "--data-dir", str(data)],
            capture_output=True, text=True, env=installed.env(), cwd=installed.work,
            timeout=120, check=False,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert gui.poll() is None
    finally:
        gui.terminate()
        _out, err = gui.communicate(timeout=60)
    assert "Traceback" not in err, err
