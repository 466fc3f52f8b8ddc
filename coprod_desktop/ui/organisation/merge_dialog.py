"""Merging another laptop's copy of a workshop: where the copies differ, the facilitator chooses.

Nothing is overwritten silently: each rating or stage placement captured differently on the two
copies is a row with both values, and "Merge" stays off until each row has a choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.copies import Side
from coprod_desktop.domain.merge import Difference, Merge
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import plain_tooltip
from coprod_desktop.ui.results.parts import table
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.ui.wording import stage_title

KEEP_COLUMN = 4


def shown(value: Rating | StagePlacement) -> str:
    """A rating or placement in a few words, e.g. "now 2, needs 4 (split)"."""
    if isinstance(value, StagePlacement):
        now = stage_title(value.current) if value.current else "–"
        aim = stage_title(value.aim) if value.aim else "–"
        return translate("Merge", "at {now}, aiming for {aim}").format(now=now, aim=aim)
    if value.current_level is None:
        return translate("Merge", "skipped")
    text = translate("Merge", "now {now}, needs {needed}").format(
        now=value.current_level, needed=value.required_level or "–"
    )
    if value.note:
        text += translate("Merge", "; note: {note}").format(note=value.note)
    return text


class MergeDialog(QDialog):
    """The differences between this laptop's copy and the other, each with a choice."""

    def __init__(self, merge: Merge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Merge", "Merge the two copies"))
        self.merge = merge
        intro = QLabel(
            translate(
                "Merge",
                "What only one copy has is merged as it is. These were captured differently "
                "on the two copies: choose which to keep for each. Nothing changes until you "
                "choose Merge.",
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.table: QTableWidget = table(
            translate("Merge", "Where the copies differ"),
            [
                translate("Merge", "Group"),
                translate("Merge", "Item"),
                translate("Merge", "This laptop"),
                translate("Merge", "The other copy"),
                translate("Merge", "Keep"),
            ],
            # The group's name and both copies' values (a note may be long) share the width
            # and wrap: nothing runs off sideways on a 1024-pixel screen.
            wraps=(0, 2, 3),
            scrolls=True,
        )
        self.choosers: list[QComboBox] = []
        self.table.setRowCount(len(merge.differences))
        for row, difference in enumerate(merge.differences):
            self._add_row(row, difference)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Merge", "&Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Merge", "Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 480)
        self._update_ok()

    def _add_row(self, row: int, difference: Difference) -> None:
        item = difference.item_code or translate("Merge", "Stage placement")
        for column, text in enumerate(
            (difference.group_name, item, shown(difference.ours), shown(difference.theirs))
        ):
            cell = QTableWidgetItem(text)
            cell.setToolTip(plain_tooltip(text))
            self.table.setItem(row, column, cell)
        chooser = QComboBox()
        chooser.addItem(translate("Merge", "Choose…"), None)
        chooser.addItem(translate("Merge", "This laptop's"), Side.OURS)
        chooser.addItem(translate("Merge", "The other copy's"), Side.THEIRS)
        chooser.setAccessibleName(
            translate("Merge", "Keep for {group}, {item}").format(
                group=difference.group_name, item=item
            )
        )
        chooser.currentIndexChanged.connect(self._update_ok)
        holder = QWidget()  # the box at its own height in a row as tall as its wrapped words
        QVBoxLayout(holder).addWidget(chooser, 0, Qt.AlignmentFlag.AlignVCenter)
        self.table.setCellWidget(row, KEEP_COLUMN, holder)
        self.choosers.append(chooser)

    def choices(self) -> dict[str, Side]:
        """The choice made for each difference, by its key (unchosen ones left out)."""
        made: dict[str, Side] = {}
        for difference, chooser in zip(self.merge.differences, self.choosers, strict=True):
            side = chooser.currentData()
            if side is not None:
                made[difference.key] = Side(side)
        return made

    def _update_ok(self) -> None:
        self.ok.setEnabled(len(self.choices()) == len(self.merge.differences))
