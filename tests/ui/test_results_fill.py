"""A results table refilled after one change: only the rows whose text changed are measured
again, unless the columns' widths changed, and every row still fits its wrapped text."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.ui.results.parts import fill, table

LONG = "We can read a simple budget and understand where the money goes, line by line. " * 2


def heights(shown: QTableWidget) -> list[int]:
    return [shown.rowHeight(r) for r in range(shown.rowCount())]


def fits(shown: QTableWidget) -> bool:
    """Whether the rows are as tall as a full measure of every row makes them."""
    before = heights(shown)
    shown.resizeRowsToContents()
    return heights(shown) == before


def test_rows_fit_their_text_after_each_refill(qtbot: QtBot) -> None:
    holder = QWidget()
    holder.resize(700, 900)
    shown = table("Strengths", ["Item", "Could help", "Could learn"])
    QVBoxLayout(holder).addWidget(shown)
    qtbot.addWidget(holder)
    holder.show()
    rows = [[f"K{n}  {LONG}", "Staff (4)", "Users (1 → 3)"] for n in range(1, 13)]
    fill(shown, rows)
    assert fits(shown)

    rows[3][2] = "Users (2 → 3)"  # one cell, same widths: only its row is measured again
    fill(shown, rows)
    assert fits(shown)

    # A longer helper widens its column and narrows the item column: every row wraps anew.
    rows[5][1] = "Community and voluntary groups of the whole borough (5)"
    fill(shown, rows)
    assert fits(shown)
    assert len(set(heights(shown))) == 1  # every item row grew, not just the changed one

    fill(shown, rows[:4])  # fewer rows
    assert shown.rowCount() == 4 and fits(shown)
