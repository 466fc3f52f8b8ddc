"""Choosing the audience view's screen (plain logic over names) and remembering the choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from coprod_desktop.ui.audience.screens import (
    SCREEN_KEY,
    ScreenMemory,
    choose_screen,
    other_screen,
)
from tests.ui.audience_fixtures import audience_settings  # noqa: F401 (a fixture)


def test_one_screen_means_a_window() -> None:
    assert choose_screen(["laptop"], console="laptop", primary="laptop", remembered=None) is None
    assert choose_screen([], console=None, primary=None, remembered="projector") is None


def test_the_projector_is_the_screen_the_console_is_not_on() -> None:
    names = ["laptop", "projector"]
    assert choose_screen(names, console="laptop", primary="laptop", remembered=None) == "projector"
    assert choose_screen(names, console="projector", primary="laptop", remembered=None) == "laptop"


def test_with_three_screens_the_primary_is_avoided_too() -> None:
    names = ["laptop", "monitor", "projector"]
    chosen = choose_screen(names, console="monitor", primary="laptop", remembered=None)
    assert chosen == "projector"


def test_the_remembered_screen_wins_when_connected() -> None:
    names = ["laptop", "projector"]
    assert choose_screen(names, console="laptop", primary="laptop", remembered="laptop") == "laptop"
    unplugged = choose_screen(names, console="laptop", primary="laptop", remembered="HDMI-2")
    assert unplugged == "projector"


def test_swap_goes_round_the_screens() -> None:
    assert other_screen(["laptop", "projector"], "projector") == "laptop"
    assert other_screen(["laptop", "projector"], "laptop") == "projector"
    assert other_screen(["a", "b", "c"], "c") == "a"
    assert other_screen(["a", "b"], None) == "a"
    assert other_screen(["laptop"], "laptop") is None


def test_the_memory_lives_in_the_settings_given(
    audience_settings: QSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    memory = ScreenMemory(audience_settings)
    assert memory.screen is None and memory.theme is None and memory.zoom == 1.0
    memory.screen = "projector"
    memory.theme = "dark"
    memory.zoom = 1.25
    again = ScreenMemory(QSettings(audience_settings.fileName(), QSettings.Format.IniFormat))
    assert (again.screen, again.theme, again.zoom) == ("projector", "dark", 1.25)
    assert Path(audience_settings.fileName()).is_relative_to(tmp_path)
    memory.screen = None
    assert audience_settings.value(SCREEN_KEY) is None


def test_the_default_settings_are_the_apps_and_kept_out_of_home_in_tests(
    audience_settings: QSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    memory = ScreenMemory()
    memory.screen = "projector"
    path = Path(memory.settings.fileName())
    assert path.is_relative_to(tmp_path)
    assert path.parent.name == "CoProd" and path.stem == "CoProd Desktop"


def test_a_damaged_zoom_setting_falls_back_to_normal(audience_settings: QSettings) -> None:  # noqa: F811
    audience_settings.setValue("audience/zoom", "huge")
    assert ScreenMemory(audience_settings).zoom == 1.0
