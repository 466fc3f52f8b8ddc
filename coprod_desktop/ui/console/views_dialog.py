"""How ready are the others? (V): the group being captured gives its view of how ready each
other group, and the partnership as a whole, is on the item on screen. Each view given or
changed is one undoable step of the live session; "not given" takes a view back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.session.controller import SessionController


class ViewsDialog(QDialog):
    """A level box per other group and one for the partnership, each as the group on screen
    gave it before (or "not given"); OK gives every view that changed."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        live = controller.live
        rater = controller.group
        code = controller.cursor.item_code
        scale = controller.workshop.framework.scale
        self.setWindowTitle(translate("ViewsDialog", "How ready are the others?"))
        form = QFormLayout(self)
        intro = QLabel(
            translate(
                "ViewsDialog",
                "How ready {group} thinks each other group, and the partnership as a whole, is "
                "on {code} now (its own level is its rating).",
            ).format(group=rater.name, code=code)
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.boxes: dict[str | None, QSpinBox] = {}
        subjects: list[tuple[str | None, str]] = [
            (g.key, g.name) for g in controller.workshop.groups if g.key != rater.key
        ]
        subjects.append((None, translate("ViewsDialog", "The partnership as a whole")))
        for subject, name in subjects:
            box = QSpinBox()
            box.setRange(scale.lowest - 1, scale.highest)
            box.setSpecialValueText(translate("ViewsDialog", "not given"))
            given = live.cross_rating(subject)
            box.setValue(given if given is not None else scale.lowest - 1)
            box.setAccessibleName(translate("ViewsDialog", "How ready {name} is").format(name=name))
            form.addRow(name, box)
            self.boxes[subject] = box
        self._before = {subject: box.value() for subject, box in self.boxes.items()}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        """Give each changed view (a refused one is said in the status bar; the form stays)."""
        lowest = self._c.workshop.framework.scale.lowest
        for subject, box in self.boxes.items():
            if box.value() == self._before[subject]:
                continue
            level = box.value() if box.value() >= lowest else None
            changes = self._c.run(self._c.live.set_cross_rating, subject, level)
            if changes.problem is not None and changes.step is None:
                return
            self._before[subject] = box.value()
        super().accept()
