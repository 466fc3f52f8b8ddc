"""The framework's items in order, with buttons to add, remove and move them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.framework_draft import ItemDraft
from coprod_desktop.ui.i18n import translate


class ItemList(QWidget):
    """A list of "K1  We know …"; Alt+A adds, Alt+R removes, Alt+U and Alt+W move."""

    def __init__(self, items: list[ItemDraft], language: str = "en",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.items = items  # the draft's own list: changed in place
        self.language = language  # whose statements the list shows
        self.list = QListWidget()
        self.list.setAccessibleName(translate("FrameworkEditor", "Items"))
        self.add_button = QPushButton(translate("FrameworkEditor", "&Add item"))
        self.remove_button = QPushButton(translate("FrameworkEditor", "&Remove"))
        self.up_button = QPushButton(translate("FrameworkEditor", "Move &up"))
        self.down_button = QPushButton(translate("FrameworkEditor", "Move do&wn"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        for pair in ((self.add_button, self.remove_button), (self.up_button, self.down_button)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            layout.addLayout(row)
        self.before_change: Callable[[], None] = lambda: None
        self.refresh()

    def refresh(self, current: int | None = None) -> None:
        """Show the items again (after an edit), keeping ``current`` selected."""
        at = self.list.currentRow() if current is None else current
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            first = item.text.get(self.language) or next(iter(item.text.values()), "")
            self.list.addItem(f"{item.code}  {first}")
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(at, 0), len(self.items) - 1))

    def add(self, item: ItemDraft) -> None:
        """Put ``item`` after the selected one and select it."""
        self.before_change()
        at = self.list.currentRow() + 1
        self.items.insert(at, item)
        self.refresh(at)

    def remove_current(self) -> None:
        at = self.list.currentRow()
        if at < 0 or len(self.items) <= 1:  # a framework keeps at least one item
            return
        self.before_change()
        del self.items[at]
        self.refresh(at)

    def move_current(self, step: int) -> None:
        at = self.list.currentRow()
        to = at + step
        if at < 0 or not 0 <= to < len(self.items):
            return
        self.before_change()
        self.items[at], self.items[to] = self.items[to], self.items[at]
        self.refresh(to)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
