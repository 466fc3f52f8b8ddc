"""The "How is this worked out?" panel: every rule behind the results, in the words the report's
method note and the facilitator guide use (one source text, ``report/rules.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.results.parts import label
from coprod_desktop.ui.style_roles import set_role


class RulesPanel(QWidget):
    """Each rule's title and paragraphs, in the app's language; hidden until asked for."""

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "card")
        self.setAccessibleName(translate("Results", "How the results are worked out"))
        self.column = QVBoxLayout(self)
        self.texts: list[QLabel] = []
        for rule in Rule:
            explanation = explain(rule, current_language())
            heading = label(explanation.title, "subheading")
            self.column.addWidget(heading)
            self.texts.append(heading)
            for paragraph in explanation.paragraphs:
                shown = QLabel(paragraph)
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setWordWrap(True)
                self.column.addWidget(shown)
                self.texts.append(shown)
        self.setVisible(False)

    def text(self) -> str:
        """Everything the panel says, paragraph by paragraph (for tests and screen readers)."""
        return "\n".join(t.text() for t in self.texts)


def rules_button(panel: RulesPanel) -> QPushButton:
    """The button that shows and hides ``panel`` (Space or Enter when it has the focus)."""
    button = QPushButton(translate("Results", "How is this &worked out?"))
    button.setCheckable(True)
    button.setAccessibleName(translate("Results", "Show how the results are worked out"))
    button.toggled.connect(panel.setVisible)
    return button
