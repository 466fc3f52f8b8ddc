"""The words for each level, per area, in English and Welsh side by side — its label, what it
means and its Easy Read words: skills use the scale's words; knowledge and attitude may have
their own (not "tried it once or twice")."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.domain.framework import Area, Framework
from coprod_desktop.services.framework_draft import FrameworkDraft, LevelDraft
from coprod_desktop.ui.framework_editor.side_by_side import (
    TextPair,
    language_headings,
    stretch_columns,
)
from coprod_desktop.ui.i18n import translate


class WordsPage(QWidget):
    """Choose the scale or an area, then edit each level's label and description."""

    def __init__(self, draft: FrameworkDraft, framework: Framework,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.draft = draft
        self.which = QComboBox()
        self.which.setAccessibleName(translate("FrameworkEditor", "Words for"))
        self.which.addItem(translate("FrameworkEditor", "The scale (skills)"), None)
        for area in Area:
            self.which.addItem(framework.area_text(area).title, area)
        self.own = QCheckBox(translate("FrameworkEditor", "This area has its &own words"))
        grid = QGridLayout()
        language_headings(grid, draft.languages)
        self.labels: list[TextPair] = []
        self.descriptions: list[TextPair] = []
        self.easy_reads: list[TextPair] = []
        for n, level in enumerate(draft.level_words[None]):
            self.labels.append(TextPair(
                grid, 1 + 3 * n,
                translate("FrameworkEditor", "Level {level}").format(level=level.level),
                draft.languages, one_line=True,
            ))  # fmt: skip
            self.descriptions.append(TextPair(
                grid, 2 + 3 * n,
                translate("FrameworkEditor", "Level {level}, meaning").format(level=level.level),
                draft.languages, lines=3,
            ))  # fmt: skip
            self.easy_reads.append(TextPair(
                grid, 3 + 3 * n,
                translate("FrameworkEditor", "Level {level}, Easy Read").format(
                    level=level.level),
                draft.languages, lines=2,
            ))  # fmt: skip
        stretch_columns(grid, draft.languages)
        chooser = QGridLayout()
        heading = QLabel(translate("FrameworkEditor", "Words &for:"))
        heading.setBuddy(self.which)
        chooser.addWidget(heading, 0, 0)
        chooser.addWidget(self.which, 0, 1)
        chooser.addWidget(self.own, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._shown: Area | None = None
        self.which.currentIndexChanged.connect(self._switch)
        self.own.toggled.connect(self._own_toggled)
        self._show(None)

    def rename(self, areas: dict[str, str]) -> None:
        """Name the areas offered by their titles as edited."""
        for n in range(1, self.which.count()):
            self.which.setItemText(n, areas[str(self.which.itemData(n))])

    def _levels(self, area: Area | None) -> list[LevelDraft]:
        return self.draft.level_words.get(area) or self.draft.level_words[None]

    def _show(self, area: Area | None) -> None:
        self._shown = area
        own = area is None or area in self.draft.level_words
        self.own.blockSignals(True)
        self.own.setChecked(own)
        self.own.blockSignals(False)
        self.own.setVisible(area is not None)
        for level, *pairs in zip(self._levels(area), self.labels, self.descriptions,
                                 self.easy_reads, strict=True):  # fmt: skip
            for pair, words in zip(pairs, (level.label, level.description, level.easy_read),
                                   strict=True):  # fmt: skip
                pair.set(words)
                for field in pair.fields.values():
                    field.setEnabled(own)

    def _switch(self) -> None:
        self.store()
        chosen = self.which.currentData()  # Qt hands a StrEnum back as plain text
        self._show(Area(chosen) if chosen else None)

    def _own_toggled(self, on: bool) -> None:
        area = self._shown
        if area is None:
            return
        if on:  # start from the scale's words, to be reworded
            self.draft.level_words[area] = [
                LevelDraft(lv.level, dict(lv.label), dict(lv.description), dict(lv.easy_read))
                for lv in self.draft.level_words[None]
            ]
        else:
            self.draft.level_words.pop(area, None)
        self._show(area)

    def store(self) -> None:
        """Put what is typed into the draft, for the scale or area shown."""
        area = self._shown
        if area is not None and area not in self.draft.level_words:
            return
        for level, label, description, easy_read in zip(
            self.draft.level_words[area], self.labels, self.descriptions, self.easy_reads,
            strict=True,
        ):  # fmt: skip
            level.label = label.get()
            level.description = description.get()
            level.easy_read = easy_read.get()
