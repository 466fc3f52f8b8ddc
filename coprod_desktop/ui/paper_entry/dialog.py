"""Typing filled-in paper forms back in, fast: a digit for the level now, a digit for the level
needed, and on to the next item, in the order the blank form prints them.

The dialog only keeps what has been typed and where the cursor is; turning rows into ratings,
checking levels against the scale and every other rule is the domain's (domain/paper_form.py),
and saving is whoever opened it: one undoable step through the services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Item
from coprod_desktop.domain.paper_form import PaperEntry, PaperLine, check_level, form_items
from coprod_desktop.domain.paper_form import paper_entry as build_entry
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import ask, error_text
from coprod_desktop.ui.paper_entry.table import ITEM, NEEDED, NOW, EntryTable
from coprod_desktop.ui.screen_fit import fit_to_screen
from coprod_desktop.ui.style_roles import set_role

#: Saves one group's entry as one undoable, committed step; returns the workshop as stored.
#: Raises CoprodError (and saves nothing) if it cannot.
SaveEntry = Callable[[PaperEntry], Workshop]


class PaperEntryDialog(QDialog):
    """Enter one group's filled-in paper form at a time; Save stores it as one step."""

    def __init__(
        self,
        workshop: Workshop,
        save: SaveEntry,
        *,
        group_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self._save = save
        self.items: tuple[Item, ...] = form_items(workshop)
        #: What has been typed and not yet saved, per group: item code -> row.
        self.drafts: dict[str, dict[str, PaperLine]] = {g.key: {} for g in workshop.groups}
        self.setWindowTitle(
            translate("PaperEntry", "Enter from paper forms – {title}").format(title=workshop.title)
        )
        fit_to_screen(self, 1120, 760)

        self.group_box = QComboBox()
        for group in workshop.groups:
            self.group_box.addItem(group.name, group.key)
        self.group_box.setAccessibleName(translate("PaperEntry", "Group whose form you are typing"))
        group_label = QLabel(translate("PaperEntry", "&Group:"))
        group_label.setBuddy(self.group_box)
        self.count_label = QLabel()
        set_role(self.count_label, "subheading")
        self.count_label.setAccessibleName(translate("PaperEntry", "How many items are entered"))

        scale = workshop.framework.scale
        levels = " · ".join(f"{lv.level} {lv.label}" for lv in scale.levels)
        hint = QLabel(
            translate(
                "PaperEntry",
                "Type the level now, then the level needed: the next item follows by itself. "
                "S marks a split view, K a skipped item, Backspace clears a row, "
                "↑ ↓ move, Ctrl+S saves this group.\nScale: {levels}",
            ).format(levels=levels)
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")

        self.table = EntryTable(self._key)
        self.table.build(self.items)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("PaperEntry", "Message"))

        self._build_layout(group_label, hint)
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_group)
        start = self.group_box.findData(group_key) if group_key else 0
        self.group_box.setCurrentIndex(max(0, start))
        self.group_box.currentIndexChanged.connect(self._group_changed)
        self._group_changed()

    def _build_layout(self, group_label: QLabel, hint: QLabel) -> None:
        self.save_button = QPushButton(translate("PaperEntry", "Save this group (Ctrl+S)"))
        set_role(self.save_button, "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_group)
        self.close_button = QPushButton(translate("PaperEntry", "Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group_box, 1)
        top.addSpacing(24)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- reading --------------------------------------------------------------------------
    @property
    def group_key(self) -> str:
        key = self.group_box.currentData()
        assert isinstance(key, str)
        return key

    @property
    def draft(self) -> dict[str, PaperLine]:
        """The rows typed for the group shown."""
        return self.drafts[self.group_key]

    def entered(self) -> int:
        """How many of the group's items have something typed."""
        return sum(1 for line in self.draft.values() if not line.is_blank)

    def unsaved_groups(self) -> list[str]:
        return [g.name for g in self.workshop.groups if any(self.drafts[g.key].values())]

    # --- typing ---------------------------------------------------------------------------
    def _key(self, event: QKeyEvent) -> bool:
        """Handle a key typed in the table; False lets the table have it (e.g. Tab)."""
        row = self.table.currentRow()
        if row < 0:
            return False
        key, text = event.key(), event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        saving = (Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if modifiers == Qt.KeyboardModifier.ControlModifier and key in saving:
            self.save_group()  # (the dialog's shortcut, when the window is not active)
        elif plain and text.isdigit() and len(text) == 1:
            self.type_level(int(text))
        elif plain and text.lower() == "s":
            self._set_status(row, RatingStatus.SPLIT)
        elif plain and text.lower() == "k":
            self._set_status(row, RatingStatus.SKIPPED)
            self._go(row + 1, NOW)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.draft.pop(self.items[row].code, None)
            self._show_row(row)
            self._go(row, NOW)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down) and plain:
            self._go(row + 1, NOW)
        elif key == Qt.Key.Key_Up and plain:
            self._go(row - 1, NOW)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain:
            self._go(row, NEEDED if key == Qt.Key.Key_Right else NOW)
        else:
            return False
        return True

    def type_level(self, level: int) -> None:
        """A digit: the level now (then the cursor moves to needed), or the level needed
        (then on to the next item)."""
        row, column = self.table.currentRow(), self.table.currentColumn()
        needed = column == NEEDED
        code = self.items[row].code
        try:
            check_level(self.workshop, level, code)
        except CoprodError as exc:
            self._say(error_text(exc), error=True)
            return
        line = self.draft.get(code) or PaperLine(code)
        status = RatingStatus.AGREED if line.status is RatingStatus.SKIPPED else line.status
        if needed:
            line = PaperLine(code, status, line.current_level, level)
        else:
            line = PaperLine(code, status, level, line.required_level)
        self.draft[code] = line
        self._show_row(row)
        self._say("")
        if needed:
            self._go(row + 1, NOW)
        else:
            self._go(row, NEEDED)

    def _set_status(self, row: int, status: RatingStatus) -> None:
        code = self.items[row].code
        line = self.draft.get(code) or PaperLine(code)
        if line.status is status:  # pressed again: back to agreed
            status = RatingStatus.AGREED
        if status is RatingStatus.SKIPPED:
            line = PaperLine(code, status)
        else:
            line = PaperLine(code, status, line.current_level, line.required_level)
        self.draft[code] = line
        self._show_row(row)

    def _go(self, row: int, column: int) -> None:
        row = max(0, min(row, len(self.items) - 1))
        self.table.setCurrentCell(row, column)
        self.table.scrollToItem(self.table.cell(row, ITEM))

    # --- saving ---------------------------------------------------------------------------
    def save_group(self) -> bool:
        """Store the group's typed rows as one step; asks first before replacing ratings the
        workshop already holds. True when something was saved."""
        name = self.group_box.currentText()
        try:
            entry = build_entry(self.workshop, self.group_key, self.draft)
        except CoprodError as exc:
            self._say(error_text(exc), error=True)
            return False
        if entry.replaced:
            chosen = self._ask_to_replace(entry)
            if chosen is None:
                return False
            entry = chosen
        if not entry.after:
            self._say(
                translate("PaperEntry", "Nothing new to save for {group}.").format(group=name)
            )
            return False
        try:
            self.workshop = self._save(entry)
        except CoprodError as exc:
            self._say(error_text(exc), error=True)
            return False
        self.drafts[self.group_key] = {}
        self._show_group()
        self._say(
            translate(
                "PaperEntry",
                "Saved %n rating(s) for {group}. Ctrl+Z undoes it.",
                None,
                len(entry.after),
            ).format(group=name)
        )
        return True

    def _ask_to_replace(self, entry: PaperEntry) -> PaperEntry | None:
        """Replace, keep what is stored (save only the rest), or go back to typing."""
        codes = entry.replaced
        shown = ", ".join(codes[:8]) + (" …" if len(codes) > 8 else "")
        answer = ask(
            self,
            translate("PaperEntry", "Replace ratings already in the workshop?"),
            translate(
                "PaperEntry",
                "%n item(s) you typed already have a rating in the workshop: {codes}.\n\n"
                "Yes replaces them with what you typed; No keeps them as they are and saves "
                "the rest; Cancel goes back to the form.",
                None,
                len(codes),
            ).format(codes=shown),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return entry
        if answer == QMessageBox.StandardButton.No:
            return entry.without(set(codes))
        return None

    # --- showing --------------------------------------------------------------------------
    def _group_changed(self) -> None:
        self._show_group()
        first_open = next(
            (row for row, item in enumerate(self.items) if item.code not in self._stored()), 0
        )
        self._go(first_open, NOW)
        self.table.setFocus()
        self._say("")

    def _stored(self) -> dict[str, Rating]:
        return dict(self.workshop.group(self.group_key).ratings)

    def _show_group(self) -> None:
        for row in range(len(self.items)):
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        code = self.items[row].code
        stored = self.workshop.group(self.group_key).ratings.get(code)
        self.table.show_row(row, self.draft.get(code), stored, self.palette())
        self._count()

    def _count(self) -> None:
        total = len(self.items)
        text = translate("PaperEntry", "{done} of {total} entered").format(
            done=self.entered(), total=total
        )
        already = len(self._stored())
        if already:
            text += translate("PaperEntry", " · {n} already in the workshop").format(n=already)
        self.count_label.setText(text)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        role = "error" if error else "saved"
        if self.message.property("role") != role:
            set_role(self.message, role)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def reject(self) -> None:
        """Close (Esc, the Close button or the window's ×), asking first if a typed form
        has not been saved."""
        unsaved = self.unsaved_groups()
        if unsaved:
            answer = ask(
                self,
                translate("PaperEntry", "Close without saving?"),
                translate(
                    "PaperEntry", "What you typed for {groups} is not saved. Close and lose it?"
                ).format(groups=", ".join(unsaved)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
