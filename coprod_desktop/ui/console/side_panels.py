"""Stage placement, actions and the parking lot: reachable at any moment, beside the item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain import capture as rules
from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.workshop import StagePlacement
from coprod_desktop.services.steps import Changes
from coprod_desktop.ui.console.action_dialog import ActionDialog, about_text
from coprod_desktop.ui.console.action_fields import ActionFields
from coprod_desktop.ui.console.keyboard import ListKeys
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.messages import ask
from coprod_desktop.ui.session.controller import SessionController
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.wording.dates import long_date


class PlacementPanel(QFrame):
    """Where the current group places itself now, and where it aims to be."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        set_role(self, "card")
        form = QFormLayout(self)
        self.current = self._stage_box(translate("SidePanels", "Stage now"))
        self.aim = self._stage_box(translate("SidePanels", "Stage we aim for"))
        form.addRow(translate("SidePanels", "Now:"), self.current)
        form.addRow(translate("SidePanels", "Aim:"), self.aim)
        show = QPushButton(translate("SidePanels", "Show the stages (Alt+2)"))
        show.setAccessibleName(translate("SidePanels", "Show the stages on the projector"))
        show.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # It follows the column's width rather than setting it (the capture panel needs it).
        show.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        show.setMinimumWidth(0)
        show.clicked.connect(lambda: controller.run(controller.live.show_slide, Slide.STAGES))
        form.addRow(show)
        controller.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop or changes.cursor:
            self.refresh()

    def _stage_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click chooses; the keys stay on capture
        box.setAccessibleName(name)
        box.addItem(translate("SidePanels", "Not placed yet"), None)
        for stage, text in zip(Stage, self._c.workshop.framework.stages, strict=True):
            box.addItem(text.title, stage)
        box.activated.connect(self._changed)
        return box

    def refresh(self) -> None:
        placement = self._c.group.placement
        for box, stage in ((self.current, placement.current), (self.aim, placement.aim)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(stage) if stage else 0)
            box.blockSignals(False)

    def _changed(self) -> None:
        placement = StagePlacement(
            current=_stage(self.current.currentData()),
            aim=_stage(self.aim.currentData()),
            note=self._c.group.placement.note,
        )
        key = self._c.cursor.group_key
        self._c.run(self._c.live.set_placement, key, placement, refill=self._refill(placement))

    def _refill(self, placement: StagePlacement) -> bool:
        """Whether to (re)fill the needed levels the framework filled in, for a new aim: the
        facilitator is asked, with Yes as the default; the group's own choices never change."""
        workshop, key = self._c.workshop, self._c.cursor.group_key
        if placement.aim is None or placement.aim is workshop.group(key).placement.aim:
            return False
        count = len(rules.refilled_for_aim(workshop, key, placement.aim))
        if not count:
            return False
        answer = ask(
            self,
            translate("SidePanels", "Fill in the needed levels again?"),
            translate(
                "SidePanels",
                "%n needed level(s) of this group were filled in from the framework "
                "or are missing. Fill them in for {stage}? The levels the group chose itself stay "
                "as they are. Undo puts everything back.",
                None,
                count,
            ).format(stage=workshop.framework.stage_text(placement.aim).title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


def _stage(data: object) -> Stage | None:
    """Qt hands a StrEnum back from a combo box as plain text."""
    return Stage(str(data)) if data else None


class EntryList(QFrame):
    """A list with a line to add to it and a button to remove the selected entry."""

    def __init__(self, placeholder: str, add: Callable[[str], bool],
                 delete: Callable[[int], object],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._add_entry = add
        self._delete_entry = delete
        set_role(self, "card")
        layout = QVBoxLayout(self)
        self._texts: list[str] | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(placeholder)
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setAccessibleName(placeholder)
        self.line.setMinimumHeight(34)
        self.remove = QPushButton(translate("SidePanels", "Remove selected"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.remove)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.line.returnPressed.connect(self._on_return)
        self.remove.clicked.connect(self._remove)

    def show_entries(self, texts: list[str]) -> None:
        if texts == self._texts:
            return  # unchanged (most saves are ratings): keep the list and its selection
        self._texts = texts
        row = self.list.currentRow()
        self.list.clear()
        for text in texts:
            self.list.addItem(QListWidgetItem(text))
        if 0 <= row < len(texts):  # the same place stays chosen (an entry changed or ticked)
            self.list.setCurrentRow(row)

    def _on_return(self) -> None:
        text = self.line.text().strip()
        if text and self._add_entry(text):
            self.line.clear()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._delete_entry(row)


class ActionsPanel(EntryList):
    """Actions: what, and optionally "— who" after a dash; for the group chosen beside it (or
    all groups) and, if a date is set, by when. Enter, F2 or a double-click on an action in
    the list opens it to change its words, who, group, date and what it is about; Space
    marks it done or not."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("SidePanels", "Add an action: what — who (A)"),
            self._add_action,
            controller.slot(controller.live.remove_action),
            parent,
        )
        self._c = controller
        self.fields = ActionFields(controller.workshop)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.fields)
        # Opened to change with Enter, F2 or a double-click; Space marks it done (or not).
        self.list.itemDoubleClicked.connect(lambda _item: self.change_selected())
        ListKeys(self.list, self.change_selected, self._toggle_done)
        hint = translate(
            "SidePanels", "Enter or double-click: change the action. Space: mark it done or not."
        )
        self.list.setToolTip(hint)
        self.list.setAccessibleDescription(hint)
        controller.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop:
            self.refresh()

    def refresh(self) -> None:
        names = {g.key: g.name for g in self._c.workshop.groups}
        self.fields.show_groups(self._c.workshop)
        all_groups = translate("SidePanels", "All groups")
        w = self._c.workshop
        self.show_entries(
            [
                f"{'☑' if a.done else '☐'} {a.what}"
                + (f" — {a.who}" if a.who else "")
                + f"  [{names[a.group_key] if a.group_key else all_groups}]"
                + (f" {long_date(a.due, current_language())}" if a.due else "")
                + (f" · {about}" if (about := about_text(w, a)) else "")
                for a in w.actions
            ]
        )

    def _toggle_done(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._c.workshop.actions):
            self._c.run(self._c.live.toggle_action_done, row)

    def change_selected(self) -> None:
        """Open the selected action to change it; what is kept is one undoable step."""
        row = self.list.currentRow()
        actions = self._c.workshop.actions
        if not 0 <= row < len(actions):
            return
        dialog = ActionDialog(self._c.workshop, actions[row], row + 1, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.action is not None:
            self._c.run(self._c.live.change_action, row, dialog.action)

    def _add_action(self, text: str) -> bool:
        what, _, who = text.partition(" — ")
        if not who:
            what, _, who = text.partition(" - ")
        changes = self._c.run(self._c.live.add_action, what, who, self.fields.group_key(),
                              self.fields.due_date())  # fmt: skip
        return changes.step is not None


class ParkingLotPanel(EntryList):
    """Questions parked to come back to."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("SidePanels", "Park a question (L)"),
            self._park,
            controller.slot(controller.live.remove_parking_lot_entry),
            parent,
        )
        self._c = controller
        controller.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop:
            self.refresh()

    def refresh(self) -> None:
        self.show_entries([e.text for e in self._c.workshop.parking_lot])

    def _park(self, text: str) -> bool:
        changes = self._c.run(self._c.live.park, text, self._c.cursor.group_key)
        return changes.step is not None


def side_tabs(
    placement: PlacementPanel, actions: ActionsPanel, parking: ParkingLotPanel
) -> QTabWidget:
    """The console's right-hand tabs: stage (C), actions, parking lot."""
    tabs = QTabWidget()
    tabs.addTab(placement, translate("Console", "Stage (C)"))
    tabs.addTab(actions, translate("Console", "Actions"))
    tabs.addTab(parking, translate("Console", "Parking lot"))
    tabs.tabBar().setAccessibleName(translate("Console", "Stage, actions and parking lot"))
    tabs.tabBar().setUsesScrollButtons(False)  # every tab whole, none behind an arrow
    # Narrow tabs, so the three fit whole in the column of a 1024-pixel laptop in Welsh.
    tabs.setStyleSheet("QTabBar::tab { padding: 6px 6px; }")
    return tabs
