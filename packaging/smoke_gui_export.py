"""The smoke test's export from the window: the bundle on a real X server (Xvfb, a display it
picks itself), driven with xdotool as a facilitator would drive it. The list's Ctrl+Shift+E
exports the chosen workshop's report; the file dialog gets a path typed into it; the report is
built by the app's export child process (``multiprocessing`` *spawn*: in the bundle the child
is the bundle's own program started again, which ``freeze_support()`` in ``main.py`` turns into
the child); the PDF is read back; Ctrl+Q quits, and every process the app started must be gone.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

#: Seconds to wait for a window, the export (a cold child loads reportlab and the fonts) and
#: the app's processes to end.
WINDOW_S, EXPORT_S, QUIT_S = 60, 180, 30


class GuiExportError(Exception):
    """A step of the export from the window failed; the message says which."""


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb; yields its display name (``:N``, chosen by the server itself)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,),
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()
        if not number.isdigit():
            raise GuiExportError("Xvfb could not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=20)


def gui_export(
    command: list[str], env: dict[str, str], cwd: Path, *, check: Callable[[Path], str]
) -> str:
    """Export the report of the workshop the list shows first through the window, on Xvfb;
    ``check`` reads the PDF back. Says what ran and what was left running (nothing)."""
    with xvfb() as display:
        x11 = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        app = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=x11, cwd=cwd
        )
        try:
            return _drive(command, app, x11, cwd, check)
        finally:
            if app.poll() is None:
                app.kill()
            app.communicate()


def _drive(
    command: list[str],
    app: subprocess.Popen[str],
    env: dict[str, str],
    cwd: Path,
    check: Callable[[Path], str],
) -> str:
    def xdotool(*args: str, timeout: float = WINDOW_S) -> str:
        done = subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, env=env, timeout=timeout,
            check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise GuiExportError(f"xdotool {' '.join(args)}: {done.stderr.strip() or 'failed'}")
        return done.stdout.strip()

    def window(name: str, seconds: float = WINDOW_S) -> str:
        """The visible window called ``name``, once there: asked again and again, as windows
        coming and going while xdotool looks make one search fail (BadWindow)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with contextlib.suppress(GuiExportError):
                return xdotool("search", "--onlyvisible", "--name", name).splitlines()[-1]
            if app.poll() is not None:
                raise GuiExportError(f"the app ended (code {app.returncode}) before {name!r}")
            time.sleep(0.25)
        raise GuiExportError(f"no window {name!r} within {seconds:g} s")

    listed = window("^CoProd Desktop$")
    xdotool("windowfocus", "--sync", listed)
    time.sleep(1)  # the list fills its rows after the first paint
    xdotool("key", "--clearmodifiers", "ctrl+shift+e")
    asked = window("^Export the report of")
    xdotool("windowfocus", "--sync", asked)
    pdf = cwd / "from-the-window.pdf"
    xdotool("key", "ctrl+a")
    xdotool("type", "--delay", "20", str(pdf))
    xdotool("key", "Return")
    window("^Report saved$", EXPORT_S)  # said once the file is written whole
    spawned = _descendants(app.pid)
    children = [p for p in spawned if not _is_resource_tracker(p)]
    if not children:
        raise GuiExportError("the report was made without a child process")
    started = _command_line(children[0])
    if Path(started[0]).name != Path(command[0]).name:
        raise GuiExportError(f"the child is not the app's own program started again: {started}")
    read_back = check(pdf)
    xdotool("key", "Escape")  # "Open it now?": Close
    xdotool("windowfocus", "--sync", listed)
    xdotool("key", "--clearmodifiers", "ctrl+q")
    try:
        app.wait(timeout=QUIT_S)
    except subprocess.TimeoutExpired:
        raise GuiExportError(f"the app did not quit within {QUIT_S} s of Ctrl+Q") from None
    left = _still_running(spawned, QUIT_S)
    if left:
        raise GuiExportError(f"processes left after quitting: {left}")
    if app.returncode != 0:
        raise GuiExportError(f"the app exited {app.returncode}")
    shown = " ".join([Path(started[0]).name, *started[1:2]])
    return f"{read_back}, built by child process {children[0]} ({shown}); none left after Ctrl+Q"


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` now (children, their children …)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                status = (entry / "status").read_text()
                parent = next(line for line in status.splitlines() if line.startswith("PPid:"))
                parents[int(entry.name)] = int(parent.split()[1])
    found, wave = [], [pid]
    while wave:
        wave = [p for p, parent in parents.items() if parent in wave]
        found += wave
    return found


def _command_line(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode().rstrip("\0").split("\0")
    except OSError:
        return ["?"]


def _is_resource_tracker(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    return False


def _still_running(pids: list[int], seconds: float) -> list[int]:
    """The processes of ``pids`` still running after up to ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        left = [p for p in pids if _alive(p)]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be collected
