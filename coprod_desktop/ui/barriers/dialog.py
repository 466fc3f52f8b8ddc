"""One barrier's details: what stands in the way, what kind of barrier, the stage or principle
it holds back, who owns it, the next step, for which group, and whether it is dealt with.
Every field is one Tab stop; a combo box takes the first letter of what it offers."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.barrier import Barrier, BarrierHeading, BarrierStatus, BarrierTag
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.entry_fields import GroupChooser
from coprod_desktop.ui.i18n import spoken_language, translate
from coprod_desktop.ui.messages import error_text
from coprod_desktop.ui.style_roles import set_role
from coprod_desktop.wording.barriers import barrier_for, heading_name
from coprod_desktop.wording.names import barrier_status_name, barrier_tag_name


class BarrierDialog(QDialog):
    """Edits ``barrier`` (a new one when None); :attr:`barrier` holds the result once
    accepted. A rule broken (no words) is said in the dialog, which stays open with
    everything typed."""

    def __init__(self, workshop: Workshop, barrier: Barrier | None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(
            translate("Barriers", "Barrier") if barrier else translate("Barriers", "New barrier")
        )
        self._workshop = workshop
        self.barrier: Barrier | None = None
        start = barrier or Barrier("-", BarrierTag.ORGANISATION)  # a new one: defaults only
        language = spoken_language()
        self.what = QPlainTextEdit(barrier.what if barrier else "")
        self.what.setTabChangesFocus(True)
        self.what.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.what.setAccessibleName(translate("Barriers", "What stands in the way"))
        self.what.setFixedHeight(self.what.fontMetrics().lineSpacing() * 3 + 12)
        self.tag = self._combo(translate("Barriers", "Kind of barrier"),
                               [(barrier_tag_name(t, language), t) for t in BarrierTag],
                               start.tag)  # fmt: skip
        headings = [BarrierHeading(stage=s) for s in Stage]
        headings += [BarrierHeading(principle=p.code) for p in workshop.framework.principles]
        headings.append(BarrierHeading())
        self.holds_back = self._combo(
            translate("Barriers", "Holds back"),
            [(heading_name(h, workshop.framework, language), h) for h in headings],
            BarrierHeading(start.stage, start.principle),
        )
        self.owner = QLineEdit(start.owner)
        self.owner.setAccessibleName(translate("Barriers", "Owner"))
        self.next_step = QLineEdit(start.next_step)
        self.next_step.setAccessibleName(translate("Barriers", "Next step"))
        self.group = GroupChooser(workshop, everyone=barrier_for(None, language),
                                  name=translate("Barriers", "For"))  # fmt: skip
        self.group.choose(start.group_key)
        self.status = self._combo(translate("Barriers", "Status"),
                                  [(barrier_status_name(s, language), s) for s in BarrierStatus],
                                  start.status)  # fmt: skip
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()
        self._lay_out()
        self.setMinimumWidth(560)

    @staticmethod
    def _combo(name: str, choices: Sequence[tuple[str, object]], chosen: object) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for text, value in choices:
            box.addItem(text, value)
        box.setCurrentIndex(next(i for i, (_, v) in enumerate(choices) if v == chosen))
        return box

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("Barriers", "What stands in the way:"), self.what)
        form.addRow(translate("Barriers", "Kind:"), self.tag)
        form.addRow(translate("Barriers", "Holds back:"), self.holds_back)
        form.addRow(translate("Barriers", "Owner:"), self.owner)
        form.addRow(translate("Barriers", "Next step:"), self.next_step)
        form.addRow(translate("Barriers", "For:"), self.group)
        form.addRow(translate("Barriers", "Status:"), self.status)
        for field in (
            self.what,
            self.tag,
            self.holds_back,
            self.owner,
            self.next_step,
            self.group,
            self.status,
        ):  # each label's key letter reaches its field
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen(self) -> Barrier:
        """The barrier as filled in; raises CoprodError for a broken rule."""
        heading: BarrierHeading = self.holds_back.currentData()
        barrier = Barrier(
            what=self.what.toPlainText(),
            tag=BarrierTag(self.tag.currentData()),  # Qt hands an enum back as text
            stage=heading.stage,
            principle=heading.principle,
            owner=self.owner.text(),
            next_step=self.next_step.text(),
            group_key=self.group.group_key(),
            status=BarrierStatus(self.status.currentData()),
        )
        # Checked against the workshop too (a group or principle it does not have).
        dataclasses.replace(self._workshop, barriers=(barrier,))
        return barrier

    def accept(self) -> None:
        try:
            self.barrier = self.chosen()
        except CoprodError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            self.what.setFocus()
            return
        super().accept()
