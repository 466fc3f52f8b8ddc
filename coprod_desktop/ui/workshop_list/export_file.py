"""Exporting a workshop to a workshop file (.coprod): where, whether to replace, and whether
its private notes go with it (the file is made to be handed to another laptop)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from coprod_desktop.ui.messages import ask, may_replace, warn_about
from coprod_desktop.ui.wording import file_name_for

if TYPE_CHECKING:
    from coprod_desktop.domain.summary import WorkshopSummary
    from coprod_desktop.services.exchange import WorkshopExchange

FILE_FILTER = QT_TRANSLATE_NOOP("WorkshopList", "Workshop files (*.coprod);;All files (*)")
SUFFIX = ".coprod"


def ask_about_private_notes(parent: QWidget | None, title: str, count: int) -> bool | None:
    """Whether the file should carry the workshop's ``count`` private notes (None: cancel).
    Leaving them out is the default answer."""
    if count == 0:
        return True
    answer = ask(
        parent,
        translate("WorkshopList", "Private notes"),
        translate(
            "WorkshopList",
            "“{title}” has private notes ({count}). A workshop file carries them to whoever "
            "opens it. Leave them out of this file?",
        ).format(title=title, count=count),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.No


def export_workshop_file(
    parent: QWidget, exchange: WorkshopExchange, summary: WorkshopSummary, folder: Path
) -> Path | None:
    """Ask where, then write the workshop file; the path written, or None."""
    suggested = folder / f"{file_name_for(summary.title)}{SUFFIX}"
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("WorkshopList", "Export workshop file"),
        str(suggested),
        translate("WorkshopList", FILE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
        if not may_replace(parent, path):  # the dialog asked about another name
            return None
    try:
        keep = ask_about_private_notes(
            parent, summary.title, exchange.private_note_count(summary.id)
        )
        if keep is None:
            return None
        exchange.export_file(summary.id, path, private_notes=keep)
    except CoprodError as exc:
        warn_about(parent, translate("WorkshopList", "The file was not written"), exc)
        return None
    return path
