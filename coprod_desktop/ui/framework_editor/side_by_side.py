"""Text fields in English and Welsh side by side, each with a label a screen reader reads."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit

from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("FrameworkEditor", "English"),
    "cy": QT_TRANSLATE_NOOP("FrameworkEditor", "Welsh"),
}


class TextPair:
    """One text in each language: a row of a grid, the label first."""

    def __init__(self, grid: QGridLayout, row: int, label: str, languages: tuple[str, ...],
                 *, one_line: bool = False, lines: int = 3) -> None:  # fmt: skip
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        grid.addWidget(self.label, row, 0)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for column, lang in enumerate(languages, start=1):
            field: QLineEdit | QPlainTextEdit
            if one_line:
                field = QLineEdit()
            else:
                field = QPlainTextEdit()
                field.setTabChangesFocus(True)  # Tab moves on; the keyboard never gets stuck
                field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 14)
            grid.addWidget(field, row, column)
            self.fields[lang] = field
        self.rename(label)
        if languages:
            self.label.setBuddy(self.fields[languages[0]])

    def rename(self, label: str) -> None:
        """Call the row ``label``, on screen and to a screen reader (each field with its
        language)."""
        self.label.setText(label)
        for lang, field in self.fields.items():
            field.setAccessibleName(f"{label.replace('&', '')} ({shown_name(lang)})")

    def set(self, words: dict[str, str]) -> None:
        for lang, field in self.fields.items():
            text = words.get(lang, "")
            if isinstance(field, QLineEdit):
                field.setText(text)
                field.setCursorPosition(0)
            else:
                field.setPlainText(text)

    def get(self) -> dict[str, str]:
        return {
            lang: f.text() if isinstance(f, QLineEdit) else f.toPlainText()
            for lang, f in self.fields.items()
        }


def language_headings(grid: QGridLayout, languages: tuple[str, ...], row: int = 0) -> None:
    """Column heads naming each language, in its own words."""
    for column, lang in enumerate(languages, start=1):
        head = QLabel(f"<b>{shown_name(lang)}</b>")
        grid.addWidget(head, row, column)


def stretch_columns(grid: QGridLayout, languages: tuple[str, ...]) -> None:
    for column in range(1, len(languages) + 1):
        grid.setColumnStretch(column, 1)


def shown_name(lang: str) -> str:
    """A language's name in the language the windows speak."""
    name = LANGUAGE_NAMES.get(lang)
    return translate("FrameworkEditor", name) if name else lang
