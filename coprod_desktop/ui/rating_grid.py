"""The overview grid as a Qt model: items down the side, groups across, ratings in cells."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coprod_desktop.domain.framework import Area, Framework, Item
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.ui.i18n import translate
from coprod_desktop.ui.theme import GAP_SHADE, SECTION_SHADE
from coprod_desktop.ui.wording import levels_text

_Index = QModelIndex | QPersistentModelIndex
ITEM_COLUMN = 0
HEADER_WRAP = 18


@dataclass(frozen=True, slots=True)
class _Section:
    """A row naming an area, e.g. "Knowledge"."""

    title: str
    description: str


_Row = _Section | Item


def cell_text(rating: Rating | None) -> str:
    """What a grid cell says: "2 → 4 (gap 2)", "split 2 → 4", "skipped" or nothing."""
    if rating is None:
        return ""
    if rating.status is RatingStatus.SKIPPED:
        return translate("RatingGrid", "skipped")
    text = levels_text(rating.current_level, rating.required_level)
    if rating.status is RatingStatus.SPLIT:
        text = translate("RatingGrid", "split {levels}").format(levels=text).strip()
    gap = rating.gap
    if gap is not None and gap >= 1:
        text = translate("RatingGrid", "{levels}  (gap {gap})").format(levels=text, gap=gap)
    return text


def cell_tooltip(rating: Rating | None, group: Group, item: Item, framework: Framework) -> str:
    """The cell in full sentences; facilitator-only private notes are left out."""
    lines = [f"{group.name} · {item.code}"]
    if rating is None:
        lines.append(translate("RatingGrid", "Not rated yet."))
        return "\n".join(lines)
    if rating.status is RatingStatus.SKIPPED:
        lines.append(translate("RatingGrid", "The group skipped this item."))
    else:
        if rating.status is RatingStatus.SPLIT:
            lines.append(translate("RatingGrid", "Split: the group did not agree."))
        now = _level(rating.current_level, framework)
        needs = _level(rating.required_level, framework)
        lines.append(translate("RatingGrid", "Now: {level}").format(level=now))
        lines.append(translate("RatingGrid", "Needs: {level}").format(level=needs))
        if rating.gap is not None:
            lines.append(translate("RatingGrid", "Gap: {gap}").format(gap=rating.gap))
    if rating.tally is not None and rating.tally.counts:
        votes = ", ".join(
            translate("RatingGrid", "level {level}: %n vote(s)", None, n).format(level=level)
            for level, n in rating.tally.counts.items()
        )
        lines.append(translate("RatingGrid", "Votes: {votes}").format(votes=votes))
    if rating.note:
        lines.append(translate("RatingGrid", "Note: {note}").format(note=rating.note))
    return "\n".join(textwrap.fill(line, 70) for line in lines)


def _level(level: int | None, framework: Framework) -> str:
    if level is None:
        return translate("RatingGrid", "not set")
    return f"{level} ({framework.scale.level(level).label})"


class RatingGridModel(QAbstractTableModel):
    """Read-only. Rows are area headings and the items in scope; columns are the groups."""

    def __init__(self, workshop: Workshop) -> None:
        super().__init__()
        self._workshop = workshop
        framework = workshop.framework
        in_scope = set(workshop.item_codes)
        rows: list[_Row] = []
        for area in Area:
            items = [i for i in framework.items_in(area) if i.code in in_scope]
            if items:
                text = framework.area_text(area)
                rows.append(_Section(text.title, text.description))
                rows.extend(items)
        self._rows = rows

    def is_section(self, row: int) -> bool:
        return isinstance(self._rows[row], _Section)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(self._workshop.groups)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if section == ITEM_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("RatingGrid", "Item")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return None
        group = self._workshop.groups[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return textwrap.fill(group.name, HEADER_WRAP)
        if role == Qt.ItemDataRole.ToolTipRole:
            people = (
                translate("RatingGrid", "%n person(s)", None, group.participant_count)
                if group.participant_count is not None
                else translate("RatingGrid", "people not set")
            )
            return f"{group.name} ({people})"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Section):
            return self._section_data(row, index.column(), role)
        if index.column() == ITEM_COLUMN:
            return self._item_data(row, role)
        group = self._workshop.groups[index.column() - 1]
        return self._cell_data(group.ratings.get(row.code), group, row, role)

    def _section_data(self, section: _Section, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == ITEM_COLUMN:
            return section.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return textwrap.fill(section.description, 70)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SECTION_SHADE))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, item: Item, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.code}   {item.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            framework = self._workshop.framework
            principle = framework.principle(item.principle)
            lines = [
                translate("RatingGrid", "Easy Read: {text}").format(text=item.easy_read)
                if item.easy_read
                else item.text,
                translate("RatingGrid", "Area: {area}").format(
                    area=framework.area_text(item.area).title
                ),
                translate("RatingGrid", "Principle {code}: {title}").format(
                    code=principle.code, title=principle.title
                ),
            ]
            return "\n".join(textwrap.fill(line, 70) for line in lines)
        return None

    def _cell_data(self, rating: Rating | None, group: Group, item: Item, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(rating)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(rating, group, item, self._workshop.framework)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            gap = rating.gap if rating is not None else None
            if gap is not None and gap >= 1:
                return QBrush(QColor(GAP_SHADE))
        return None
