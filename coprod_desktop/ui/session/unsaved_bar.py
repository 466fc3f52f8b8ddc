"""When the disk refuses to save (full, read-only): how many changes are kept on screen only,
and the two ways out — "Retry saving" once space is freed, or "Save to another folder…"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import ask, tell, warn_about

if TYPE_CHECKING:
    from coprod_desktop.services.steps import Changes
    from coprod_desktop.ui.session.controller import SessionController


class UnsavedBar(QWidget):
    """Two buttons beside the save status, shown only while changes are kept in memory."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.retry_button = QPushButton(translate("UnsavedBar", "Retry saving"))
        self.retry_button.setToolTip(
            translate("UnsavedBar", "Save the changes kept on screen, once there is space")
        )
        self.save_elsewhere_button = QPushButton(translate("UnsavedBar", "Save to another folder…"))
        self.save_elsewhere_button.setToolTip(
            translate(
                "UnsavedBar",
                "Write the whole workshop, as on screen, to a workshop file somewhere else",
            )
        )
        self.retry_button.clicked.connect(lambda: controller.run(controller.live.retry_saving))
        self.save_elsewhere_button.clicked.connect(self.save_elsewhere)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.retry_button)
        row.addWidget(self.save_elsewhere_button)
        controller.changed.connect(self._on_changed)
        self._shown = 0
        self.setVisible(False)

    def _on_changed(self, changes: Changes) -> None:
        count = changes.unsaved
        if count == self._shown:
            return
        self._shown = count
        self.setVisible(count > 0)
        self.retry_button.setText(
            translate("UnsavedBar", "Retry saving ({n})").format(n=count)
            if count
            else translate("UnsavedBar", "Retry saving")
        )

    def save_elsewhere(self) -> Path | None:
        """Ask where, then write the whole workshop there; the path written, or None."""
        title = self.controller.workshop.title
        suggested = Path.home() / f"{_file_name(title)}.coprod"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("UnsavedBar", "Save the workshop to another folder"), str(suggested),
            translate("UnsavedBar", "CoProd workshop (*.coprod)"),
        )  # fmt: skip
        if not chosen:
            return None
        path = Path(chosen)
        try:
            self.controller.live.save_copy_to(path)
        except CoprodError as exc:
            warn_about(self, translate("UnsavedBar", "The workshop was not saved there"), exc)
            return None
        tell(
            self,
            QMessageBox.Icon.Information,
            translate("UnsavedBar", "Workshop saved"),
            translate(
                "UnsavedBar",
                "The whole workshop, with every change on screen, is saved in {path}. "
                "Import it (Workshop ▸ Import) into a data folder that has space.",
            ).format(path=path),
        )
        return path


def confirm_close_with_unsaved(parent: QWidget, controller: SessionController) -> bool:
    """Before the session closes: True to go on. Retries once; if changes are still only on
    screen, offers to save the workshop to another folder first."""
    if not controller.unsaved_count or not controller.run(controller.live.retry_saving).problem:
        return True
    answer = ask(
        parent,
        translate("UnsavedBar", "Changes are not saved"),
        translate(
            "UnsavedBar",
            "%n change(s) could not be saved, because the disk is full or read-only. Save the "
            "whole workshop to another folder before closing? (No closes without them.)",
            None,
            controller.unsaved_count,
        ),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        bar = parent.findChild(UnsavedBar)
        return (bar or UnsavedBar(controller, parent)).save_elsewhere() is not None
    return answer == QMessageBox.StandardButton.No


def _file_name(title: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return " ".join(kept.split())[:80] or "workshop"
