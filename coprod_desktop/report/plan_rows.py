"""The training plan as rows for the CSV, XLSX and JSON exports: one row per entry, by date."""

from __future__ import annotations

from coprod_desktop.domain.plan import by_date
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.data_rows import Table

PLAN_COLUMNS = (
    "number",
    "what",
    "item_code",
    "group_keys",
    "group_names",
    "all_groups",
    "method",
    "learn_from_group",
    "lead",
    "due",
    "status",
)


def plan_table(w: Workshop) -> Table:
    """The plan, soonest first; ``number`` is the entry's place in the plan as made (as the
    app numbers it). An entry for every group names no groups and has ``all_groups`` true."""
    names = {g.key: g.name for g in w.groups}
    rows = tuple(
        (
            index + 1,
            e.what,
            e.item_code or "",
            " ".join(e.group_keys),
            "; ".join(names[k] for k in e.group_keys),
            not e.group_keys,
            e.method.value,
            names[e.learn_from] if e.learn_from else "",
            e.lead,
            e.due.isoformat() if e.due else None,
            e.status.value,
        )
        for index, e in by_date(w.plan)
    )
    return Table("plan", PLAN_COLUMNS, rows)
