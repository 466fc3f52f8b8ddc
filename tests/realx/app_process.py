"""The app running in its own process on the real X server, and the facilitator's hands
(xdotool)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

ANSWER_WAIT = float(os.environ.get("COPROD_REAL_X_WAIT", "20"))  # seconds a step may take


class RunningApp:
    """The app (tests/realx/driver.py) on ``display``; ask it questions, type at it."""

    def __init__(
        self,
        display: str,
        folder: Path,
        workshop_id: int,
        *extra: str,
        window_system: dict[str, str] | None = None,
        driver: str = "tests.realx.driver",
    ) -> None:
        """``window_system``: the environment that chooses another window system than the X
        server ``display`` (the Wayland suite's ``QT_QPA_PLATFORM`` and ``WAYLAND_DISPLAY``);
        ``driver``: the module that runs the app and answers (the console's, or another)."""
        self.display = display
        env = dict(os.environ, LANG="en_GB.UTF-8")
        for name in ("DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        env.update(window_system or {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        self.process = subprocess.Popen(
            [sys.executable, "-m", driver, str(folder), str(workshop_id), *extra],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready = self._answer()
        assert ready == {"ready": True}, ready

    def _answer(self) -> Any:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], ANSWER_WAIT)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.process.kill()
            _, errors = self.process.communicate()
            raise AssertionError(f"the app did not answer; its stderr:\n{errors[-3000:]}")
        return json.loads(line)

    def ask(self, command: str) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def state(self) -> dict[str, Any]:
        answer: dict[str, Any] = self.ask("state")
        return answer

    def wait_for(self, what: str, check: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Ask until ``check`` holds (the app handles X events in its own time)."""
        answer: dict[str, Any] = self.until(what, "state", check)
        return answer

    def until(self, what: str, question: str, check: Callable[[Any], bool]) -> Any:
        """Ask ``question`` until ``check`` holds of the answer."""
        deadline = time.monotonic() + ANSWER_WAIT
        while True:
            now = self.ask(question)
            if check(now):
                return now
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: never happened; the app shows {now}")
            time.sleep(0.05)

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], check=True, env=dict(os.environ, DISPLAY=self.display))

    def keys(self, *names: str) -> None:
        """Press keys as the layout has them (``shift+4``, ``Return``, ``s``)."""
        self.xdotool("key", "--delay", "40", *names)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    def click(self, name: str, button: str = "1") -> None:
        spot = self.ask(f"where {name}")
        self.xdotool("mousemove", str(spot["x"]), str(spot["y"]), "click", button)

    def quit(self) -> None:
        """Close the console and the app, as the facilitator does; wait for it to end."""
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        self.process.stdin.close()
        try:
            self.process.wait(timeout=ANSWER_WAIT)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            for stream in (self.process.stdout, self.process.stderr):
                if stream is not None:
                    stream.close()
