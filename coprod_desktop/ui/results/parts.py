"""The results window's parts: the stage card, read-only tables and labels that a keyboard
and a screen reader can reach, and a saved workshop standing in for a live session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from coprod_desktop.domain.analysis import TrainingNeed
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.results import GroupResults
from coprod_desktop.domain.room_results import stage_row
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.ui.i18n import current_language, translate
from coprod_desktop.ui.messages import plain_tooltip
from coprod_desktop.ui.results import words
from coprod_desktop.ui.room_for_focus import CELL_PADDING, RoomForFocus
from coprod_desktop.ui.style_roles import set_role


class StageCard(QFrame):
    """Where the group placed itself, beside the stage its ratings indicate."""

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "card")
        grid = QGridLayout(self)
        self.placed = QLabel()
        self.indicative = QLabel()
        self.aim = QLabel()
        self.agreement = QLabel()
        self.next_stage = QLabel()
        self.tolerated = QLabel()
        self.rests_on = QLabel()
        for row, (caption, label) in enumerate(
            (
                (translate("Results", "Placed itself at:"), self.placed),
                (translate("Results", "Ratings indicate:"), self.indicative),
                (translate("Results", "Aims for:"), self.aim),
            )
        ):
            grid.addWidget(QLabel(caption), row, 0)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, row, 1)
        for row, label in enumerate(
            (self.agreement, self.next_stage, self.tolerated, self.rests_on), start=3
        ):
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 2)
        set_role(self.rests_on, "muted")
        self._titles: dict[Stage, str] = {}

    def show_stage(self, w: Workshop, group: GroupResults) -> None:
        self._titles = {s.stage: s.title for s in w.framework.stages}
        row = stage_row(w, group.stage)
        self.placed.setText(words.placed_text(row))
        self.indicative.setText(words.indicative_text(row))
        self.aim.setText(row.aim or translate("Results", "not chosen"))
        self.agreement.setText(words.agreement_text(row))
        self.agreement.setVisible(bool(self.agreement.text()))
        self.next_stage.setText(words.next_stage_text(row))
        self.tolerated.setText(words.tolerated_text(row))
        self.tolerated.setVisible(bool(self.tolerated.text()))
        self.rests_on.setText(words.rests_on_text(row))

    def stage_title(self, stage: Stage | None) -> str:
        return (
            translate("Results", "not yet")
            if stage is None
            else self._titles.get(stage, stage.value)
        )


def label(text: str, role: str) -> QLabel:
    """Plain, wrapped text in a style role."""
    shown = QLabel(text)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    set_role(shown, role)
    return shown


def table(name: str, headers: Sequence[str], *, wraps: Sequence[int] = (0,),
          scrolls: bool = False) -> QTableWidget:  # fmt: skip
    """A read-only table called ``name``. Tab reaches it and the arrows walk its cells, so a
    screen reader can read each one (a click leaves the focus where it was).

    The columns ``wraps`` share the width left and wrap their words; the others fit their
    contents.
    The table is as tall as its rows (its window scrolls), or with ``scrolls`` it scrolls
    itself, in a window that must stay on the screen however many rows it has."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    # The first column (an item's words, a group's name) wraps: on a 1024-pixel laptop one
    # line showed 20 characters of a need. The rows grow to fit as the columns change.
    table.setWordWrap(True)
    # Words wrap inside the cell's padding (measured without it, a row was a line short).
    table.setItemDelegate(RoomForFocus(table, padding=CELL_PADDING))
    table.setVerticalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    fit_columns(table, wraps)
    table.installEventFilter(_RowFitter(table, scrolls=scrolls))
    return table


def fit_columns(table: QTableWidget, wraps: Sequence[int] = (0,)) -> None:
    """The columns ``wraps`` share the width left, the others fit their contents (call it
    again after adding columns)."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column in wraps
            else QHeaderView.ResizeMode.ResizeToContents,
        )


def keep_rows_fitted(table: QTableView) -> None:
    """Fit ``table``'s rows to their wrapped words again whenever its width changes (the
    table scrolls itself)."""
    table.installEventFilter(_RowFitter(table, scrolls=True))


class _RowFitter(QObject):
    """Fits a table's rows to its wrapped text again once its width changed."""

    def __init__(self, table: QTableView, *, scrolls: bool) -> None:
        super().__init__(table)
        self._table = table
        self._width = -1
        self._scrolls = scrolls

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and self._table.width() != self._width:
            self._width = self._table.width()
            QTimer.singleShot(0, self, lambda: _fit_height(self._table, scrolls=self._scrolls))
        return False


def _fit_height(
    table: QTableView, *, scrolls: bool = False, rows: Sequence[int] | None = None
) -> None:
    """Rows as tall as their wrapped text, the table as tall as its rows (the window
    scrolls, not the table), unless it ``scrolls`` itself. ``rows``: only these rows' text
    changed (measuring every row's wrapped text again is most of a large table's refresh)."""
    if rows is None:
        table.resizeRowsToContents()
    else:
        for row in rows:
            table.resizeRowToContents(row)
    if scrolls:
        return
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    table.setFixedHeight(height + 2)


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], *,
          centred: Sequence[int] = ()) -> None:  # fmt: skip
    """Put ``rows`` in ``table`` and make it tall enough to show them all."""
    # Columns that fit their contents would be measured again after every cell: fix them
    # while filling, then let them fit once.
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(header.count())]
    widths = [header.sectionSize(c) for c in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setRowCount(len(rows))
    changed: list[int] = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.item(r, c)
            if cell is not None and cell.text() == text:
                continue  # a refresh after one saved rating changes a few cells, not all
            if cell is None:
                cell = QTableWidgetItem()
                if c in centred:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, cell)
            cell.setText(text)
            cell.setToolTip(plain_tooltip(text))  # group names are typed by people
            if not changed or changed[-1] != r:
                changed.append(r)
    for c, mode in enumerate(modes):
        header.setSectionResizeMode(c, mode)
    scrolls = table.verticalScrollBarPolicy() is not Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # Other widths wrap every row's text anew; the same widths only the rows that changed.
    same_widths = widths == [header.sectionSize(c) for c in range(header.count())]
    _fit_height(table, scrolls=scrolls, rows=changed if same_widths else None)


E = TypeVar("E")


class RowWords(Generic[E]):
    """Each entry's row of words, remembered by the entry itself (the very object, which the
    analysis keeps for what a change left alone) while the ``basis`` the words come from (the
    language, the framework itself, the group names) stays equal: after one saved rating the
    strengths and the needs tables word a few entries, not every one."""

    def __init__(self) -> None:
        self._basis: object = None
        self._rows: dict[int, tuple[E, list[str]]] = {}

    def rows(self, entries: Sequence[E], basis: object,
             words: Callable[[E], list[str]]) -> list[list[str]]:  # fmt: skip
        if basis != self._basis:
            self._basis, self._rows = basis, {}
        kept, self._rows = self._rows, {}
        shown = []
        for entry in entries:
            found = kept.get(id(entry))
            row = found[1] if found is not None and found[0] is entry else words(entry)
            self._rows[id(entry)] = (entry, row)
            shown.append(row)
        return shown


class SavedResults(QObject):
    """A saved workshop's results, for reading from the workshop list: no live session, so
    nothing changes and nothing goes to a projector."""

    changed = Signal(object)  # never emitted: the workshop is as it was saved

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.group = workshop.groups[0]


def show_needs(heading_label: QLabel, needs_table: QTableWidget, note: QLabel,
               w: Workshop, group: GroupResults, *,
               words_of: RowWords[TrainingNeed] | None = None) -> None:  # fmt: skip
    """The group's needs in priority order, or why there are none; filled-in levels marked
    (``words_of`` remembers the rows' words from one call to the next)."""
    needs = group.needs
    if needs:
        heading = translate("Results", "Training needs of {group}: {count}, highest priority first")
    elif group.needed_missing:
        heading = translate("Results", "Training needs of {group}: not worked out yet")
    else:
        heading = translate("Results", "Training needs of {group}: none yet (no gap of 1 or more)")
    heading_label.setText(heading.format(group=group.group.name, count=len(needs)))
    notes = [words.missing_text(group.needed_missing)]
    if any(n.filled_in for n in needs):
        notes.append(words.filled_legend())
    note.setText("\n".join(n for n in notes if n))
    note.setVisible(bool(note.text()))

    def row(n: TrainingNeed) -> list[str]:
        return [
            f"{n.item_code}  {w.framework.item(n.item_code).text}",
            words.levels_text(n.current, n.required, n.filled_in),
            f"+{n.gap}",
            words.shared_text(n.shared_by),
            words.certainty_text(n.uncertain),
        ]

    words_of = words_of or RowWords()
    rows = words_of.rows(needs, (current_language(), w.framework), row)
    fill(needs_table, rows, centred=(1, 2))
