"""Screenshots from the real-X run: the app on X.Org's dummy driver (a laptop screen and a
1024 × 768 projector beside it), typed at with xdotool on a UK keyboard layout, each monitor
captured with ImageMagick's ``import`` into a temporary folder. Look at them, then copy the ones wanted
into docs/screenshots/.

Run: ``.venv/bin/python scripts/real_x_screenshots.py`` (needs xvfb, xdotool, x11-xkb-utils
and imagemagick; prints the folder).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.realx.app_process import RunningApp  # noqa: E402
from tests.realx.xserver import PROJECTOR, set_layout, x_server  # noqa: E402


def demo_store(folder: Path) -> int:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    data = open_data_folder(folder / "data")
    try:
        return create_demo(data.store)
    finally:
        data.close()


def shoot(display: str, region: tuple[int, int, int], path: Path) -> None:
    """Capture one monitor of the X screen: ``region`` is its width, height and left edge."""
    width, height, left = region
    crop = f"{width}x{height}+{left}+0"
    subprocess.run(["import", "-display", display, "-window", "root", "-crop", crop, "+repage",
                    str(path)], check=True)  # fmt: skip
    print(f"wrote {path}")


def session(out: Path, laptop: tuple[int, int], tag: str) -> None:
    console_screen, projector = (*laptop, 0), (*PROJECTOR, laptop[0])
    with x_server(laptop) as display, tempfile.TemporaryDirectory() as scratch:
        set_layout(display, "gb")
        folder = Path(scratch)
        app = RunningApp(display, folder, demo_store(folder))
        try:
            app.click("console")
            app.keys("Next", "Next", "Next")  # K4: an agreed item to change
            app.keys("s", "t", "2", "Tab", "4", "Tab", "3", "Return")  # 9 people, 9 dots
            app.wait_for("tallied", lambda s: s["rating"] and s["rating"]["tally"])
            app.keys("n")
            app.wait_for("note", lambda s: s["focus"] == "NoteField")
            app.type("Staff want training first; £200 budget")
            shoot(display, console_screen, out / f"real-x-console-typing-note-{tag}.png")
            app.keys("Return", "space")
            app.wait_for("revealed", lambda s: s["revealed"])
            shoot(display, projector, out / f"real-x-projector-revealed-{tag}.png")
            app.keys("r")
            app.until(
                "results", "windows", lambda ws: any(w["kind"] == "ResultsWindow" for w in ws)
            )
            app.keys("alt+6")
            app.wait_for("results slide", lambda s: s["slide"] == "RESULTS")
            shoot(display, console_screen, out / f"real-x-results-{tag}.png")
            shoot(display, projector, out / f"real-x-projector-results-{tag}.png")
        finally:
            app.quit()


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="coprod-real-x-"))
    session(out, (1366, 768), "1366x768")
    session(out, (1024, 768), "1024x768")
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
