"""A real Secret Service (GNOME Keyring on its own D-Bus session bus) for the keyring tests.

The keyring package's Secret Service backend is what the app uses on a Linux desktop; here it
talks to a real ``gnome-keyring-daemon`` over a private bus, with its files in a temporary home,
so nothing touches the machine's own keyring. Offline: a Unix socket only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

#: The programs needed, and the Debian packages holding them.
PROGRAMS = {"dbus-daemon": "dbus", "gnome-keyring-daemon": "gnome-keyring"}
INSTALL_HINT = (
    "the keyring tests need a Secret Service: `apt-get install dbus gnome-keyring` "
    "(`python3 dev.py test` installs them when run as root)"
)


def missing_programs() -> list[str]:
    return sorted(pkg for program, pkg in PROGRAMS.items() if shutil.which(program) is None)


@contextlib.contextmanager
def secret_service() -> Iterator[str]:
    """Start a session bus and an unlocked GNOME Keyring on it; yield the bus address."""
    home = Path(tempfile.mkdtemp(prefix="coprod-keyring-"))
    home.chmod(0o700)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    daemon: subprocess.Popen[str] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env = dict(
            os.environ,
            DBUS_SESSION_BUS_ADDRESS=address,
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_RUNTIME_DIR=str(home),
        )
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert daemon.stdin is not None
        daemon.stdin.write("login-keyring-password")  # unlocks (creates) the login keyring
        daemon.stdin.close()
        _wait_for_keyring(home)
        yield address
    finally:
        for process in (daemon, bus):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()
        shutil.rmtree(home, ignore_errors=True)


def _wait_for_keyring(home: Path) -> None:
    """The daemon answers once its control socket exists (a few milliseconds, longer if busy)."""
    for _ in range(200):
        if (home / "keyring" / "control").exists():
            return
        time.sleep(0.05)
    raise RuntimeError("gnome-keyring-daemon did not start")
