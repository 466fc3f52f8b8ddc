"""The framework editor typed at on a real X server (UK layout) in English and in Welsh: the
key letters the labels show take the focus, Ctrl+Tab turns the pages from inside a text box,
Ctrl+S saves; then the store read back has what was typed, in the right framework."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop.domain.framework import Area, Framework
from tests.realx.app_process import RunningApp
from tests.realx.xserver import set_layout

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the real-X suite runs where X11 does: Linux"
)

#: The key letters of each language (the labels' underlined letters, from the catalogue).
LETTERS = {
    "en": {"duplicate": "d", "lines": "i", "quote": "q", "texts": "t", "groups": "g"},
    "cy": {"duplicate": "d", "lines": "l", "quote": "n", "texts": "g", "groups": "g"},
}
#: What a screen reader says for each field, per language.
NAMES = {
    "en": {"lines": "Paper's lines", "quote": "Quote from the paper", "texts": "Texts of",
           "title": "Title (English)", "group": "Group 1, name (English)"},
    "cy": {"lines": "Llinellau'r papur", "quote": "Dyfyniad o'r papur",
           "texts": "Testunau ar gyfer", "title": "Teitl (Saesneg)",
           "group": "Grŵp 1, enw (Saesneg)"},
}  # fmt: skip


def tailored(folder: Path) -> Framework:
    """The one editable English framework in the store the app left behind."""
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.frameworks import FrameworkService

    data = open_data_folder(folder / "data")
    try:
        frameworks = FrameworkService(data.store)
        (key,) = [s.key for s in frameworks.list() if not s.builtin and s.language == "en"]
        return frameworks.get(key)
    finally:
        data.close()


def focus_is(name: str) -> Any:
    return lambda state: state["focus"] == name


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_framework_editor_from_a_real_keyboard(
    display: str, tmp_path: Path, language: str
) -> None:
    set_layout(display, "gb")
    keys, names = LETTERS[language], NAMES[language]
    app = RunningApp(display, tmp_path, 0, language, driver="tests.realx.editor_driver")
    try:
        app.wait_for("the library is in front", lambda s: s["window"] == "FrameworkLibrary")
        app.keys("Home", f"alt+{keys['duplicate']}")  # the built-in default, duplicated
        app.wait_for("the copy opens in the editor", lambda s: s["window"] == "FrameworkEditor")
        # K1's source in the paper: its lines, then the quote.
        app.keys(f"alt+{keys['lines']}")
        app.wait_for("Alt+letter reaches the lines", focus_is(names["lines"]))
        app.type("92, 132")
        app.keys(f"alt+{keys['quote']}")
        app.wait_for("Alt+letter reaches the quote", focus_is(names["quote"]))
        app.type("seeing people as assets")
        # From inside the quote, Ctrl+Tab three times to the Texts page; rename Knowledge.
        app.keys("ctrl+Tab", "ctrl+Tab", "ctrl+Tab")
        app.wait_for("Ctrl+Tab turns to the Texts page", lambda s: s["page"] == 3)
        app.keys(f"alt+{keys['texts']}")
        app.wait_for("Alt+letter reaches the chooser", focus_is(names["texts"]))
        app.keys("Down", "Tab")  # the area Knowledge, then its English title
        app.wait_for("Tab reaches the title", focus_is(names["title"]))
        app.keys("ctrl+a")
        app.type("Understanding")
        # The first default group, renamed, on the last page.
        app.keys("ctrl+Tab")
        app.wait_for("Ctrl+Tab turns to the last page", lambda s: s["page"] == 4)
        app.keys(f"alt+{keys['groups']}")
        app.wait_for("Alt+letter reaches the groups", focus_is(names["group"]))
        app.keys("ctrl+a")
        app.type("Tenants")
        app.keys("ctrl+s")
        saved = app.wait_for("Ctrl+S saves", lambda s: bool(s["saved"] or s["problem"]))
        assert saved["problem"] == "", saved
        app.keys("Escape")  # nothing unsaved: it closes without asking
        app.wait_for("the editor closes", lambda s: not s["editor_open"])
    finally:
        app.quit()
    framework = tailored(tmp_path)
    source = framework.item("K1").source
    assert source is not None
    assert (source.lines, source.quote) == ((92, 132), "seeing people as assets")
    assert framework.area_text(Area.KNOWLEDGE).title == "Understanding"
    assert framework.default_groups[0] == "Tenants"
