"""One action's details, to change after it was made: what, who, for which group (or all
groups), by when, what it is about (an item, a plan entry, or nothing in particular) and
whether it is done. Every field is one Tab stop; Enter keeps, Esc leaves it as it was."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.workshop import Action, Workshop
from coprod_desktop.ui.console.action_fields import ActionFields
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.style_roles import set_role

# How much of a statement or a plan entry the "About" list shows (the list stays readable).
_SHOWN = 70


def about_choices(workshop: Workshop) -> list[tuple[str, str]]:
    """What an action can be about, as (words, link): nothing in particular (""), then each
    plan entry by its number ("plan:N", N its place), then each item in scope ("item:CODE")."""
    choices = [(translate("SidePanels", "Nothing in particular"), "")]
    for n, entry in enumerate(workshop.plan):
        words = translate("SidePanels", "Plan entry {number}: {what}").format(
            number=n + 1, what=_short(entry.what)
        )
        choices.append((words, f"plan:{n}"))
    for code in workshop.item_codes:
        item = workshop.framework.item(code)
        choices.append((f"{code} {_short(item.text)}", f"item:{code}"))
    return choices


def link_of(action: Action) -> str:
    """``action``'s link as :func:`about_choices` names it."""
    if action.plan_entry is not None:
        return f"plan:{action.plan_entry}"
    return f"item:{action.item_code}" if action.item_code else ""


def about_text(workshop: Workshop, action: Action) -> str:
    """What ``action`` is about, in a few words ("" for nothing in particular)."""
    if action.plan_entry is not None:
        return translate("SidePanels", "plan entry {number}").format(number=action.plan_entry + 1)
    return action.item_code or ""


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHOWN else line[: _SHOWN - 1].rstrip() + "…"


class ActionDialog(QDialog):
    """Changes ``action``; :attr:`action` holds the result once accepted. A broken rule (no
    words) is said in the dialog, which stays open with everything typed."""

    def __init__(self, workshop: Workshop, action: Action, number: int,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("SidePanels", "Action {number}").format(number=number))
        self._workshop = workshop
        self.action: Action | None = None
        self.what = QLineEdit(action.what)
        self.what.setAccessibleName(translate("SidePanels", "What is to be done"))
        self.who = QLineEdit(action.who)
        self.who.setAccessibleName(translate("SidePanels", "Who does it"))
        self.fields = ActionFields(workshop)
        self.fields.show_choice(action.group_key, action.due)
        self.about = QComboBox()
        self.about.setAccessibleName(translate("SidePanels", "What the action is about"))
        self.about.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.about.setMinimumContentsLength(20)
        for words, link in about_choices(workshop):
            self.about.addItem(words, link)
        self.about.setCurrentIndex(max(self.about.findData(link_of(action)), 0))
        self.done_box = QCheckBox(translate("SidePanels", "Done"))
        self.done_box.setChecked(action.done)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()
        self._lay_out()
        self.setMinimumWidth(560)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("SidePanels", "What:"), self.what)
        form.addRow(translate("SidePanels", "Who:"), self.who)
        form.addRow(translate("SidePanels", "For, by:"), self.fields)
        form.addRow(translate("SidePanels", "About:"), self.about)
        form.addRow("", self.done_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.what.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> Action:
        """The action as filled in; raises CoprodError for a broken rule."""
        kind, _, value = str(self.about.currentData() or "").partition(":")
        action = Action(
            what=self.what.text(),
            who=self.who.text(),
            due=self.fields.due_date(),
            group_key=self.fields.group_key(),
            done=self.done_box.isChecked(),
            item_code=value if kind == "item" else None,
            plan_entry=int(value) if kind == "plan" else None,
        )
        dataclasses.replace(self._workshop, actions=(action,))  # checked against the workshop
        return action

    def accept(self) -> None:
        try:
            self.action = self.chosen()
        except CoprodError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()
