"""The barrier log as rows for the CSV, XLSX and JSON exports: one row per barrier, under what
it holds back (the stages in order, then the principles), open ones first."""

from __future__ import annotations

from coprod_desktop.domain.barrier import by_heading
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.data_rows import Table

BARRIER_COLUMNS = (
    "number",
    "what",
    "tag",
    "stage",
    "principle",
    "principle_title",
    "owner",
    "next_step",
    "group_key",
    "group_name",
    "whole_partnership",
    "status",
)


def barriers_table(w: Workshop) -> Table:
    """The ``barriers`` table; ``number`` is the barrier's place in the log as logged (as the
    app numbers it). A barrier for the whole partnership names no group."""
    names = {g.key: g.name for g in w.groups}
    principles = [p.code for p in w.framework.principles]
    rows = tuple(
        (
            index + 1,
            b.what,
            b.tag.value,
            b.stage.value if b.stage else "",
            b.principle or "",
            w.framework.principle(b.principle).title if b.principle else "",
            b.owner,
            b.next_step,
            b.group_key or "",
            names[b.group_key] if b.group_key else "",
            b.group_key is None,
            b.status.value,
        )
        for _heading, found in by_heading(w.barriers, principles)
        for index, b in found
    )
    return Table("barriers", BARRIER_COLUMNS, rows)
