"""One item: its code, area and principle, its words in English and Welsh side by side (the
statement, the Easy Read wording and the development activities) and its source in the paper."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.framework import ActivityKind, Area, Framework
from coprod_desktop.services.framework_draft import ActivityDraft, ItemDraft
from coprod_desktop.ui.framework_editor.side_by_side import (
    TextPair,
    language_headings,
    stretch_columns,
)
from coprod_desktop.ui.i18n import translate
from coprod_desktop.wording.names import ACTIVITY_KINDS

#: Development activities an item may suggest in the editor (more when a framework has more).
ACTIVITIES = 3


class ItemPage(QWidget):
    """The words of the item being edited; ``show_item`` fills it, ``store_into`` reads it."""

    def __init__(self, framework: Framework, languages: tuple[str, ...],
                 parent: QWidget | None = None, *,
                 activities: int = ACTIVITIES) -> None:  # fmt: skip
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.area = QComboBox()
        for area in Area:
            self.area.addItem(framework.area_text(area).title, area)
        self.principle = QComboBox()
        for principle in framework.principles:
            self.principle.addItem(f"{principle.code} {principle.title}", principle.code)
        form = QFormLayout()
        form.addRow(translate("FrameworkEditor", "&Code:"), self.code)
        form.addRow(translate("FrameworkEditor", "Ar&ea:"), self.area)
        form.addRow(translate("FrameworkEditor", "&Principle:"), self.principle)
        grid = QGridLayout()
        language_headings(grid, languages)
        self.text = TextPair(grid, 1, translate("FrameworkEditor", "Statement"), languages)
        self.easy_read = TextPair(grid, 2, translate("FrameworkEditor", "Easy Read"), languages)
        self.kinds: list[QComboBox] = []
        self.activities: list[TextPair] = []
        for n in range(activities):
            label = translate("FrameworkEditor", "Activity {number}").format(number=n + 1)
            pair = TextPair(grid, 3 + 2 * n, label, languages, lines=3)
            kind = QComboBox()
            kind.setAccessibleName(
                translate("FrameworkEditor", "Kind of activity {number}").format(number=n + 1)
            )
            kind.addItem(translate("FrameworkEditor", "None"), None)
            for value, word in ACTIVITY_KINDS.items():
                kind.addItem(translate("Words", word), value)
            grid.addWidget(kind, 4 + 2 * n, 1)
            self.kinds.append(kind)
            self.activities.append(pair)
        stretch_columns(grid, languages)
        # The source is one for every language: the quote stays in the paper's own words.
        self.source_lines = QLineEdit()
        self.source_lines.setPlaceholderText("133, 135")
        self.source_quote = QPlainTextEdit()
        self.source_quote.setTabChangesFocus(True)
        self.source_quote.setFixedHeight(self.source_quote.fontMetrics().lineSpacing() * 3 + 14)
        source = QFormLayout()
        note = QLabel(translate(
            "FrameworkEditor",
            "Where the item comes from in the method's paper (leave both blank if it does not): "
            "the line numbers of the paper's text, and the quote in the paper's own words.",
        ))  # fmt: skip
        note.setWordWrap(True)
        source.addRow(note)
        source.addRow(translate("FrameworkEditor", "Paper's l&ines:"), self.source_lines)
        source.addRow(translate("FrameworkEditor", "&Quote:"), self.source_quote)
        self.source_quote.setAccessibleName(translate("FrameworkEditor", "Quote from the paper"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addLayout(source)
        layout.addStretch(1)
        self._tab_order(languages)

    def _tab_order(self, languages: tuple[str, ...]) -> None:
        """Down each language's column in turn after the code, area and principle."""
        chain: list[QWidget] = [self.code, self.area, self.principle]
        for lang in languages:
            chain += [self.text.fields[lang], self.easy_read.fields[lang]]
            for n, pair in enumerate(self.activities):
                if lang == languages[0]:
                    chain.append(self.kinds[n])
                chain.append(pair.fields[lang])
        chain += [self.source_lines, self.source_quote]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def rename(self, areas: dict[str, str], principles: dict[str, str]) -> None:
        """Name the areas and principles offered by their titles as edited."""
        for n in range(self.area.count()):
            self.area.setItemText(n, areas[str(self.area.itemData(n))])
        for n in range(self.principle.count()):
            code = str(self.principle.itemData(n))
            self.principle.setItemText(n, f"{code} {principles[code]}")

    def show_item(self, item: ItemDraft) -> None:
        self.code.setText(item.code)
        self.area.setCurrentIndex(self.area.findData(item.area))
        self.principle.setCurrentIndex(self.principle.findData(item.principle))
        self.text.set(item.text)
        self.easy_read.set(item.easy_read)
        for n, (kind, pair) in enumerate(zip(self.kinds, self.activities, strict=True)):
            activity = item.activities[n] if n < len(item.activities) else None
            kind.setCurrentIndex(kind.findData(activity.kind) if activity else 0)
            pair.set(activity.text if activity else {})
        self.source_lines.setText(item.source_lines)
        self.source_quote.setPlainText(item.source_quote)

    def store_into(self, item: ItemDraft) -> None:
        item.code = self.code.text()
        item.area = Area(self.area.currentData())
        item.principle = str(self.principle.currentData())
        item.text = self.text.get()
        item.easy_read = self.easy_read.get()
        activities = []
        for kind, pair in zip(self.kinds, self.activities, strict=True):
            chosen = kind.currentData()
            words = pair.get()
            if chosen is not None or any(words.values()):
                activities.append(ActivityDraft(ActivityKind(chosen or "training"), words))
        item.activities = activities
        item.source_lines = self.source_lines.text()
        item.source_quote = self.source_quote.toPlainText()
