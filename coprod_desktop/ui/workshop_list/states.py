"""The pages shown instead of the list: while opening, and when there are no workshops yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.ui.i18n import on_language_change, translate
from coprod_desktop.ui.style_roles import set_role


class OpeningPage(QWidget):
    """A calm message while the data folder opens (it takes about a second)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(translate("WorkshopList", "Opening your workshops…"))
        set_role(label, "heading")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(2)


class EmptyState(QWidget):
    """First launch: no workshops yet, so offer the demo and a new workshop."""

    demo_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame()
        set_role(card, "card")
        card.setFixedWidth(600)
        heading = QLabel()
        set_role(heading, "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel()
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton()
        self.new_button = QPushButton()

        def reword() -> None:
            heading.setText(translate("WorkshopList", "No workshops yet"))
            body.setText(
                translate(
                    "WorkshopList",
                    "Open the demo workshop to see how a finished workshop looks, with four "
                    "groups and their ratings. Or set up your own workshop for your next session.",
                )
            )
            self.demo_button.setText(translate("WorkshopList", "Open the demo workshop"))
            self.new_button.setText(translate("WorkshopList", "New workshop…"))

        on_language_change(self, reword)
        set_role(self.demo_button, "primary")
        for button in (self.demo_button, self.new_button):
            button.setProperty("size", "large")
            button.setMinimumWidth(320)
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button.clicked.connect(self.new_requested)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 36, 40, 40)
        inner.setSpacing(18)
        inner.addWidget(heading)
        inner.addWidget(body)
        inner.addSpacing(8)
        inner.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)

        # Stretches rather than an alignment flag, so the wrapped text gets its full height.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
