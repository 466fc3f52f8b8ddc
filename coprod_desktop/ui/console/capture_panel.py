"""The centre of the console: the item, the levels, the status and the notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.rating import NeededFrom, Rating, RatingStatus
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.bidi import isolated
from coprod_desktop.ui.console.level_buttons import LevelButtons
from coprod_desktop.ui.console.status import mark
from coprod_desktop.ui.console.tally_editor import TallyEditor
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import ask, plain_tooltip
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import role_text


class NoteField(QLineEdit):
    """A one-line note saved on Enter or when focus leaves; Escape returns to capture."""

    def __init__(self, placeholder: str, save: Callable[[str], object],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self.setMinimumHeight(34)
        self._save = save
        self._shown = ""
        self.returnPressed.connect(self._commit)
        self.editingFinished.connect(self._commit)

    def show_text(self, text: str) -> None:
        tip = plain_tooltip(text)  # the note as typed: tooltips would obey its markup
        if (
            text == self._shown == self.text()
            and tip == self.toolTip()
            and not self.cursorPosition()
        ):
            return  # already on show: setting it again would repaint the field
        self._shown = text
        self.setText(text)
        self.setCursorPosition(0)  # show the start of a long note, not its end
        self.setToolTip(tip)

    def _commit(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self._save(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.setText(self._shown)
            self.clearFocus()
            return
        super().keyPressEvent(event)


class CapturePanel(QFrame):
    """Shows the current group and item, and forwards every capture intent."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        set_role(self, "card")
        # Compact buttons, so five levels (and the four actions, in Welsh too) fit side by side
        # in the capture column of a 1024-pixel screen.
        self.setStyleSheet(
            "QPushButton { padding: 2px 4px; } QSpinBox { min-width: 36px; }"
            'QPushButton[level="true"] { min-height: 68px; }'
            # Not bold: a bold "Confident" overflows its button on a 1024-pixel screen; the
            # "●" and the colours mark the choice.
            "QPushButton:checked { background: #003078; color: #ffffff; border-color: #0b0c0c; }"
            # the focus ring (console.qss) again: a panel's own style sheet would hide it
            "QPushButton:focus { background: #ffdd00; color: #0b0c0c; border: 3px solid #0b0c0c; }"
            "QPushButton:checked:focus { background: #003078; color: #ffffff;"
            " border: 4px solid #ffdd00; }"
        )
        scale = controller.workshop.framework.scale
        live = controller.live
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 14)
        layout.setSpacing(10)

        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)  # names the group: user text
        self.where.setWordWrap(True)
        set_role(self.where, "muted")
        self.item_text = QLabel()
        self.item_text.setWordWrap(True)
        self.item_text.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.item_text, "heading")
        self.easy_read = QLabel()
        self.easy_read.setWordWrap(True)
        self.easy_read.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.easy_read, "muted")
        self.status = QLabel()
        set_role(self.status, "subheading")
        self.status.setAccessibleName(translate("Capture", "Status of this item"))
        for widget in (self.where, self.item_text, self.easy_read):
            layout.addWidget(widget)
        self.needed_from = needed_from_label()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.needed_from, 1)
        layout.addLayout(status_row)

        self.current = LevelButtons(translate("Capture", "Where the group is now"), scale,
                                    controller.slot(live.set_current_level),
                                    translate("Capture", "keys 1–5"),
                                    spoken=translate("Capture", "Current level"))  # fmt: skip
        self.required = LevelButtons(translate("Capture", "Where it needs to be"), scale,
                                     controller.slot(live.set_required_level),
                                     translate("Capture", "Shift + 1–5"),
                                     spoken=translate("Capture", "Required level"))  # fmt: skip
        layout.addWidget(self.current)
        layout.addWidget(self.required)

        layout.addLayout(
            button_row(
                (
                    translate("Capture", "✓ Agreed (Y)"),
                    controller.slot(live.mark_agreed),
                    translate("Capture", "Mark agreed"),
                ),
                (
                    translate("Capture", "≈ Split (S)"),
                    controller.slot(live.mark_split),
                    translate("Capture", "Mark split, no consensus"),
                ),
                (
                    translate("Capture", "– Skip (K)"),
                    controller.slot(live.skip),
                    translate("Capture", "Skip this item"),
                ),
                (
                    translate("Capture", "Clear (Del)"),
                    controller.slot(live.clear_rating),
                    translate("Capture", "Clear this rating"),
                ),
            )
        )

        self.tally = TallyEditor(scale, self._record_tally)
        layout.addWidget(self.tally)
        self.note = NoteField(
            translate("Capture", "Note for the room (N)"), controller.slot(live.set_note)
        )
        # Said where it is typed: a workshop file, made to be handed on, carries it.
        self.private_note = NoteField(
            translate("Capture", "Private note (P): never projected or printed, but exported "
                      "workshop files carry it unless you leave it out"),
            controller.slot(live.set_private_note),
        )  # fmt: skip
        for label, field in (
            (
                translate(
                    "Capture", "Note for the room (N) — shown on the projector with the result"
                ),
                self.note,
            ),
            (
                translate(
                    "Capture", "Private note (P) — for you only: never projected, never printed"
                ),
                self.private_note,
            ),
        ):
            caption = QLabel(label)
            caption.setWordWrap(True)  # long in Welsh: it must not widen the column
            set_role(caption, "muted")
            caption.setBuddy(field)
            layout.addWidget(caption)
            layout.addWidget(field)

        layout.addStretch(1)

        controller.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop or changes.cursor:
            self.refresh()

    def _record_tally(self, counts: dict[int, int]) -> None:
        """More dots than the group's planned size: offer to make that its size."""
        planned, total = self._c.group.participant_count, sum(counts.values())
        resize = False
        if planned is not None and total > planned:
            answer = ask(
                self,
                translate("Capture", "More dots than people"),
                translate(
                    "Capture",
                    "The tally has {total} dots, but {group} was planned with {planned} people. "
                    "Make the group {total} people?",
                ).format(total=total, group=self._c.group.name, planned=planned),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            resize = answer == QMessageBox.StandardButton.Yes
        self._c.run(self._c.live.set_tally, counts, resize=resize)

    def refresh(self) -> None:
        c = self._c
        workshop = c.workshop
        item = workshop.framework.item(c.cursor.item_code)
        number = workshop.item_codes.index(item.code) + 1
        area = workshop.framework.area_text(item.area).title
        principle = workshop.framework.principle(item.principle).title
        self.where.setText(
            translate(
                "Capture",
                "{group}  ·  item {number} of {total}  ·  {code}  ·  {area}  ·  {principle}",
            ).format(
                group=isolated(c.group.name),  # a right-to-left override stays inside it
                number=number,
                total=len(workshop.item_codes),
                code=item.code,
                area=area,
                principle=principle,
            )
        )
        self.item_text.setText(item.text)
        self.easy_read.setText(
            translate("Capture", "Easy Read: {text}").format(text=item.easy_read)
            if item.easy_read
            else ""
        )
        self.easy_read.setVisible(bool(item.easy_read))
        levels = workshop.framework.levels_for(item.area)  # knowledge and attitude: own words
        self.current.use_words(levels)
        self.required.use_words(levels)
        rating = c.rating()
        symbol, word = mark(rating)
        self.status.setText(f"{symbol}  {word.capitalize()}")
        self.current.show_level(rating.current_level if rating else None)
        self.required.show_level(rating.required_level if rating else None)
        self.needed_from.setText(needed_from_text(workshop, c.group, rating))
        self.tally.show_tally(rating.tally if rating else None)
        self.tally.setVisible(rating is not None and rating.status is RatingStatus.SPLIT)
        if not self.note.hasFocus():
            self.note.show_text(rating.note if rating else "")
        if not self.private_note.hasFocus():
            self.private_note.show_text(rating.private_note if rating else "")


def button_row(*specs: tuple[str, Callable[[], object], str]) -> QHBoxLayout:
    """Big, mouse- and touch-friendly buttons that leave the keyboard focus where it is."""
    row = QHBoxLayout()
    for text, slot, name in specs:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(44)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves focus
        button.clicked.connect(lambda _checked=False, run=slot: run())  # drop 'checked'
        row.addWidget(button)
    return row


def needed_from_text(workshop: Workshop, group: Group, rating: Rating | None) -> str:
    """Where the needed level came from, in words, and what to do when there is none."""
    if rating is None or rating.required_level is None:
        if group.placement.aim is None:
            return translate(
                "Capture", "No needed level: set the group's aim stage, or choose one with "
                "Shift + 1–5.")  # fmt: skip
        return ""
    if rating.needed_from is NeededFrom.GROUP:
        return translate("Capture", "Needed level chosen by the group.")
    if rating.needed_from is NeededFrom.FRAMEWORK and rating.needed_for is not None:
        if rating.needed_role is not None:
            return translate(
                "Capture", "Needed level filled in from the framework's profile for {role} at "
                "{stage} (the group's aim); Shift + 1–5 chooses another.").format(
                role=role_text(rating.needed_role),
                stage=workshop.framework.stage_text(rating.needed_for).title)  # fmt: skip
        return translate(
            "Capture", "Needed level filled in from the framework for {stage} (the group's "
            "aim); Shift + 1–5 chooses another.").format(
            stage=workshop.framework.stage_text(rating.needed_for).title)  # fmt: skip
    return translate("Capture", "Where this needed level came from was not recorded.")


def needed_from_label() -> QLabel:
    """The words saying where the needed level came from, beside the status, wrapping to the
    room left (the level buttons below must stay in view)."""
    shown = QLabel()
    shown.setWordWrap(True)
    shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    set_role(shown, "muted")
    shown.setAccessibleName(translate("Capture", "Where the needed level came from"))
    return shown
