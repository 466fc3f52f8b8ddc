"""Which items a workshop covers, and in what order: tick, untick, move up and down."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.framework import Area, Framework
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.style_roles import set_role

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
AREA_ROLE = Qt.ItemDataRole.UserRole + 2


class ItemScopeEditor(QWidget):
    """Every item of a framework with a tick box; the ticked ones, in list order, are in scope.

    An area's box ticks or unticks all its items at once.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("ItemScope", "Items in scope"))
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(lambda _item: self._sync())
        self.area_boxes: dict[Area, QCheckBox] = {}
        areas = QHBoxLayout()
        for area in Area:
            box = QCheckBox()
            box.setTristate(False)
            box.clicked.connect(lambda checked, a=area: self.set_area(a, checked))
            self.area_boxes[area] = box
            areas.addWidget(box)
        areas.addStretch(1)
        self.up = QPushButton(translate("ItemScope", "Move up"))
        self.down = QPushButton(translate("ItemScope", "Move down"))
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.summary = QLabel()
        set_role(self.summary, "muted")
        moves = QHBoxLayout()
        moves.addWidget(self.summary, 1)
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(areas)
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)

    def show_framework(self, framework: Framework) -> None:
        """List ``framework``'s items, all ticked, in the framework's order."""
        self.list.blockSignals(True)
        self.list.clear()
        for item in framework.items:
            area = framework.area_text(item.area).title
            row = QListWidgetItem(f"{item.code}  ·  {area}  ·  {item.text}")
            row.setData(CODE_ROLE, item.code)
            row.setData(AREA_ROLE, item.area.value)
            row.setToolTip(item.easy_read or item.text)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(row)
        for area, box in self.area_boxes.items():
            box.setText(framework.area_text(area).title)
        self.list.blockSignals(False)
        self._sync()

    def codes(self) -> list[str]:
        """The ticked items' codes, in the order shown."""
        return [
            str(row.data(CODE_ROLE))
            for row in self._rows()
            if row.checkState() == Qt.CheckState.Checked
        ]

    def areas(self) -> list[tuple[str, str]]:
        """Every item's code and area, ticked or not, in the order shown."""
        return [(str(row.data(CODE_ROLE)), str(row.data(AREA_ROLE))) for row in self._rows()]

    def keep_only(self, codes: Collection[str]) -> None:
        """Tick ``codes`` and untick the rest (the order stays)."""
        self.list.blockSignals(True)
        for row in self._rows():
            keep = row.data(CODE_ROLE) in codes
            row.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._sync()

    def set_area(self, area: Area, on: bool) -> None:
        self.list.blockSignals(True)
        for row in self._rows():
            if row.data(AREA_ROLE) == area.value:
                row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._sync()

    def move_selected(self, delta: int) -> None:
        """Move the selected item up (-1) or down (+1) the running order."""
        index = self.list.currentRow()
        target = index + delta
        if index < 0 or not 0 <= target < self.list.count():
            return
        row = self.list.takeItem(index)
        self.list.insertItem(target, row)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _rows(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _sync(self) -> None:
        rows = self._rows()
        for area, box in self.area_boxes.items():
            mine = [r for r in rows if r.data(AREA_ROLE) == area.value]
            box.setChecked(
                bool(mine) and all(r.checkState() == Qt.CheckState.Checked for r in mine)
            )
        self.summary.setText(
            translate("ItemScope", "%n of {total} items in scope", None, len(self.codes())).format(
                total=len(rows)
            )
        )
        self.changed.emit()
