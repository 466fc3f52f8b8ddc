"""Opening the paper-entry dialog from the console or from the workshop list; each saves
through its own undo stack, so Ctrl+Z there takes the whole entry back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.paper_form import PaperEntry
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.paper_entry.command import EnterPaperForm
from coprod_desktop.ui.paper_entry.dialog import PaperEntryDialog
from coprod_desktop.ui.undo import WorkshopsView, push

if TYPE_CHECKING:
    from coprod_desktop.ui.app_services import AppServices
    from coprod_desktop.ui.session.controller import SessionController


def paper_entry_in_console(controller: SessionController, parent: QWidget) -> PaperEntryDialog:
    """The dialog over a running workshop: it saves through the live session."""

    def save(entry: PaperEntry) -> Workshop:
        changes = controller.run(controller.live.record_many, entry.group_key, entry.after)
        if changes.step is None and changes.problem is not None:
            raise changes.problem  # refused by the workshop's rules: the dialog says why
        return controller.workshop

    dialog = PaperEntryDialog(
        controller.workshop, save, group_key=controller.cursor.group_key, parent=parent
    )
    dialog.open()
    return dialog


def paper_entry_from_list(
    services: AppServices,
    workshop_id: int,
    *,
    undo_stack: QUndoStack,
    view: WorkshopsView,
    parent: QWidget,
) -> PaperEntryDialog:
    """The dialog over a workshop in the list; raises CoprodError if it cannot be read."""
    workshop = services.workshops.get(workshop_id)

    def save(entry: PaperEntry) -> Workshop:
        command = EnterPaperForm(
            workshop.uid,
            entry,
            group_name=workshop.group(entry.group_key).name,
            open_session=services.open_session,
            workshops=services.workshops,
            view=view,
        )
        push(undo_stack, command)  # raises, keeping nothing, if it could not be saved
        found = services.workshops.id_for_uid(workshop.uid)
        return services.workshops.get(found if found is not None else workshop_id)

    dialog = PaperEntryDialog(workshop, save, parent=parent)
    dialog.open()
    return dialog
