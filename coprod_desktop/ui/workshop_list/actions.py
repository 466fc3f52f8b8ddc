"""The workshop list's actions: names, shortcuts, and which need a selected workshop."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from coprod_desktop.ui.theme import icon


@dataclass(frozen=True, slots=True)
class WorkshopListActions:
    """Every action the window offers; the controller connects them to what they do."""

    new: QAction
    open: QAction
    ratings: QAction
    duplicate: QAction
    delete: QAction
    import_file: QAction
    export_file: QAction
    export_report: QAction
    export_data: QAction
    blank_form: QAction
    demo: QAction
    undo: QAction
    redo: QAction
    quit: QAction

    @property
    def on_selection(self) -> tuple[QAction, ...]:
        """Actions that work on the selected workshop."""
        return (
            self.open,
            self.ratings,
            self.duplicate,
            self.delete,
            self.export_file,
            *self.exports,
        )

    @property
    def exports(self) -> tuple[QAction, ...]:
        """The report, data and blank-form exports of the selected workshop."""
        return (self.export_report, self.export_data, self.blank_form)


def build_actions(parent: QWidget) -> WorkshopListActions:
    def action(
        text: str, shortcuts: list[QKeySequence], tip: str, short: str | None = None
    ) -> QAction:
        act = QAction(text, parent)
        act.setShortcuts(shortcuts)
        if short:
            act.setIconText(short)
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{tip} ({keys})" if keys else tip)
        act.setStatusTip(tip)
        return act

    key = QKeySequence
    actions = WorkshopListActions(
        new=action("New workshop…", [key("Ctrl+N")], "Set up a new workshop"),
        open=action(
            "Open",
            [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)],
            "Run the selected workshop: capture ratings and show them on the projector",
        ),
        ratings=action(
            "All ratings",
            [key("Ctrl+R")],
            "See every group's ratings for the selected workshop in one grid",
        ),
        duplicate=action(
            "Duplicate as follow-up",
            [key("Ctrl+D")],
            "Make an empty copy of the selected workshop to run again later",
        ),
        delete=action("Delete…", [key(Qt.Key.Key_Delete)], "Delete the selected workshop"),
        import_file=action(
            "Import workshop file…",
            [key("Ctrl+I")],
            "Add a workshop from a .coprod file",
            short="Import…",
        ),
        export_file=action(
            "Export workshop file…",
            [key("Ctrl+E")],
            "Save the selected workshop as a .coprod file to share or keep",
            short="Export…",
        ),
        export_report=action(
            "Export report…",
            [key("Ctrl+Shift+E")],
            "Save the selected workshop's training-needs report as a PDF",
            short="Report…",
        ),
        export_data=action(
            "Export data…",
            [],
            "Save the selected workshop's results as CSV, Excel or JSON",
        ),
        blank_form=action(
            "Blank form…",
            [],
            "Save a printable paper form for the selected workshop, in case the laptop fails",
        ),
        demo=action(
            "Open the demo workshop", [], "Add the demo workshop to the list", short="Demo"
        ),
        undo=action("Undo", [key("Ctrl+Z")], "Undo the last change"),
        redo=action("Redo", [key("Ctrl+Shift+Z"), key("Ctrl+Y")], "Redo the change you undid"),
        quit=action("Quit", [key("Ctrl+Q")], "Close CoProd Desktop"),
    )
    # Return and Delete belong to the list, so they never fire while typing elsewhere.
    for name in ("new", "open", "duplicate", "delete", "undo", "redo"):
        getattr(actions, name).setIcon(icon(name))
    actions.import_file.setIcon(icon("import"))
    actions.export_file.setIcon(icon("export"))
    for scoped in (actions.open, actions.delete):
        scoped.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    # Nothing works until the data folder is open, except Quit.
    for act in (
        actions.new,
        actions.import_file,
        actions.demo,
        *actions.on_selection,
        actions.undo,
        actions.redo,
    ):
        act.setEnabled(False)
    return actions
