"""How ready are the others? (V): the group being captured gives its view of how ready each
other group, and the partnership as a whole, is on the item on screen, keyboard first, like
capture: a digit key per level gives the chosen row's view and moves to the next row, ↑ ↓
choose a row, Delete takes a view back, Ctrl+Z undoes, Esc goes back to capture. Each view is
one undoable step of the live session, saved when it is given."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.console.keyboard import DigitKeys, Slot
from coprod_desktop.ui.console.keys import DigitPress
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.style_roles import set_role


class ViewsDialog(QDialog):
    """A row per other group and one for the partnership, each with the view the group on
    screen gave (or "not given"); the dialog stays with the group and item it opened on and
    closes if the capture moves away (an undo of an earlier step)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # V opens a fresh one
        rater = controller.group
        self.rater_key = rater.key
        self.item_code = code = controller.cursor.item_code
        item = controller.workshop.framework.item(code)
        self.setWindowTitle(translate("ViewsDialog", "How ready are the others?"))
        column = QVBoxLayout(self)
        heading = QLabel(
            translate("ViewsDialog", "How ready {group} thinks the others are").format(
                group=rater.name
            )
        )
        set_role(heading, "subheading")
        heading.setWordWrap(True)
        column.addWidget(heading)
        statement = QLabel(f"<b>{escape(code)}</b>\u00a0 {escape(item.text)}")
        statement.setTextFormat(Qt.TextFormat.RichText)
        statement.setWordWrap(True)
        column.addWidget(statement)
        self.subjects: list[tuple[str | None, str]] = [
            (g.key, g.name) for g in controller.workshop.groups if g.key != rater.key
        ]
        self.subjects.append((None, translate("ViewsDialog", "The partnership as a whole")))
        self.rows = QListWidget()
        self.rows.setAccessibleName(
            translate("ViewsDialog", "How ready {group} thinks each of the others is").format(
                group=rater.name
            )
        )
        for _ in self.subjects:
            self.rows.addItem(QListWidgetItem())
        self.rows.setCurrentRow(0)
        # As tall as its rows (a few for most workshops), not a tall empty box.
        tall = self.rows.sizeHintForRow(0) * self.rows.count() + 2 * self.rows.frameWidth() + 6
        self.rows.setMaximumHeight(max(tall, 60))
        column.addWidget(self.rows)
        scale = controller.workshop.framework.scale
        hint = QLabel(
            translate(
                "ViewsDialog",
                "{low}–{high}: how ready the chosen one is (then the next) · ↑ ↓ choose · "
                "Delete: no view · Ctrl+Z: undo · Esc: back to capture",
            ).format(low=scale.lowest, high=scale.highest)
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        column.addWidget(hint)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("ViewsDialog", "Close"))
        close.setAutoDefault(False)  # Enter moves to the next row, as in capture
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.digit_keys = DigitKeys(self, self._digit_slot)
        for keys, slot in (
            (("Delete", "Backspace"), self.take_back),
            (("Return", "Enter"), self.next_row),
            ((QKeySequence.StandardKey.Undo,), controller.undo_stack.undo),
            ((QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"), controller.undo_stack.redo),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        controller.changed.connect(self._on_changed)
        self.setMinimumWidth(440)
        self.show_views()

    def show_views(self) -> None:
        """Each row: whom it is about and the view given of it, in numbers and words."""
        live = self._c.live
        scale = self._c.workshop.framework.scale
        words = {lv.level: lv.label for lv in scale.levels}
        for index, (subject, name) in enumerate(self.subjects):
            level = live.cross_rating(subject)
            view = (
                translate("ViewsDialog", "not given")
                if level is None
                else f"{level} {words.get(level, '')}".strip()
            )
            self.rows.item(index).setText(f"{name}: {view}")

    def _digit_slot(self, press: DigitPress) -> Slot | None:
        scale = self._c.workshop.framework.scale
        if press.alt or press.shift or not scale.lowest <= press.digit <= scale.highest:
            return None
        return lambda: self.give(press.digit)

    def give(self, level: int | None) -> None:
        """The chosen row's view is ``level`` (None: taken back); with a level, the next row
        is chosen. A refusal is said here and nothing moves."""
        subject, _ = self.subjects[self.rows.currentRow()]
        changes = self._c.run(self._c.live.set_cross_rating, subject, level)
        refused = changes.problem is not None and changes.step is None
        self.problem.setVisible(changes.problem is not None)
        if changes.problem is not None:
            self.problem.setText(error_text(changes.problem))
        if level is not None and not refused:
            self.next_row()

    def take_back(self) -> None:
        self.give(None)

    def next_row(self) -> None:
        self.rows.setCurrentRow(min(self.rows.currentRow() + 1, self.rows.count() - 1))

    def _on_changed(self, changes: Changes) -> None:
        cursor = self._c.cursor
        if (cursor.group_key, cursor.item_code) != (self.rater_key, self.item_code):
            self.reject()  # an undo took the capture elsewhere: these views are not its
            return
        self.show_views()

    def done(self, result: int) -> None:
        self._c.changed.disconnect(self._on_changed)
        self.digit_keys.deleteLater()
        super().done(result)
