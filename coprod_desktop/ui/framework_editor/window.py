"""The framework editor: everything a framework file holds — its items (with their sources),
needed levels per stage and role, level words per area, the texts of its areas, principles
and stages, role notes and default groups — with English and Welsh side by side. Nothing is
saved until Save, and nothing at all when anything is invalid: the problem is named instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Framework
from coprod_desktop.services.framework_draft import FrameworkDraft, ItemDraft
from coprod_desktop.services.framework_parts import EntryKind
from coprod_desktop.services.frameworks import FrameworkService
from coprod_desktop.ui.framework_editor.item_list import ItemList
from coprod_desktop.ui.framework_editor.item_page import ACTIVITIES, ItemPage
from coprod_desktop.ui.framework_editor.levels_page import LevelsPage
from coprod_desktop.ui.framework_editor.roles_page import RolesPage
from coprod_desktop.ui.framework_editor.side_by_side import TextPair, language_headings
from coprod_desktop.ui.framework_editor.texts_page import TextsPage
from coprod_desktop.ui.framework_editor.words_page import WordsPage
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.messages import ask, error_text
from coprod_desktop.ui.style_roles import set_role


def _scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside, not the frame
    return area


class FrameworkEditor(QDialog):
    """Edit framework ``key`` (an editable one) and its Welsh version, if it has one."""

    def __init__(self, frameworks: FrameworkService, key: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.frameworks = frameworks
        english = frameworks.get(key)
        welsh = frameworks.welsh_version(key)
        self.draft = FrameworkDraft.of(english, welsh)
        self._saved = self._built_or_none()
        self.setWindowTitle(translate("FrameworkEditor", "Framework: {name}").format(
            name=english.name))  # fmt: skip
        langs = self.draft.languages

        names = QGridLayout()
        language_headings(names, langs)
        self.name = TextPair(names, 1, translate("FrameworkEditor", "&Name"), langs, one_line=True)
        self.name.set(self.draft.name)
        self.items = ItemList(self.draft.items, self._shown_language())
        self.tabs = self._pages(english)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # names typed text: user text
        set_role(self.error, "error")
        self.error.hide()
        self.saved_note = QLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            translate("FrameworkEditor", "&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.close_button = buttons.addButton(
            translate("FrameworkEditor", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        middle = QHBoxLayout()
        middle.addWidget(self.items, 1)
        middle.addWidget(self.tabs, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(names)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_note, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self._shown: ItemDraft | None = None
        self.items.before_change = self._store
        self.tabs.currentChanged.connect(self._store)  # another page shows the edits so far
        self.items.list.currentRowChanged.connect(self._select)
        self.items.add_button.clicked.connect(self._add)
        self._select(self.items.list.currentRow())  # which also names the choices
        self.resize(1000, 700)

    def _pages(self, english: Framework) -> QTabWidget:
        """The pages, each scrolled: the item shown, its needed levels, the level words, the
        framework's texts, and its roles and default groups."""
        langs = self.draft.languages
        most = max(len(i.activities) for i in self.draft.items)
        self.item_page = ItemPage(english, langs, activities=max(ACTIVITIES, most))
        self.levels_page = LevelsPage(english)
        self.words_page = WordsPage(self.draft, english)
        self.texts_page = TextsPage(self.draft.parts, english, langs)
        self.roles_page = RolesPage(self.draft.parts, langs)
        tabs = QTabWidget()
        for page, title in (
            (self.item_page, translate("FrameworkEditor", "Item")),
            (self.levels_page, translate("FrameworkEditor", "Needed levels")),
            (self.words_page, translate("FrameworkEditor", "Level words")),
            (self.texts_page, translate("FrameworkEditor", "Texts")),
            (self.roles_page, translate("FrameworkEditor", "Roles and groups")),
        ):
            tabs.addTab(_scrolled(page), title)
        return tabs

    def _store(self, *_page: int) -> None:
        """Put what the pages show into the draft."""
        if self._shown is not None:
            self.item_page.store_into(self._shown)
            self.levels_page.store_into(self._shown)
        self.words_page.store()
        self.texts_page.store()
        self.roles_page.store()
        self.draft.name = self.name.get()
        self._rename_choices()

    def _shown_language(self) -> str:
        """The framework's language the lists and choosers show: the windows' own, if the
        framework has it."""
        langs = self.draft.languages
        return current_language() if current_language() in langs else langs[0]

    def _rename_choices(self) -> None:
        """The choosers name areas, principles and stages by their titles as edited, in the
        language the windows speak when the framework has it."""
        lang = self._shown_language()
        areas = self.draft.parts.titles(EntryKind.AREA, lang)
        self.item_page.rename(areas, self.draft.parts.titles(EntryKind.PRINCIPLE, lang))
        self.words_page.rename(areas)
        self.levels_page.rename(self.draft.parts.titles(EntryKind.STAGE, lang))
        self.texts_page.rename(lang)

    def _select(self, row: int) -> None:
        self._store()
        if not 0 <= row < len(self.draft.items):
            return
        self._shown = self.draft.items[row]
        self.item_page.show_item(self._shown)
        self.levels_page.show_item(self._shown)

    def _add(self) -> None:
        self._store()
        like = self._shown
        item = self.draft.new_item(
            like.area if like else self.draft.items[0].area,
            like.principle if like else self.draft.items[0].principle,
        )
        self.items.add(item)
        self.tabs.setCurrentIndex(0)
        self.item_page.text.fields[self.draft.languages[0]].setFocus()

    def _built_or_none(self) -> dict[str, Framework] | None:
        try:
            return self.draft.build()
        except CoprodError:
            return None

    def save(self) -> bool:
        """Check everything and save every language together; on any problem name it and
        save nothing."""
        self._store()
        try:
            built = self.draft.build()
            self.frameworks.save_all(list(built.values()))
        except CoprodError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.saved_note.clear()
            return False
        self.error.hide()
        self._saved = built
        self.items.refresh()
        self.saved_note.setText(translate("FrameworkEditor", "Saved"))
        return True

    def reject(self) -> None:
        """Close; with changes not saved, ask first."""
        self._store()
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        if (
            self._built_or_none() != self._saved
            and ask(
                self,
                translate("FrameworkEditor", "Close without saving?"),
                translate("FrameworkEditor", "Your changes to this framework are not saved."),
                yes | no,
                no,
            )
            != yes
        ):
            return
        super().reject()
