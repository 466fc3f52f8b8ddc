"""Asking before a workshop is deleted, and saying plainly what the backups still hold."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from coprod_desktop.domain.summary import WorkshopSummary
from coprod_desktop.storage.backups import DEFAULT_KEEP
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.messages import plain_message_box

Button = QMessageBox.StandardButton


@dataclass(frozen=True, slots=True)
class DeleteChoice:
    """The facilitator said yes; and whether to remove it from the backups as well."""

    purge_backups: bool


def ask_to_delete(
    parent: QWidget, summary: WorkshopSummary, backups_holding: int
) -> DeleteChoice | None:
    """Yes/No (No by default), with "Also remove it from the automatic backups" when some
    backups hold it. The text is plain: a title such as "<b>R&D</b>" shows as typed."""
    text = (
        translate("WorkshopList", "Delete “{title}”?").format(title=summary.title)
        + "\n\n"
        + translate("WorkshopList", "It holds %n rating(s)", None, summary.ratings_recorded)
        + " "
        + translate("WorkshopList", "from %n group(s).", None, len(summary.group_names))
        + " "
        + translate(
            "WorkshopList",
            "You can bring it back with Undo (Ctrl+Z) until you close CoProd Desktop.",
        )
    )
    if backups_holding:
        text += "\n\n" + translate(
            "WorkshopList",
            "%n automatic backup(s) of your workshops still hold it. They are kept until newer "
            "backups replace them (the newest {keep} are kept). Tick the box below to remove it "
            "from them now: each backup is rewritten without this workshop and keeps all the "
            "others. That cannot be undone.",
            None,
            backups_holding,
        ).format(keep=DEFAULT_KEEP)
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Question,
        translate("WorkshopList", "Delete this workshop?"),
        text,
        Button.Yes | Button.No,
    )
    box.setDefaultButton(Button.No)
    tick: QCheckBox | None = None
    if backups_holding:
        tick = QCheckBox(translate("WorkshopList", "Also remove it from the automatic backups"))
        box.setCheckBox(tick)
    if Button(box.exec()) != Button.Yes:
        return None
    return DeleteChoice(purge_backups=tick is not None and tick.isChecked())


def purged_text(rewritten: int, removed: int) -> str:
    """What removing a workshop from the backups did, for the status bar."""
    text = translate("WorkshopList", "Removed it from %n automatic backup(s).", None, rewritten)
    if removed:
        text += " " + translate(
            "WorkshopList", "Deleted %n backup(s) that could not be read.", None, removed
        )
    return text
