"""A real X server for the real-window-system suite, as a laptop with a projector plugged in:
X.Org with its dummy video driver, one X screen with two RandR outputs side by side, the
laptop's 1366 × 768 (DUMMY0, primary) and the projector's 1024 × 768 (DUMMY1); a keyboard
layout chosen with setxkbmap, xdotool to type and click, xrandr to plug and unplug.

(Xvfb cannot do this: with two ``-screen``s it makes two X screens, both named "screen", and
with ``+xinerama`` one screen with both heads at 0,0; Xvfb 21.1 takes ``xrandr --setmonitor``
without an error and still reports one monitor. The dummy driver has real RandR outputs, so
Qt sees two QScreens named apart, as on a laptop, and unplugging the projector is ``xrandr
--output DUMMY1 --off``.)"""

from __future__ import annotations

import importlib.util
import os
import select
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import ROOT

LAPTOP = (1366, 768)
PROJECTOR = (1024, 768)
LAPTOP_OUTPUT, PROJECTOR_OUTPUT = "DUMMY0", "DUMMY1"

#: One dummy card with room for both screens side by side; no input devices of its own (the
#: core keyboard and pointer, which xdotool drives through XTEST, are always there).
XORG_CONF = """
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Device"
  Identifier "card"
  Driver "dummy"
  VideoRam 65536
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
EndSection
Section "Screen"
  Identifier "screen"
  Device "card"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 4096 2048
  EndSubSection
EndSection
"""


def missing_packages() -> list[str]:
    """The Debian packages the suite needs and this machine lacks (dev.py keeps the list)."""
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    missing: list[str] = dev.missing_x_packages()
    return missing


def how_to_install(missing: list[str]) -> str:
    return (
        f"the real-X and Wayland suites need {' '.join(missing)}: run `sudo python3 dev.py x-tools` "
        f"(or `sudo apt-get install {' '.join(missing)}`); `python3 dev.py test` and CI "
        "install them themselves when run as root"
    )


@contextmanager
def x_server(laptop: tuple[int, int] = LAPTOP) -> Iterator[str]:
    """Start X.Org with the dummy driver on a free display (it picks one and tells us), with
    the laptop's and the projector's screens; yield the display name. Raises RuntimeError,
    with the server's own log, if it cannot start."""
    with tempfile.TemporaryDirectory(prefix="coprod-x-") as scratch:
        folder = Path(scratch)
        (folder / "xorg.conf").write_text(XORG_CONF, encoding="utf-8")
        (folder / "xorg.conf.d").mkdir()
        read_end, write_end = os.pipe()
        server = subprocess.Popen(
            ["Xorg", "-displayfd", str(write_end), "-noreset", "-nolisten", "tcp",
             "-config", str(folder / "xorg.conf"), "-configdir", str(folder / "xorg.conf.d"),
             "-logfile", str(folder / "xorg.log")],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_end)
        try:
            ready, _, _ = select.select([read_end], [], [], 30)
            number = os.read(read_end, 32).decode().strip() if ready else ""
            if not number:
                server.kill()
                server.wait()
                log = (folder / "xorg.log").read_text(errors="replace")[-1500:]
                raise RuntimeError(f"X.Org did not start; its log ends:\n{log}")
            display = f":{number}"
            plug_in(display, LAPTOP_OUTPUT, laptop, x=0, primary=True)
            plug_in(display, PROJECTOR_OUTPUT, PROJECTOR, x=laptop[0])
            yield display
        finally:
            os.close(read_end)
            if server.poll() is None:
                server.terminate()
                server.wait(timeout=10)


def plug_in(display: str, output: str, size: tuple[int, int], *, x: int,
            primary: bool = False) -> None:  # fmt: skip
    """Turn ``output`` on at ``size`` (a mode made for it), ``x`` pixels from the left."""
    width, height = size
    name = f"{width}x{height}"
    # Timings at 60 Hz: the dummy driver shows nothing, but xrandr wants a whole modeline.
    h, v = (width, width + 8, width + 16, width + 24), (height, height + 2, height + 4, height + 6)
    clock = f"{h[3] * v[3] * 60 / 1e6:.2f}"
    xrandr = ["xrandr", "-display", display]
    modes = subprocess.run([*xrandr, "--query"], capture_output=True, text=True, check=True).stdout
    if f" {name} " not in modes:
        subprocess.run([*xrandr, "--newmode", name, clock, *map(str, h + v)], check=True)
    subprocess.run([*xrandr, "--addmode", output, name], check=False)  # there already: fine
    where = ["--output", output, "--mode", name, "--pos", f"{x}x0"]
    subprocess.run([*xrandr, *where, *(["--primary"] if primary else [])], check=True)


def unplug(display: str, output: str = PROJECTOR_OUTPUT) -> None:
    """Pull the projector's cable (its output off), as mid-session in a hall."""
    subprocess.run(["xrandr", "-display", display, "--output", output, "--off"], check=True)


def set_layout(display: str, layout: str) -> None:
    subprocess.run(["setxkbmap", "-display", display, layout], check=True)
