"""The levels an item needs at each stage: for every role, and for each group role whose
profile differs (the paper: commissioners and service users do not need the same skills)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from coprod_desktop.domain.framework import Framework, GroupRole, Stage
from coprod_desktop.services.framework_draft import ItemDraft
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.wording import role_text


class LevelsPage(QWidget):
    """A grid of spin boxes: a row per role (the first for every role), a column per stage;
    "–" is no level at that stage."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale = framework.scale
        grid = QGridLayout()
        self.note = QLabel(
            translate(
                "FrameworkEditor",
                "The level each item needs at each stage. A group's needed levels are filled "
                "in from its role's row, or from the first row when it has no role. Levels "
                "must not fall from one stage to the next.",
            )
        )
        self.note.setWordWrap(True)
        self.heads: dict[Stage, QLabel] = {}
        for column, stage in enumerate(Stage, start=1):
            head = QLabel()
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
            self.heads[stage] = head
        self.names: dict[GroupRole | None, str] = {}
        self.boxes: dict[GroupRole | None, dict[Stage, QSpinBox]] = {}
        for row, role in enumerate((None, *GroupRole), start=1):
            name = translate("FrameworkEditor", "Every role") if role is None else role_text(role)
            label = QLabel(translate("FrameworkEditor", "&Every role") if role is None else name)
            grid.addWidget(label, row, 0)
            self.names[role] = name
            self.boxes[role] = {}
            for column, stage in enumerate(Stage, start=1):
                box = QSpinBox()
                box.setRange(scale.lowest - 1, scale.highest)
                box.setSpecialValueText("–")  # below the scale: no level at this stage
                grid.addWidget(box, row, column)
                self.boxes[role][stage] = box
            label.setBuddy(self.boxes[role][Stage.ACTIVE_INVOLVEMENT])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._none = scale.lowest - 1
        self.rename({stage.value: framework.stage_text(stage).title for stage in Stage})

    def rename(self, stages: dict[str, str]) -> None:
        """Head each column with its stage's title as edited (and name each box by it)."""
        for stage, head in self.heads.items():
            head.setText(f"<b>{escape(stages[stage.value])}</b>")
        for role, boxes in self.boxes.items():
            for stage, box in boxes.items():
                box.setAccessibleName(f"{self.names[role]}, {stages[stage.value]}")

    def show_item(self, item: ItemDraft) -> None:
        for role, boxes in self.boxes.items():
            for stage, box in boxes.items():
                level = item.levels[role].get(stage)
                box.setValue(self._none if level is None else level)

    def store_into(self, item: ItemDraft) -> None:
        for role, boxes in self.boxes.items():
            item.levels[role] = {
                stage: None if box.value() == self._none else box.value()
                for stage, box in boxes.items()
            }
