"""A real Wayland compositor for the tests: sway, headless (no screen, no input devices, a
software renderer), one 1366 × 768 output, in a private runtime folder.

sway refuses to start as root ("Unable to drop root"): it checks that it could not regain
root after dropping it, so as root (CI runs as root) it is started as the unprivileged
``nobody`` user (as ``initdb`` runs as ``postgres``); the app, as root, connects to its socket by
path. Its own keyboard layout setting (``input * xkb_layout``) applies to physical keyboards
only: a virtual keyboard brings its own keymap (``keyboard.py``).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

CONFIG = """
xwayland disable
output * mode 1366x768
focus_follows_mouse no
"""


@dataclass(frozen=True, slots=True)
class Compositor:
    """Where the running compositor listens: the Wayland socket and sway's IPC socket."""

    socket: Path
    ipc: Path

    def focus(self, title_start: str) -> None:
        """Give the keyboard to the window whose title starts with ``title_start`` (as a click
        on it would)."""
        command = ["swaymsg", "-s", str(self.ipc), f'[title="^{title_start}"] focus']
        deadline = time.monotonic() + 20
        while True:  # until the window is on the screen (the app maps it in its own time)
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode == 0:
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"no window {title_start!r} to focus: {done.stdout}")
            time.sleep(0.1)


@contextmanager
def sway_headless() -> Iterator[Compositor]:
    """Start sway headless; yield where it listens. RuntimeError, with its log, if it cannot
    start."""
    user = pwd.getpwnam("nobody") if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="coprod-wayland-"))
    os.chmod(folder, 0o700)
    (folder / "sway.conf").write_text(CONFIG, encoding="utf-8")
    if user is not None:
        for path in (folder, folder / "sway.conf"):
            os.chown(path, user.pw_uid, user.pw_gid)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
    }
    log = folder / "sway.log"
    with log.open("wb") as output:
        sway = subprocess.Popen(
            ["sway", "-c", str(folder / "sway.conf")], env=env, stdout=output,
            stderr=subprocess.STDOUT, user=user.pw_uid if user else None,
            group=user.pw_gid if user else None, extra_groups=[] if user else None,
        )  # fmt: skip
    try:
        found = _sockets(folder, sway)
        if found is None:
            raise RuntimeError(f"sway did not start; its log ends:\n{_tail(log)}")
        yield Compositor(*found)
    finally:
        if sway.poll() is None:
            sway.terminate()
            try:
                sway.wait(timeout=10)
            except subprocess.TimeoutExpired:
                sway.kill()
                sway.wait()
        shutil.rmtree(folder, ignore_errors=True)


def _sockets(folder: Path, sway: subprocess.Popen[bytes]) -> tuple[Path, Path] | None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sway.poll() is None:
        wayland = [p for p in glob.glob(str(folder / "wayland-*")) if not p.endswith(".lock")]
        ipc = glob.glob(str(folder / "sway-ipc.*.sock"))
        if wayland and ipc:
            return Path(wayland[0]), Path(ipc[0])
        time.sleep(0.1)
    return None


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-1500:]
