"""Draws the Workshop column, eliding long titles in the middle so their ends stay readable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class TitleDelegate(QStyledItemDelegate):
    """“Wenbury tenancy su…diness (follow-up)”: a follow-up stays recognisable."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
