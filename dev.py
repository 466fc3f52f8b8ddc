#!/usr/bin/env python3
"""Set up and run CoProd Desktop from a fresh checkout, with nothing but Python >= 3.11.

    python3 dev.py run [ARGS...]   set up .venv, then launch the app (ARGS go to the app)
    python3 dev.py test [ARGS...]  set up .venv, then run lint, types, layer contracts and tests
                                   (installs the PostgreSQL server with apt-get if missing, as root)
    python3 dev.py bundle          set up .venv for packaging, then build dist/coprod-desktop/
    python3 dev.py lock            re-pin requirements/*.lock from pyproject.toml (maintainers)
    python3 dev.py translations    extract UI strings into resources/translations/*.ts (lupdate)
    python3 dev.py notices         rewrite resources/licences/THIRD-PARTY-NOTICES.txt from the
                                   installed distributions' metadata (after `lock`)
    python3 dev.py x-tools         install what the real-X and Wayland tests need (Linux,
                                   apt-get, as root)

Set-up installs the exact versions in requirements/*.lock into .venv, once, refusing any file
whose hash is not in the lock (`pip install --require-hashes`); it runs again only when the
lock files or the packaging metadata change.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCKS = ROOT / "requirements"
STAMP = VENV / ".coprod-installed"
LOCK_EXTRAS = (("app.lock", ""), ("dev.lock", "dev"), ("packaging.lock", "packaging"))
#: The resolver `dev.py lock` uses: it pins every platform at once (Windows and macOS build
#: dependencies included, under markers) and records every file's hash.
UV = "uv==0.13.10"


# The real-X suite (tests/realx) runs the app on X.Org's dummy driver (one X screen, a laptop
# and a projector output, plugged and unplugged with xrandr) and types with xdotool under
# setxkbmap layouts; the bundle's smoke test uses Xvfb; Qt's xcb platform needs the libraries
# after them. The Wayland suite (tests/realwayland) runs the app on sway, headless, and types
# through the virtual-keyboard protocol with the layouts' own XKB keymaps (libxkbcommon, xkb-data).
# Debian/Ubuntu package names.
X_TOOLS = {
    "Xorg": "xserver-xorg-core",
    "xrandr": "x11-xserver-utils",
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "setxkbmap": "x11-xkb-utils",
    "sway": "sway",
}
X_FILES = {
    "/usr/lib/xorg/modules/drivers/dummy_drv.so": "xserver-xorg-video-dummy",
    "/usr/share/X11/xkb/rules/evdev": "xkb-data",
}
X_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xkbcommon": "libxkbcommon0",
    "wayland-client": "libwayland-client0",
    "wayland-cursor": "libwayland-cursor0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_x_packages() -> list[str]:
    """The Debian packages the real-X and Wayland suites need that this machine lacks (none off
    Linux)."""
    if not sys.platform.startswith("linux"):
        return []
    from ctypes.util import find_library

    missing = [package for tool, package in X_TOOLS.items() if shutil.which(tool) is None]
    missing += [package for path, package in X_FILES.items() if not Path(path).exists()]
    return missing + [pkg for lib, pkg in X_LIBRARIES.items() if find_library(lib) is None]


def ensure_x_tools(*, required: bool) -> bool:
    """Install the real-X suite's packages with apt-get when missing and we may (root);
    otherwise say exactly how. Returns whether they are all there."""
    missing = missing_x_packages()
    if not missing:
        return True
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing for the real-X tests: {' '.join(missing)} …", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.call(["apt-get", "update", "-q"], env=env)
        if subprocess.call(command, env=env) == 0:
            return True
    print(
        "The real-X and Wayland tests (tests/realx, tests/realwayland) need these packages, "
        "which are missing: "
        f"{' '.join(missing)}\nInstall them with:\n    sudo {' '.join(command)}",
        file=sys.stderr if required else sys.stdout,
        flush=True,
    )
    return False


def venv_python() -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    return VENV / folder / ("python.exe" if os.name == "nt" else "python")


def fingerprint(lock: Path) -> str:
    digest = hashlib.sha256()
    for path in (lock, ROOT / "pyproject.toml", ROOT / "setup.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_venv(lock_name: str) -> Path:
    """Create .venv and install ``lock_name`` plus the project (editable), if not already done.

    The dev lock is a superset of the app lock, so installing it satisfies both.
    """
    if sys.version_info < (3, 11):  # noqa: UP036  (dev.py runs on whatever python3 is)
        sys.exit(f"CoProd Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    covers = ["app.lock", "dev.lock"] if lock_name == "dev.lock" else [lock_name]
    wanted = {name: fingerprint(LOCKS / name) for name in covers}
    python = venv_python()
    done = (
        dict(line.split(" ", 1) for line in STAMP.read_text().splitlines())
        if STAMP.exists()
        else {}
    )
    if python.exists() and done.get(lock_name) == wanted[lock_name]:
        return python
    if not python.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    lock = LOCKS / lock_name
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
    print(f"Installing pinned packages from {lock.relative_to(ROOT)} …", flush=True)
    subprocess.run([*pip, "install", "--require-hashes", "-r", str(lock)], check=True)
    subprocess.run([*pip, "install", "--no-deps", "-e", str(ROOT)], check=True)
    done.update(wanted)
    STAMP.write_text("".join(f"{name} {digest}\n" for name, digest in done.items()))
    return python


def run_app(args: list[str]) -> int:
    python = ensure_venv("app.lock")
    return subprocess.call([str(python), str(ROOT / "main.py"), *args])


def postgres_bin_dir() -> Path | None:
    """The PostgreSQL (15 or newer) server binaries the organisation-store tests start."""
    import glob
    import shutil

    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        major = Path(folder).parent.name
        if major.isdigit() and int(major) >= 15 and (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def ensure_postgres() -> None:
    """Install the PostgreSQL server when it is missing and we may (root, apt-get): the tests
    need a real one. Otherwise say how to install it; those tests then fail, naming it."""
    import shutil

    if postgres_bin_dir() is not None:
        return
    if os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing the PostgreSQL server for the tests (apt-get) …", flush=True)
        quiet = {"DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"]
        if subprocess.call(install, env=dict(os.environ, **quiet)) != 0:
            subprocess.call(["apt-get", "update", "-q"])
            subprocess.call(install, env=dict(os.environ, **quiet))
        if postgres_bin_dir() is not None:
            return
    print(
        "The PostgreSQL server binaries (initdb, pg_ctl; 15 or newer) are missing, so the "
        "organisation-store tests will fail. Install them: `sudo apt-get install postgresql` "
        "(Debian/Ubuntu), `sudo dnf install postgresql-server` (Fedora), `brew install "
        "postgresql@15` (macOS); or set PG_BIN to the folder holding them.",
        flush=True,
    )


#: Tools the desktop-integration tests run (tests/distribution/test_desktop_files.py) and the
#: Secret Service the keyring tests talk to (tests/secret_service.py), the headless browser the
#: HTML report's accessibility check (tests/report/axe_check.py) and its screenshot run in, and
#: their Debian packages.
DESKTOP_TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "dbus-daemon": "dbus",
    "gnome-keyring-daemon": "gnome-keyring",
    "chromium-headless-shell": "chromium-headless-shell",
}


def ensure_desktop_tools() -> None:
    """Install the desktop-file, AppStream and MIME checkers and GNOME Keyring when missing and
    we may (root, apt-get); otherwise the tests that need them are skipped, naming them."""
    missing = sorted({pkg for tool, pkg in DESKTOP_TOOLS.items() if not shutil.which(tool)})
    if missing and os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing {', '.join(missing)} for the tests (apt-get) …", flush=True)
        quiet = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]
        if subprocess.call(install, env=quiet) != 0:
            subprocess.call(["apt-get", "update", "-q"])
            subprocess.call(install, env=quiet)


def run_tests(args: list[str]) -> int:
    python = ensure_venv("dev.lock")
    ensure_postgres()
    ensure_x_tools(required=False)  # without them the real-X tests fail, saying the same
    ensure_desktop_tools()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    bin_dir = python.parent
    steps: list[tuple[str, list[str]]] = [
        ("ruff check", [str(python), "-m", "ruff", "check", "."]),
        ("ruff format --check", [str(python), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(python), "-m", "mypy"]),
        ("import-linter", [str(bin_dir / "lint-imports")]),
        ("pytest", [str(python), "-m", "pytest", *args]),
    ]
    failed: list[str] = []
    for name, command in steps:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.call(command, cwd=ROOT, env=env) != 0:
            failed.append(name)
    if failed:
        print(f"\nFAILED: {', '.join(failed)}", flush=True)
        return 1
    print("\nAll checks passed.", flush=True)
    return 0


def build_bundle(args: list[str]) -> int:
    """Build the one-folder bundle into dist/coprod-desktop/ with packaging/coprod-desktop.spec."""
    python = ensure_venv("packaging.lock")
    root = os.name == "posix" and os.geteuid() == 0
    if sys.platform.startswith("linux") and not shutil.which("icupkg") and root:
        # ICU's tools cut the bundle's ICU data to the app's languages (packaging/icu_data.py).
        subprocess.call(["apt-get", "install", "-y", "-q", "--no-install-recommends",
                         "icu-devtools"])  # fmt: skip
    spec = ROOT / "packaging" / "coprod-desktop.spec"
    build = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean"]
    where = ["--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller")]
    return subprocess.call([*build, *where, *args, str(spec)], cwd=ROOT)


def relock() -> int:
    """Resolve pyproject.toml's dependencies afresh for every platform and pin them with hashes.

    The dev and packaging locks are resolved against app.lock, so tests and bundles run the
    app's exact pins.
    """
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        tools = Path(scratch) / "tools"
        venv.EnvBuilder(with_pip=True).create(tools)
        bin_dir = tools / ("Scripts" if os.name == "nt" else "bin")
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", UV], check=True)
        for lock_name, extra in LOCK_EXTRAS:
            compile_lock = [
                str(bin_dir / "uv"), "pip", "compile", "pyproject.toml", "--quiet",
                "--universal", "--python-version", "3.11", "--generate-hashes",
                "--custom-compile-command", "python3 dev.py lock",
                "-o", str(LOCKS / lock_name),
            ]  # fmt: skip
            if extra:
                compile_lock += ["--extra", extra, "-c", str(LOCKS / "app.lock")]
            subprocess.run(compile_lock, check=True, cwd=ROOT)
            print(f"wrote requirements/{lock_name}")
    return 0


def main() -> int:
    command, *rest = sys.argv[1:] or ["run"]
    if command == "run":
        return run_app(rest)
    if command == "test":
        return run_tests(rest)
    if command == "bundle":
        return build_bundle(rest)
    if command == "lock":
        return relock()
    if command == "x-tools":
        return 0 if ensure_x_tools(required=True) else 1
    if command == "translations":
        python = ensure_venv("dev.lock")
        return subprocess.call([str(python), str(ROOT / "scripts" / "update_translations.py")])
    if command == "notices":
        python = ensure_venv("dev.lock")
        return subprocess.call([str(python), str(ROOT / "scripts" / "third_party_notices.py")])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
