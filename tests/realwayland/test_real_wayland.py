"""The app on a real Wayland compositor (sway, headless), typed at by a keyboard plugged into
it with the UK, US and French layouts' own keymaps, then the store read back: the capture keys
by physical key where Wayland, not X11, delivers them (Shift+4 arrives as "$" with the digit 4
key's code; on a French keyboard the digit row types "é" and "3" needs Shift)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.domain.rating import RatingStatus
from tests.realwayland.compositor import Compositor, sway_headless
from tests.realwayland.keyboard import VirtualKeyboard
from tests.realx.app_process import RunningApp
from tests.realx.test_real_x import new_store, rating_is, stored
from tests.realx.xserver import how_to_install, missing_packages

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="sway, the Wayland compositor, runs on Linux"
)
#: The key the action letter A is on: AZERTY has it where QWERTY has Q.
ACTION_KEY = {"gb": "a", "us": "a", "fr": "q"}


@pytest.fixture(scope="module")
def compositor() -> Iterator[Compositor]:
    """A real Wayland compositor; a clear failure (not a skip) when it cannot be had."""
    missing = missing_packages()
    if missing:
        pytest.fail(how_to_install(missing))
    with sway_headless() as running:
        yield running


def app_on(compositor: Compositor, folder: Path, wid: int, *extra: str) -> RunningApp:
    """The app on the compositor, the console (a new window, as a click on "Open" makes it)
    holding the keyboard."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    app = RunningApp(
        "", folder, wid, *extra,
        window_system={
            "QT_QPA_PLATFORM": "wayland",
            "WAYLAND_DISPLAY": str(compositor.socket),
            "XDG_RUNTIME_DIR": str(runtime),
        },
    )  # fmt: skip
    compositor.focus("Real keyboards")
    app.wait_for("the console has the keys", lambda s: s["active"])
    return app


@pytest.mark.parametrize("layout", ["gb", "us", "fr"])
def test_capture_keys_on_a_wayland_keyboard(
    compositor: Compositor, tmp_path: Path, layout: str
) -> None:
    wid = new_store(tmp_path)
    app = app_on(compositor, tmp_path, wid)
    keyboard = VirtualKeyboard(compositor.socket, layout)
    try:
        assert app.state()["screens"][0][1:] == [1366, 768]
        keyboard.press("2", "shift+3")  # fr: "é", then Shift+"3"; gb "£", us "#"
        app.wait_for("K1 at 2, needing 3", rating_is(current=2, required=3, status="agreed"))
        keyboard.press("shift+4")  # "$" on gb and us, "4" on fr
        app.wait_for("K1 needing 4", rating_is(required=4))
        keyboard.press("space")
        app.wait_for("revealed", lambda s: s["revealed"])
        keyboard.press("Return")
        app.wait_for("on K2", lambda s: s["item"] == "K2" and not s["revealed"])
        keyboard.press("s")
        app.wait_for("K2 split", rating_is(status="split"))
        keyboard.press("k")
        app.wait_for("K2 skipped", rating_is(status="skipped"))
        keyboard.press("Return", "alt+2")  # a slide by its digit key, whatever it types
        app.wait_for("on K3, the stages on the projector",
                     lambda s: s["item"] == "K3" and s["slide"] == "STAGES")  # fmt: skip
        keyboard.press(ACTION_KEY[layout])
        app.wait_for("the action line", lambda s: s["focus"] == "QLineEdit")
        keyboard.press("Escape")
    finally:
        keyboard.close()
        app.quit()
    ratings = stored(tmp_path, wid).group("g1").ratings
    assert (ratings["K1"].current_level, ratings["K1"].required_level) == (2, 4)
    assert ratings["K1"].status is RatingStatus.AGREED
    assert ratings["K2"].status is RatingStatus.SKIPPED


def test_the_wayland_suite_fails_when_shift_digit_is_broken(
    compositor: Compositor, tmp_path: Path
) -> None:
    """The same keys with the digit row's key codes forgotten (on purpose): Shift+4 is "$"
    again and sets nothing, which the test above would report."""
    wid = new_store(tmp_path)
    app = app_on(compositor, tmp_path, wid, "--break-digit-keys")
    keyboard = VirtualKeyboard(compositor.socket, "us")
    try:
        keyboard.press("2", "shift+4", "k")  # K: a letter, so we know the keys before it arrived
        state = app.wait_for("K1 skipped", rating_is(status="skipped"))
        assert state["rating"]["required"] != 4
    finally:
        keyboard.close()
        app.quit()
