"""A real X server for the real-window-system suite: Xvfb with a 1366 × 768 laptop screen
and a 1024 × 768 projector screen, a keyboard layout chosen with setxkbmap, xdotool to type
and click."""

from __future__ import annotations

import importlib.util
import os
import select
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

from tests.conftest import ROOT

LAPTOP = (1366, 768)
PROJECTOR = (1024, 768)


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
        f"the real-X suite needs {' '.join(missing)}: run `sudo python3 dev.py x-tools` "
        f"(or `sudo apt-get install {' '.join(missing)}`); `python3 dev.py test` and CI "
        "install them themselves when run as root"
    )


@contextmanager
def x_server(laptop: tuple[int, int] = LAPTOP) -> Iterator[str]:
    """Start Xvfb on a free display (it picks one and tells us) with two X screens, the
    laptop's and the projector's; yield the display name. (One wide screen split with
    `xrandr --setmonitor` would be closer to a laptop, but Xvfb 21 ignores the monitors it is
    given; Qt sees the two X screens as two QScreens.) Raises RuntimeError, with the server's own words, if it cannot start."""
    read_end, write_end = os.pipe()
    screens = [
        arg
        for number, (width, height) in enumerate((laptop, PROJECTOR))
        for arg in ("-screen", str(number), f"{width}x{height}x24")
    ]
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", *screens],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number:
            server.kill()
            _, errors = server.communicate()
            raise RuntimeError(f"Xvfb did not start: {errors.decode(errors='replace')[-800:]}")
        yield f":{number}"
    finally:
        os.close(read_end)
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
        if server.stderr is not None:
            server.stderr.close()


def set_layout(display: str, layout: str) -> None:
    subprocess.run(["setxkbmap", "-display", display, layout], check=True)
