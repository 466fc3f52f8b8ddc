"""The workshop list's actions: names, shortcuts, and which need a selected workshop."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, on_language_change, translate
from coprod_desktop.ui.theme import icon


@dataclass(frozen=True, slots=True)
class WorkshopListActions:
    """Every action the window offers; the controller connects them to what they do."""

    new: QAction
    open: QAction
    ratings: QAction
    results: QAction
    plan: QAction
    barriers: QAction
    duplicate: QAction
    delete: QAction
    import_file: QAction
    export_file: QAction
    export_report: QAction
    export_data: QAction
    blank_form: QAction
    participants_sheet: QAction
    paper_entry: QAction
    demo: QAction
    frameworks: QAction
    undo: QAction
    redo: QAction
    quit: QAction

    @property
    def on_selection(self) -> tuple[QAction, ...]:
        """Actions that work on the selected workshop."""
        return (
            self.open,
            self.ratings,
            self.results,
            self.plan,
            self.barriers,
            self.duplicate,
            self.delete,
            self.export_file,
            *self.exports,
            self.paper_entry,
        )

    @property
    def exports(self) -> tuple[QAction, ...]:
        """The report, data, blank-form and participants' sheet exports of the selected
        workshop."""
        return (self.export_report, self.export_data, self.blank_form, self.participants_sheet)


def build_actions(parent: QWidget) -> WorkshopListActions:
    """The actions, each text with a key letter (&) of its own within its menu."""

    def action(
        text: str, shortcuts: list[QKeySequence], tip: str, short: str | None = None
    ) -> QAction:
        """An action worded in the app's language, re-worded when the language changes."""
        act = QAction(parent)
        act.setShortcuts(shortcuts)
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        def reword() -> None:
            act.setText(translate("WorkshopList", text))
            if short:
                act.setIconText(translate("WorkshopList", short))
            said = translate("WorkshopList", tip)
            act.setToolTip(f"{said} ({keys})" if keys else said)
            act.setStatusTip(said)

        on_language_change(act, reword)
        return act

    key = QKeySequence
    actions = WorkshopListActions(
        new=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&New workshop…"),
            [key("Ctrl+N")],
            QT_TRANSLATE_NOOP("WorkshopList", "Set up a new workshop"),
        ),
        open=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Open"),
            [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Run the selected workshop: capture ratings and show them on the projector",
            ),
        ),
        ratings=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&All ratings"),
            [key("Ctrl+R")],
            QT_TRANSLATE_NOOP(
                "WorkshopList", "See every group's ratings for the selected workshop in one grid"
            ),
        ),
        results=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Res&ults…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "See the selected workshop's results: profiles, training needs, heat maps, "
                "stages, change since its baseline",
            ),
        ),
        plan=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Trainin&g plan…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Make the selected workshop's training plan from its needs: what, for whom, "
                "how, who leads and by when",
            ),
        ),
        barriers=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Barriers in the &way…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Log what stands in the way of co-production for the selected workshop: the "
                "stage or principle it holds back, its kind, owner and next step",
            ),
        ),
        duplicate=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Duplicate as follow-up"),
            [key("Ctrl+D")],
            QT_TRANSLATE_NOOP(
                "WorkshopList", "Make an empty copy of the selected workshop to run again later"
            ),
        ),
        delete=action(
            QT_TRANSLATE_NOOP("WorkshopList", "De&lete…"),
            [key(Qt.Key.Key_Delete)],
            QT_TRANSLATE_NOOP("WorkshopList", "Delete the selected workshop"),
        ),
        import_file=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Import workshop file…"),
            [key("Ctrl+I")],
            QT_TRANSLATE_NOOP("WorkshopList", "Add a workshop from a .coprod file"),
            short=QT_TRANSLATE_NOOP("WorkshopList", "Import…"),
        ),
        export_file=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Export workshop file…"),
            [key("Ctrl+E")],
            QT_TRANSLATE_NOOP(
                "WorkshopList", "Save the selected workshop as a .coprod file to share or keep"
            ),
            short=QT_TRANSLATE_NOOP("WorkshopList", "Export…"),
        ),
        export_report=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Export &report…"),
            [key("Ctrl+Shift+E")],
            QT_TRANSLATE_NOOP(
                "WorkshopList", "Save the selected workshop's training-needs report as a PDF"
            ),
            short=QT_TRANSLATE_NOOP("WorkshopList", "Report…"),
        ),
        export_data=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Export da&ta…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList", "Save the selected workshop's results as CSV, Excel or JSON"
            ),
        ),
        blank_form=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Blank form…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Save a printable paper form for the selected workshop, in case the laptop fails",
            ),
        ),
        participants_sheet=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Participants' s&heet…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Save an Easy Read page for each group to print: what it told us and what "
                "happens next",
            ),
        ),
        paper_entry=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Enter from &paper forms…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Type in the ratings from filled-in paper forms, item by item, group by group",
            ),
        ),
        frameworks=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Frameworks…"),
            [],
            QT_TRANSLATE_NOOP(
                "WorkshopList",
                "Tailor a framework for your place: items, wording, needed levels per role",
            ),
        ),
        demo=action(
            QT_TRANSLATE_NOOP("WorkshopList", "Open the de&mo workshop"),
            [],
            QT_TRANSLATE_NOOP("WorkshopList", "Add the demo workshop to the list"),
            short=QT_TRANSLATE_NOOP("WorkshopList", "Demo"),
        ),
        undo=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Undo"),
            [key("Ctrl+Z")],
            QT_TRANSLATE_NOOP("WorkshopList", "Undo the last change"),
        ),
        redo=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Redo"),
            [key("Ctrl+Shift+Z"), key("Ctrl+Y")],
            QT_TRANSLATE_NOOP("WorkshopList", "Redo the change you undid"),
        ),
        quit=action(
            QT_TRANSLATE_NOOP("WorkshopList", "&Quit"),
            [key("Ctrl+Q")],
            QT_TRANSLATE_NOOP("WorkshopList", "Close CoProd Desktop"),
        ),
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
