"""The framework editor, from the workshop list: duplicate the default (with its Welsh version),
edit items, Easy Read wording, activities, needed levels per stage and role and level words
per area, English and Welsh side by side, from the keyboard; bad input named, nothing saved;
nothing cut off at 1024 × 768 in English and Welsh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Area, GroupRole, Stage
from coprod_desktop.services.frameworks import DEFAULT_FRAMEWORK_KEY
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.framework_editor.library import FrameworkLibrary
from coprod_desktop.ui.framework_editor.window import FrameworkEditor
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.a11y import check_round, cut_off, named, tab_round
from tests.ui.conftest import MessageBoxes

#: A 1024 × 768 screen, less a window frame and a task bar.
ROOM = (1024 - 24, 768 - 80)


def open_library(window: WorkshopListWindow, qtbot: QtBot) -> FrameworkLibrary:
    window.workshop_actions.frameworks.trigger()
    library = window.framework_library
    assert library is not None
    qtbot.waitExposed(library)
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    return library


def duplicate_default(window: WorkshopListWindow, qtbot: QtBot) -> FrameworkEditor:
    library = open_library(window, qtbot)
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Home)
    assert library._chosen()[0] == "readiness-default"  # type: ignore[index]
    press(qtbot, library.duplicate_button)
    editor = library.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    """Press a button from the keyboard: it has the focus (Tab reaches it), then Space."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def typed(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Replace the field's text by typing, as a person would."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_duplicate_the_default_and_tailor_it_from_the_keyboard(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    key = next(s.key for s in services.frameworks.list() if not s.builtin and s.language == "en")
    assert editor.draft.languages == ("en", "cy")  # English and Welsh side by side
    assert editor.item_page.text.get()["cy"].startswith("Rydym yn gwybod")

    # A new item after K1, typed in both languages, with its Easy Read words and an activity.
    editor.items.list.setFocus()
    qtbot.keyClick(editor.items.list, Qt.Key.Key_Home)
    press(qtbot, editor.items.add_button)
    code = editor.item_page.code.text()
    knowledge = [i.code for i in editor.draft.items if i.area is Area.KNOWLEDGE]
    assert code == f"K{len(knowledge)}"  # the next free knowledge code
    focus = QApplication.focusWidget()
    assert focus is editor.item_page.text.fields["en"]
    qtbot.keyClicks(focus, "We know our tenancy rules.")
    typed(qtbot, editor.item_page.easy_read.fields["en"], "We know the rules.")
    typed(qtbot, editor.item_page.text.fields["cy"], "Rydym yn gwybod ein rheolau tenantiaeth.")
    typed(qtbot, editor.item_page.easy_read.fields["cy"], "Rydym yn gwybod y rheolau.")
    # Its needed levels: the managers' row one higher at Co-delivery.
    editor.tabs.setCurrentIndex(1)
    box = editor.levels_page.boxes[GroupRole.MANAGERS][Stage.CO_DELIVERY]
    box.setFocus()
    before = box.value()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    # Move it down below K2, then save with Ctrl+S.
    editor.items.list.setFocus()
    press(qtbot, editor.items.down_button)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.error.isVisible(), editor.error.text()

    english = services.frameworks.get(key)
    welsh = services.frameworks.get(key + "-cy")
    assert [i.code for i in english.items][:4] == ["K1", "K2", code, "K3"]
    assert [i.code for i in welsh.items] == [i.code for i in english.items]
    k13 = english.item(code)
    assert (k13.text, k13.easy_read) == ("We know our tenancy rules.", "We know the rules.")
    assert welsh.item(code).text == "Rydym yn gwybod ein rheolau tenantiaeth."
    assert k13.required_level(Stage.CO_DELIVERY, GroupRole.MANAGERS) == before + 1
    assert services.frameworks.get(DEFAULT_FRAMEWORK_KEY).has_item(code) is False
    editor.close()


def test_bad_input_is_named_and_nothing_is_saved(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot,
    message_boxes: MessageBoxes,
) -> None:  # fmt: skip
    editor = duplicate_default(window, qtbot)
    key = next(s.key for s in services.frameworks.list() if not s.builtin and s.language == "en")
    saved = services.frameworks.get(key), services.frameworks.get(key + "-cy")
    # Levels that fall from one stage to the next, for front-line staff.
    editor.tabs.setCurrentIndex(1)
    full = editor.levels_page.boxes[GroupRole.FRONT_LINE][Stage.FULL_CO_PRODUCTION]
    was = full.value()
    full.setValue(1)
    typed(qtbot, editor.item_page.text.fields["en"], "Changed, but not saved.")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.error.isVisible()
    assert "Item K1: the required levels must not fall" in editor.error.text()
    assert "English" in editor.error.text()
    assert (services.frameworks.get(key), services.frameworks.get(key + "-cy")) == saved
    # Fixed, then an empty Welsh statement: named as the Welsh version's problem.
    full.setValue(was)
    typed(qtbot, editor.item_page.text.fields["cy"], " ")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.error.text().startswith("Welsh: Item text: this must not be empty")
    assert (services.frameworks.get(key), services.frameworks.get(key + "-cy")) == saved
    # A control character pasted into a statement.
    typed(qtbot, editor.item_page.text.fields["cy"], "Rydym yn gwybod.")
    editor.item_page.text.set({"en": "Bell\x07 here", "cy": "Rydym yn gwybod."})
    editor.save()
    assert "U+0007" in editor.error.text()
    assert (services.frameworks.get(key), services.frameworks.get(key + "-cy")) == saved
    # Closing with changes asks first; No keeps the editor open.
    message_boxes.answer = message_boxes.answer.No
    editor.reject()
    assert editor.isVisible() and message_boxes.of_kind("question")
    editor.done(0)


def test_items_removed_reordered_and_level_words_per_area(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    key = next(s.key for s in services.frameworks.list() if not s.builtin and s.language == "en")
    editor.items.list.setFocus()
    editor.items.list.setCurrentRow(2)  # K3
    press(qtbot, editor.items.remove_button)  # K3 goes
    press(qtbot, editor.items.up_button)  # K4 above K2
    editor.tabs.setCurrentIndex(2)
    words = editor.words_page
    words.which.setCurrentIndex(words.which.findData(Area.ATTITUDE))
    assert words.own.isChecked()  # the default has attitude words of its own
    typed(qtbot, words.labels[4].fields["en"], "Could lead others")
    words.which.setCurrentIndex(words.which.findData(Area.SOFT_SKILL))
    assert not words.own.isChecked() and not words.labels[0].fields["en"].isEnabled()
    qtbot.keyClick(words.own, Qt.Key.Key_Space)  # soft skills get their own words
    typed(qtbot, words.descriptions[0].fields["en"], "We do not yet get on with others here.")
    assert editor.save(), editor.error.text()
    saved = services.frameworks.get(key)
    assert [i.code for i in saved.items][:3] == ["K1", "K4", "K2"]
    assert not saved.has_item("K3") and not services.frameworks.get(key + "-cy").has_item("K3")
    assert saved.levels_for(Area.ATTITUDE)[4].label == "Could lead others"
    assert saved.levels_for(Area.SOFT_SKILL)[0].description.startswith("We do not yet get on")
    assert saved.levels_for(Area.HARD_SKILL) == saved.scale.levels
    editor.close()


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    switch_language(request.param, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield request.param
    install_language("en")


def test_nothing_is_cut_off_at_1024_by_768(
    language: str, window: WorkshopListWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    library = open_library(window, qtbot)
    assert not cut_off(library), cut_off(library)
    check_round(qtbot, library, library.list,
                [library.list, library.duplicate_button])  # fmt: skip
    editor = duplicate_default(window, qtbot)
    needed = editor.minimumSizeHint()
    assert needed.width() <= ROOM[0] and needed.height() <= ROOM[1], needed
    editor.resize(*ROOM)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert cut_off(editor) == [], (tab, cut_off(editor))
        editor.grab().save(str(tmp_path / f"editor-{language}-{tab}.png"))
    # Tab reaches every control, each with a name a screen reader says.
    editor.tabs.setCurrentIndex(0)
    stops = tab_round(qtbot, editor.name.fields["en"])
    page = editor.item_page
    for control in (editor.name.fields["cy"], editor.items.list, editor.items.add_button,
                    editor.items.down_button, page.code, page.principle, page.text.fields["en"],
                    page.activities[2].fields["cy"], editor.save_button):  # fmt: skip
        assert control in stops, named(control)
    assert all(named(stop) for stop in stops), [type(s).__name__ for s in stops if not named(s)]
    editor.done(0)
