"""The framework editor's framework-wide pages and item sources: the texts of areas, principles
and stages, level Easy Read words, role notes, default groups and each item's source, edited
from the keyboard in English and Welsh side by side; every key letter unique on its page and
taking the focus where it says, in both languages; nothing cut off at 1024 × 768 on any page
or choice; bad input named with nothing saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.framework import Area, GroupRole, Stage
from coprod_desktop.services.framework_parts import EntryKind
from coprod_desktop.ui.app_services import AppServices
from coprod_desktop.ui.framework_editor.window import FrameworkEditor
from coprod_desktop.ui.i18n import install_language, switch_language
from coprod_desktop.ui.workshop_list import WorkshopListWindow
from tests.ui.a11y import cut_off, named, tab_round
from tests.ui.test_framework_editor import ROOM, duplicate_default, typed

ITEM, LEVELS, WORDS, TEXTS, ROLES = range(5)


def alt(qtbot: QtBot, editor: FrameworkEditor, letter: str) -> QWidget:
    """Press Alt and ``letter`` as a person would, and say where the focus went."""
    key = Qt.Key(ord(letter.upper()))
    qtbot.keyClick(QApplication.focusWidget() or editor, key, Qt.KeyboardModifier.AltModifier)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def key_letter(text: str) -> str | None:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text else None


def page_keys(editor: FrameworkEditor) -> dict[str, list[QWidget]]:
    """The key letters on show (the current page and what is around it), with what each is on:
    a label's buddy or a button."""
    keys: dict[str, list[QWidget]] = {}
    for label in editor.findChildren(QLabel):
        letter = key_letter(label.text())
        if letter and label.isVisibleTo(editor) and label.buddy() is not None:
            keys.setdefault(letter, []).append(label.buddy())
    for button in editor.findChildren(QAbstractButton):
        letter = key_letter(button.text())
        if letter and button.isVisibleTo(editor):
            keys.setdefault(letter, []).append(button)
    return keys


def cleared(qtbot: QtBot, field: QWidget) -> None:
    """Select all the field's text and delete it, as a person would."""
    typed(qtbot, field, "")
    qtbot.keyClick(field, Qt.Key.Key_Delete)


def current_key(editor: FrameworkEditor) -> str:
    return next(s.key for s in editor.frameworks.list() if s.name == editor.draft.name["en"])


def test_texts_roles_groups_level_easy_read_and_sources_from_the_keyboard(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    key = current_key(editor)
    source_and_texts(qtbot, editor)
    easy_read_roles_and_groups(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.error.isVisible(), editor.error.text()

    english, welsh = services.frameworks.get(key), services.frameworks.get(key + "-cy")
    source = english.item("K11").source
    assert source is not None and source.lines == (133, 134)
    assert source.quote.endswith("problem definition. (and the next line)")
    assert welsh.item("K11").source == source  # the quote stays in the paper's words
    assert welsh.stage_text(Stage.CO_DESIGN).points == (
        "Mae pobl yn helpu i gynllunio.", "Mae pawb yn cytuno ar y broblem.")  # fmt: skip
    assert english.stage_text(Stage.CO_DESIGN).points[0].startswith("People who use services")
    assert english.description == "Tailored for Wenbury."
    assert english.levels_for(Area.ATTITUDE)[4].easy_read == "We believe in this. We show others."
    profile = welsh.role_profile(GroupRole.COMMISSIONERS)
    assert profile is not None and profile.note == "Nhw sy'n dal yr arian."
    assert profile.source_lines == (57, 135)
    assert english.default_groups[-1] == "Councillors"
    assert welsh.default_group_roles["Cynghorwyr"] is GroupRole.COMMISSIONERS
    editor.close()


def source_and_texts(qtbot: QtBot, editor: FrameworkEditor) -> None:
    """K11's source a line longer; the Co-design stage's points in Welsh; the framework's
    description."""
    # K11's source: its lines and quote, reached with Alt+I and Alt+Q.
    editor.items.list.setCurrentRow([i.code for i in editor.draft.items].index("K11"))
    assert alt(qtbot, editor, "i") is editor.item_page.source_lines
    assert editor.item_page.source_lines.text() == "133"
    qtbot.keyClick(editor.item_page.source_lines, Qt.Key.Key_End)  # Alt+I selected it all
    qtbot.keyClicks(editor.item_page.source_lines, ", 134")
    assert alt(qtbot, editor, "q") is editor.item_page.source_quote
    qtbot.keyClick(editor.item_page.source_quote, Qt.Key.Key_End,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    qtbot.keyClicks(editor.item_page.source_quote, " (and the next line)")
    # The Co-design stage's points, in Welsh: Ctrl+Tab to the page, Alt+T to the chooser.
    for _ in range(TEXTS):
        qtbot.keyClick(editor.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == TEXTS
    chooser = alt(qtbot, editor, "t")
    assert chooser is editor.texts_page.which
    while editor.texts_page.which.currentText() != "Stage: Co-design":
        qtbot.keyClick(chooser, Qt.Key.Key_Down)
    points = editor.texts_page.points.fields["cy"]
    typed(qtbot, points, "Mae pobl yn helpu i gynllunio.")
    qtbot.keyClick(points, Qt.Key.Key_Return)
    qtbot.keyClicks(points, "Mae pawb yn cytuno ar y broblem.")
    qtbot.keyClick(chooser, Qt.Key.Key_Home)  # the framework's own description
    assert not editor.texts_page.title.fields["en"].isVisible()
    typed(qtbot, editor.texts_page.description.fields["en"], "Tailored for Wenbury.")


def easy_read_roles_and_groups(qtbot: QtBot, editor: FrameworkEditor) -> None:
    """Attitude's level 5 in Easy Read words; the commissioners' note and lines; a new default
    group with its role."""
    # The attitude scale's Easy Read words for level 5.
    editor.tabs.setCurrentIndex(WORDS)
    words = editor.words_page
    words.which.setCurrentIndex(words.which.findData(Area.ATTITUDE))
    typed(qtbot, words.easy_reads[4].fields["en"], "We believe in this. We show others.")
    # Commissioners' note and lines; a new default group with its role.
    editor.tabs.setCurrentIndex(ROLES)
    roles = editor.roles_page
    assert alt(qtbot, editor, "t") is roles.notes[GroupRole.SERVICE_USERS].fields["en"]
    typed(qtbot, roles.notes[GroupRole.COMMISSIONERS].fields["en"], "They hold the money.")
    typed(qtbot, roles.notes[GroupRole.COMMISSIONERS].fields["cy"], "Nhw sy'n dal yr arian.")
    typed(qtbot, roles.lines[GroupRole.COMMISSIONERS], "57, 135")
    assert alt(qtbot, editor, "g") is roles.names[0]["en"]
    typed(qtbot, roles.names[4]["en"], "Councillors")
    qtbot.keyClick(roles.names[4]["en"], Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Cynghorwyr")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is roles.roles[4]
    while roles.roles[4].currentData() != GroupRole.COMMISSIONERS.value:
        qtbot.keyClick(roles.roles[4], Qt.Key.Key_Down)


def test_a_bad_source_or_group_is_named_and_nothing_is_saved(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    key = current_key(editor)
    saved = services.frameworks.get(key), services.frameworks.get(key + "-cy")
    typed(qtbot, editor.item_page.source_lines, "12a")
    typed(qtbot, editor.item_page.text.fields["en"], "Changed, but not saved.")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.error.isVisible()
    assert "Item K1: “12a” is not a list of the paper's line numbers" in editor.error.text()
    assert (services.frameworks.get(key), services.frameworks.get(key + "-cy")) == saved
    cleared(qtbot, editor.item_page.source_lines)
    cleared(qtbot, editor.item_page.source_quote)
    editor.tabs.setCurrentIndex(ROLES)
    cleared(qtbot, editor.roles_page.names[1]["cy"])
    assert not editor.save()
    assert editor.error.text().startswith("Welsh: Default group 2 has no name")
    assert (services.frameworks.get(key), services.frameworks.get(key + "-cy")) == saved
    cleared(qtbot, editor.roles_page.names[1]["en"])  # no name at all: the group goes
    assert editor.save(), editor.error.text()
    assert "Community and voluntary groups" not in services.frameworks.get(key).default_groups
    editor.done(0)


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    switch_language(request.param, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield request.param
    install_language("en")


def test_key_letters_are_unique_on_each_page_and_take_the_focus(
    language: str, window: WorkshopListWindow, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    full = editor.draft.parts.entry(EntryKind.STAGE, Stage.FULL_CO_PRODUCTION.value)
    last = editor.texts_page.which.itemText(editor.texts_page.which.count() - 1)
    assert last.endswith(full.title[language])  # choices named in the windows' language
    k1 = editor.draft.items[0]
    assert editor.items.list.item(0).text() == f"K1  {k1.text[language]}"  # so are the items
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        keys = page_keys(editor)
        assert all(len(on) == 1 for on in keys.values()), (language, tab, keys)
        assert len(keys) >= 7  # the name, the list's four buttons, Save, and the page's own
        for letter, (target,) in keys.items():
            if isinstance(target, QAbstractButton):
                continue  # pressing it would act; its letter is unique, checked above
            editor.items.list.setFocus()
            assert alt(qtbot, editor, letter) is target, (language, tab, letter)
            assert editor.tabs.currentIndex() == tab
    editor.done(0)


def test_nothing_is_cut_off_on_any_page_or_choice_at_1024_by_768(
    language: str, window: WorkshopListWindow, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    editor.resize(*ROOM)
    choosers = {WORDS: editor.words_page.which, TEXTS: editor.texts_page.which}
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        chooser = choosers.get(tab)
        for choice in range(chooser.count() if chooser else 1):
            if chooser:
                chooser.setCurrentIndex(choice)
            qtbot.wait(20)
            assert cut_off(editor) == [], (tab, choice, cut_off(editor))
            bar = editor.tabs.tabBar()
            assert bar.tabRect(bar.count() - 1).right() <= bar.width(), "a page's tab is hidden"
    editor.done(0)


def test_tab_reaches_every_field_of_every_page_each_with_a_name(
    language: str, window: WorkshopListWindow, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QCheckBox)
    stage = editor.texts_page.which.count() - 1  # a stage: every row of the texts page shown
    for tab, choice in [(t, None) for t in range(editor.tabs.count())] + [(TEXTS, stage)]:
        editor.tabs.setCurrentIndex(tab)
        if choice is not None:
            editor.texts_page.which.setCurrentIndex(choice)
        page = editor.tabs.currentWidget()
        fields = [
            w
            for w in page.findChildren(QWidget)
            if isinstance(w, kinds)
            and w.isVisibleTo(editor)
            and not isinstance(w.parent(), QSpinBox)
        ]  # a spin box's own line edit
        assert len(fields) >= 3, tab  # the framework's own texts: a chooser and a description
        stops = tab_round(qtbot, editor.name.fields["en"])
        missing = [named(f) or type(f).__name__ for f in fields if f not in stops]
        assert not missing, (language, tab, missing)
        assert all(named(stop) for stop in stops), [type(s).__name__ for s in stops
                                                    if not named(s)]  # fmt: skip
        assert editor.tabs.currentIndex() == tab
    assert len(fields) == 1 + 2 * 5  # the stage's chooser, then five rows in two languages
    editor.done(0)


def test_a_renamed_area_principle_or_stage_is_offered_by_its_new_title(
    window: WorkshopListWindow, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    editor.tabs.setCurrentIndex(TEXTS)
    texts = editor.texts_page
    for choice, title in ((1, "Understanding"), (5, "People are strengths"), (-1, "All in")):
        texts.which.setCurrentIndex(choice % texts.which.count())
        typed(qtbot, texts.title.fields["en"], title)
    editor.tabs.setCurrentIndex(ITEM)
    page = editor.item_page
    assert page.area.itemText(page.area.findData(Area.KNOWLEDGE)) == "Understanding"
    assert page.principle.itemText(page.principle.findData("P1")) == "P1 People are strengths"
    assert editor.words_page.which.itemText(1) == "Understanding"
    assert texts.which.itemText(texts.which.count() - 1) == "Stage: All in"
    editor.tabs.setCurrentIndex(LEVELS)
    full = editor.levels_page.boxes[GroupRole.MANAGERS][Stage.FULL_CO_PRODUCTION]
    assert full.accessibleName() == "Managers, All in"
    assert editor.levels_page.heads[Stage.FULL_CO_PRODUCTION].text() == "<b>All in</b>"
    editor.done(0)


def test_typing_in_the_last_group_row_offers_another(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    key = current_key(editor)
    editor.tabs.setCurrentIndex(ROLES)
    roles = editor.roles_page
    assert len(roles.names) == 4 + 3  # the default's four groups, and three blank rows
    typed(qtbot, roles.names[-1]["en"], "Group seven")
    assert len(roles.names) == 8
    for n in range(4, 9):  # rows 5 to 9, each typed in from the keyboard, Tab to the next
        field = roles.names[n]["en"]
        typed(qtbot, field, f"Team {n + 1}")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), f"Criw {n + 1}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the role
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is roles.names[n + 1]["en"]
    assert len(roles.names) == 10
    assert editor.save(), editor.error.text()
    saved = services.frameworks.get(key + "-cy").default_groups
    assert saved[4:] == tuple(f"Criw {n}" for n in range(5, 10))
    editor.done(0)


def test_editing_a_welsh_copy_opens_it_beside_its_english_partner(
    window: WorkshopListWindow, services: AppServices, qtbot: QtBot
) -> None:
    editor = duplicate_default(window, qtbot)
    key = current_key(editor)
    editor.done(0)
    library = window.framework_library
    assert library is not None
    rows = [library.list.item(n).data(Qt.ItemDataRole.UserRole)[0]
            for n in range(library.list.count())]  # fmt: skip
    library.list.setFocus()
    library.list.setCurrentRow(rows.index(key + "-cy"))
    count = len(services.frameworks.list())
    qtbot.keyClick(library.list, Qt.Key.Key_Return)
    assert len(services.frameworks.list()) == count  # Enter opens; it duplicates nothing
    pair = library.editor
    assert pair is not None
    assert pair.draft.languages == ("en", "cy")
    assert pair.draft.base["en"].key == key
    pair.done(0)
