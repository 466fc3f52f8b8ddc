"""The results window's choice of group, kept to the groups the workshop has now (one may join,
leave or be renamed mid-session)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import translate


def group_choice(workshop: Workshop, shown_key: str) -> QComboBox:
    """A list of the workshop's groups, ``shown_key``'s chosen."""
    box = QComboBox()
    box.setAccessibleName(translate("Results", "Group whose results are shown"))
    box.setMinimumWidth(320)
    list_groups(box, workshop)
    box.setCurrentIndex(max(0, box.findData(shown_key)))
    return box


def list_groups(box: QComboBox, workshop: Workshop) -> None:
    """List the groups as they are now, keeping the chosen one (the first if it left); no
    signal unless the choice changes."""
    listed = [(box.itemData(i), box.itemText(i)) for i in range(box.count())]
    if listed == [(g.key, g.name) for g in workshop.groups]:
        return
    shown = box.currentData()
    with QSignalBlocker(box):
        box.clear()
        for group in workshop.groups:
            box.addItem(group.name, group.key)
        box.setCurrentIndex(max(0, box.findData(shown)))
