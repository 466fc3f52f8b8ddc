"""The settings file (language, projector screen …) is the facilitator's: 0600 in a 0700
folder of the app's own, under a lax umask, in the usual place and in portable mode."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_START_AND_SAVE = """
import os, sys
from pathlib import Path
os.umask(0o022)  # under which a plainly created file is readable by everyone
from coprod_desktop.ui import application
if sys.argv[1] == "portable":
    application.keep_settings_in(Path(sys.argv[2]))
from coprod_desktop.ui.i18n import app_settings, save_language
app = application._application([])
save_language("cy")
settings = app_settings()
settings.setValue("projector/screen", "HDMI-1")
settings.sync()
print(settings.fileName())
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("mode", ["usual", "portable"])
def test_settings_are_owner_only(tmp_path: Path, mode: str) -> None:
    config = tmp_path / "config"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    portable = tmp_path / "coprod-data" / "settings"
    done = subprocess.run(
        [sys.executable, "-c", _START_AND_SAVE, mode, str(portable)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    settings = Path(done.stdout.strip().splitlines()[-1])
    assert settings.is_relative_to(portable if mode == "portable" else config), settings
    assert "cy" in settings.read_text()
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.parent.stat().st_mode) == 0o700
