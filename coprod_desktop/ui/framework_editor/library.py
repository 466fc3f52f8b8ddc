"""The framework library, from the workshop list: duplicate a framework to tailor it, open an
editable one in the editor, and share one as a file (export, import). Built-in frameworks are
never changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.services.frameworks import FrameworkService
from coprod_desktop.ui.framework_editor.window import FrameworkEditor
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.messages import warn_about

FILE_FILTER = QT_TRANSLATE_NOOP("FrameworkEditor", "Framework files (*.json)")
SUFFIX = ".json"


class FrameworkLibrary(QDialog):
    """The frameworks new workshops can use; Enter edits the selected one."""

    def __init__(self, frameworks: FrameworkService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frameworks = frameworks
        self.setWindowTitle(translate("FrameworkEditor", "Frameworks"))
        note = QLabel(
            translate(
                "FrameworkEditor",
                "A workshop keeps the framework as it was when the workshop was created: "
                "editing a framework never changes past workshops. The built-in frameworks "
                "cannot be changed: duplicate one to tailor it. A copy keeps its Welsh version "
                "beside it.",
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("FrameworkEditor", "Frameworks"))
        buttons = QDialogButtonBox()
        self.duplicate_button = buttons.addButton(
            translate("FrameworkEditor", "&Duplicate to tailor"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.edit_button = buttons.addButton(
            translate("FrameworkEditor", "&Edit…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button = buttons.addButton(
            translate("FrameworkEditor", "E&xport…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            translate("FrameworkEditor", "&Import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(
            translate("FrameworkEditor", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.duplicate_button.clicked.connect(self.duplicate)
        self.edit_button.clicked.connect(self.edit)
        self.export_button.clicked.connect(self.export_file)
        self.import_button.clicked.connect(self.import_file)
        close.clicked.connect(self.reject)
        self.folder = Path.home()  # where the file dialogs start: the last folder used
        buttons_in_order = (self.duplicate_button, self.edit_button, self.export_button,
                            self.import_button, close)  # fmt: skip
        for button in buttons_in_order:
            button.setAutoDefault(False)  # Enter on the list edits; it must not also duplicate
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.editor: FrameworkEditor | None = None
        self.reload()
        self.resize(640, 420)

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for summary in self.frameworks.list():
            kind = (
                translate("FrameworkEditor", "built-in")
                if summary.builtin
                else translate("FrameworkEditor", "editable")
            )
            row = QListWidgetItem(f"{summary.name} · {summary.language} · {kind}")
            row.setData(Qt.ItemDataRole.UserRole, (summary.key, summary.builtin))
            self.list.addItem(row)
            if summary.key == select:
                self.list.setCurrentItem(row)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._enable()

    def _chosen(self) -> tuple[str, bool] | None:
        row = self.list.currentItem()
        return None if row is None else row.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]

    def _enable(self) -> None:
        chosen = self._chosen()
        self.edit_button.setEnabled(chosen is not None and not chosen[1])
        self.duplicate_button.setEnabled(chosen is not None)
        self.export_button.setEnabled(chosen is not None)

    def duplicate(self) -> None:
        """Copy the selected framework (and its Welsh version) and open the copy."""
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            key = self.frameworks.duplicate_with_welsh(chosen[0])
        except CoprodError as exc:
            warn_about(self, translate("FrameworkEditor", "The framework was not copied"), exc)
            return
        self.reload(select=key)
        self.edit()

    def edit(self) -> None:
        """Open the selected editable framework in the editor (a Welsh version with its
        English partner beside it)."""
        chosen = self._chosen()
        if chosen is None or chosen[1]:
            return
        try:
            key = self.frameworks.first_of_pair(chosen[0])
            self.editor = FrameworkEditor(self.frameworks, key, self)
        except CoprodError as exc:
            warn_about(self, translate("FrameworkEditor", "The framework cannot be opened"), exc)
            return
        self.editor.finished.connect(lambda _result: self.reload(select=chosen[0]))
        self.editor.open()

    def export_file(self) -> None:
        """Write the selected framework to a file, to share it or keep it."""
        chosen = self._chosen()
        if chosen is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("FrameworkEditor", "Export a framework"),
            str(self.folder / f"{chosen[0]}{SUFFIX}"),
            translate("FrameworkEditor", FILE_FILTER),
        )
        if not name:
            return
        path = Path(name)
        asked = path.suffix.lower() == SUFFIX  # the dialog asked before replacing this name
        path = path if asked else path.with_name(path.name + SUFFIX)
        try:
            self.frameworks.export_file(chosen[0], path, replace=asked)
        except CoprodError as exc:
            warn_about(self, translate("FrameworkEditor", "The framework was not written"), exc)
            return
        self.folder = path.parent

    def import_file(self) -> None:
        """Add the framework in a file (checked whole first) and select it."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("FrameworkEditor", "Import a framework"),
            str(self.folder),
            translate("FrameworkEditor", FILE_FILTER),
        )
        if not name:
            return
        self.folder = Path(name).parent
        try:
            key = self.frameworks.import_file(Path(name))
        except CoprodError as exc:
            warn_about(self, translate("FrameworkEditor", "The framework was not imported"), exc)
            return
        self.reload(select=key)
