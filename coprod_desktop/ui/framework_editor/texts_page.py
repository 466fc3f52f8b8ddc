"""The framework's own texts, English and Welsh side by side: its description, and the title,
description and Easy Read words of each area, principle and stage (a stage's summary, its
points and its Easy Read title too). Choose which one, then edit its words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.domain.framework import Area, Framework, Stage
from coprod_desktop.services.framework_parts import EntryDraft, EntryKind, FrameworkParts
from coprod_desktop.ui.framework_editor.side_by_side import (
    TextPair,
    language_headings,
    stretch_columns,
)
from coprod_desktop.ui.i18n import translate


class TextsPage(QWidget):
    """A chooser of the entry, and its words in each language; rows an entry does not have
    (a stage's points, the framework's title) are hidden."""

    def __init__(self, parts: FrameworkParts, framework: Framework, languages: tuple[str, ...],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.parts = parts
        self.which = QComboBox()
        self.which.setAccessibleName(translate("FrameworkEditor", "Texts of"))
        self.which.addItem(translate("FrameworkEditor", "This framework"),
                           (EntryKind.FRAMEWORK.value, ""))  # fmt: skip
        for kind, codes in (
            (EntryKind.AREA, [a.value for a in Area]),
            (EntryKind.PRINCIPLE, [p.code for p in framework.principles]),
            (EntryKind.STAGE, [s.value for s in Stage]),
        ):
            for code in codes:
                self.which.addItem("", (kind.value, code))
        self.rename(languages[0])
        chooser = QGridLayout()
        heading = QLabel(translate("FrameworkEditor", "&Texts of:"))
        heading.setBuddy(self.which)
        chooser.addWidget(heading, 0, 0)
        chooser.addWidget(self.which, 0, 1)
        chooser.setColumnStretch(1, 1)
        grid = QGridLayout()
        language_headings(grid, languages)
        self.title = TextPair(grid, 1, translate("FrameworkEditor", "Title"), languages,
                              one_line=True)  # fmt: skip
        self.description = TextPair(grid, 2, translate("FrameworkEditor", "Description"),
                                    languages, lines=4)  # fmt: skip
        self.points = TextPair(grid, 3, translate("FrameworkEditor", "Points, one a line"),
                               languages, lines=7)  # fmt: skip
        self.easy_title = TextPair(grid, 4, translate("FrameworkEditor", "Easy Read title"),
                                   languages, one_line=True)  # fmt: skip
        self.easy_read = TextPair(grid, 5, translate("FrameworkEditor", "Easy Read"), languages,
                                  lines=3)  # fmt: skip
        stretch_columns(grid, languages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._shown: EntryDraft | None = None
        self.which.currentIndexChanged.connect(self._switch)
        self._switch()

    def rename(self, lang: str) -> None:
        """Name each choice by its title as typed in ``lang``."""
        for n in range(1, self.which.count()):
            kind, code = self.which.itemData(n)
            title = self.parts.entry(EntryKind(kind), code).title.get(lang, "")
            if kind == EntryKind.AREA:
                text = translate("FrameworkEditor", "Area: {title}").format(title=title)
            elif kind == EntryKind.PRINCIPLE:
                text = translate("FrameworkEditor", "Principle {code}: {title}").format(
                    code=code, title=title)  # fmt: skip
            else:
                text = translate("FrameworkEditor", "Stage: {title}").format(title=title)
            self.which.setItemText(n, text)

    def _pairs(self) -> tuple[TextPair, ...]:
        return self.title, self.description, self.points, self.easy_title, self.easy_read

    def _switch(self) -> None:
        self.store()
        kind, code = self.which.currentData()
        entry = self.parts.entry(EntryKind(kind), code)
        self._shown = entry
        stage = entry.kind is EntryKind.STAGE
        has = (entry.kind is not EntryKind.FRAMEWORK, True, stage, stage,
               entry.kind is not EntryKind.FRAMEWORK)  # fmt: skip
        words = (entry.title, entry.description, entry.points, entry.easy_title, entry.easy_read)
        for pair, shown, text in zip(self._pairs(), has, words, strict=True):
            pair.set(text)
            pair.label.setVisible(shown)
            for field in pair.fields.values():
                field.setVisible(shown)
        self.description.rename(
            translate("FrameworkEditor", "Summary")
            if stage
            else translate("FrameworkEditor", "Description")
        )

    def store(self) -> None:
        """Put what is typed into the entry shown."""
        entry = self._shown
        if entry is None:
            return
        entry.title = self.title.get()
        entry.description = self.description.get()
        entry.easy_read = self.easy_read.get()
        if entry.kind is EntryKind.STAGE:
            entry.points = self.points.get()
            entry.easy_title = self.easy_title.get()
