"""Draws the Rated column: the percentage in words, then a small bar beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coprod_desktop.ui.theme import ACCENT, SURFACE, TRACK
from coprod_desktop.ui.workshop_list.table_model import SHARE_ROLE

TEXT_WIDTH = 52
BAR_HEIGHT = 10
MARGIN = 10


class RatedBarDelegate(QStyledItemDelegate):
    """The text carries the meaning; the bar is a glance-sized extra."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        share = index.data(SHARE_ROLE)
        if not isinstance(share, float):
            return
        rect = option.rect
        left = rect.left() + MARGIN + TEXT_WIDTH
        width = rect.right() - MARGIN - left
        if width < 20:
            return
        top = rect.top() + (rect.height() - BAR_HEIGHT) / 2
        track = QRectF(left, top, width, BAR_HEIGHT)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SURFACE if selected else TRACK))
        painter.drawRoundedRect(track, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        if share > 0:
            filled = QRectF(track)
            filled.setWidth(max(BAR_HEIGHT, width * min(share, 1.0)))
            painter.setBrush(QColor("#5694ca" if selected else ACCENT))
            painter.drawRoundedRect(filled, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        painter.restore()
