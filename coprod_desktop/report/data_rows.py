"""The workshop's results as plain rows: one per group × item, plus stages, actions, parking lot.

Shared by the CSV, XLSX and JSON exports. Private notes are never part of these rows: exports
are made to be passed on, and the facilitator's own full copy is the .coprod workshop file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coprod_desktop.domain.analysis import gap, items_in_scope
from coprod_desktop.domain.indicative_stage import stage_reading
from coprod_desktop.domain.rating import RatingStatus
from coprod_desktop.domain.workshop import Workshop

Value = str | int | float | bool | None

NOT_RATED = "not rated"


@dataclass(frozen=True, slots=True)
class Table:
    """A named table: column names and rows of plain values (numbers stay numbers)."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def records(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


RATING_COLUMNS = (
    "workshop_uid",
    "workshop_title",
    "group_key",
    "group_name",
    "participants",
    "item_code",
    "area",
    "principle",
    "item_text",
    "status",
    "current_level",
    "required_level",
    "required_level_from",
    "required_level_for_aim",
    "required_level_role_profile",
    "gap",
    "training_need",
    "tally",
    "tally_total",
    "tally_median",
    "tally_lowest",
    "tally_highest",
    "note",
)


def ratings_table(w: Workshop) -> Table:
    """One row per group × item in scope; an item not yet rated has status "not rated"."""
    rows = []
    for group in w.groups:
        for item in items_in_scope(w):
            r = group.ratings.get(item.code)
            g = gap(r) if r is not None else None
            tally = r.tally if r is not None else None
            rows.append(
                (
                    w.uid,
                    w.title,
                    group.key,
                    group.name,
                    group.participant_count,
                    item.code,
                    item.area.value,
                    item.principle,
                    item.text,
                    r.status.value if r is not None else NOT_RATED,
                    r.current_level
                    if r is not None and r.status is not RatingStatus.SKIPPED
                    else None,
                    r.required_level if r is not None else None,
                    # "group", "framework", or "" when there is no level or it was not recorded
                    r.needed_from.value if r is not None and r.needed_from else "",
                    r.needed_for.value if r is not None and r.needed_for else "",
                    # the role whose profile filled it in; "" for the profile every role shares
                    r.needed_role.value if r is not None and r.needed_role else "",
                    g,
                    g is not None and g >= 1,
                    " ".join(f"{lv}:{n}" for lv, n in tally.counts.items()) if tally else "",
                    tally.total if tally else None,
                    tally.median if tally else None,
                    tally.lowest if tally else None,
                    tally.highest if tally else None,
                    r.note if r is not None else "",
                )
            )
    return Table("ratings", RATING_COLUMNS, tuple(rows))


def stages_table(w: Workshop) -> Table:
    rows = []
    for group in w.groups:
        reading = stage_reading(w, group)
        rows.append(
            (
                group.key,
                group.name,
                group.placement.current.value if group.placement.current else None,
                group.placement.aim.value if group.placement.aim else None,
                reading.indicative.value if reading.indicative else None,
                reading.counted,
                reading.next_stage.value if reading.next_stage else None,
                len(reading.to_close),
                group.placement.note,
            )
        )
    columns = (
        "group_key",
        "group_name",
        "placed_at",
        "aims_for",
        "indicative_stage",
        "items_counted",
        "next_stage",
        "items_to_close_for_next_stage",
        "placement_note",
    )
    return Table("stage_placements", columns, tuple(rows))


def actions_table(w: Workshop) -> Table:
    names = {g.key: g.name for g in w.groups}
    rows = tuple(
        (
            n,
            a.what,
            a.who,
            a.due.isoformat() if a.due else None,
            a.group_key,
            names.get(a.group_key, "") if a.group_key else "",
            a.done,
            a.item_code or "",
            a.plan_entry + 1 if a.plan_entry is not None else None,
        )
        for n, a in enumerate(w.actions, start=1)
    )
    # item_code: the item it is about; plan_entry: the plan entry it is about, by the plan
    # table's number.
    columns = ("number", "what", "who", "due", "group_key", "group_name", "done", "item_code",
               "plan_entry")  # fmt: skip
    return Table("actions", columns, rows)


def parking_lot_table(w: Workshop) -> Table:
    names = {g.key: g.name for g in w.groups}
    rows = tuple(
        (n, e.text, e.group_key, names.get(e.group_key, "") if e.group_key else "")
        for n, e in enumerate(w.parking_lot, start=1)
    )
    return Table("parking_lot", ("number", "text", "group_key", "group_name"), rows)


def all_tables(w: Workshop) -> Sequence[Table]:
    """Every table of the export, in order."""
    from coprod_desktop.report.barrier_rows import barriers_table  # imports Table
    from coprod_desktop.report.cross_rating_rows import cross_ratings_table  # imports Table
    from coprod_desktop.report.plan_rows import plan_table  # imports Table too

    return (
        ratings_table(w),
        stages_table(w),
        actions_table(w),
        parking_lot_table(w),
        cross_ratings_table(w),
        plan_table(w),
        barriers_table(w),
    )
