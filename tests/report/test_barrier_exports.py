"""The barrier log in the exports: a ``barriers`` sheet a real spreadsheet application reads
back, ``barriers`` rows in the CSV and JSON, under what each barrier holds back."""

from __future__ import annotations

import io
import json
from pathlib import Path

from openpyxl import load_workbook

from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.report.barrier_rows import BARRIER_COLUMNS
from coprod_desktop.report.csv_xlsx import to_csv, to_xlsx
from coprod_desktop.report.data_rows import all_tables
from coprod_desktop.report.json_export import to_json
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.test_data_exports import csv_sections
from tests.report.test_plan_exports import read_back

LOGGED = (
    Barrier("=SUM(A1) staff cannot be paid", BarrierTag.PEOPLE),
    Barrier("Risk rules", BarrierTag.POLICY, principle="P3", owner="Head of service",
            next_step="Review the policy", group_key="g2"),
    Barrier("No budget line", BarrierTag.RESOURCES, stage=Stage.CO_DELIVERY,
            status=BarrierStatus.DEALT_WITH),
)  # fmt: skip


def _workshop_with_barriers(store: Store, demo_id: int) -> int:
    live = LiveSession(store, demo_id)
    while live.workshop.barriers:  # the demo's own, if any: this test's log alone
        live.remove_barrier(0)
    for barrier in LOGGED:
        live.add_barrier(barrier)
    return demo_id


def test_the_barriers_sheet_reads_back(store: Store, demo_id: int, tmp_path: Path) -> None:
    w = WorkshopService(store).get(_workshop_with_barriers(store, demo_id))
    book = load_workbook(io.BytesIO(read_back(to_xlsx(all_tables(w)), tmp_path)))
    rows = [[c.value for c in row] for row in book["barriers"].iter_rows()]
    assert rows[0] == list(BARRIER_COLUMNS)
    records = [dict(zip(BARRIER_COLUMNS, r, strict=True)) for r in rows[1:]]
    # Under what each holds back: the stage first, then the principle, then neither.
    assert [r["number"] for r in records] == [3, 2, 1]
    assert records[0]["stage"] == "co_delivery" and records[0]["status"] == "dealt_with"
    policy = records[1]
    assert policy["principle"] == "P3" and policy["group_name"] == w.group("g2").name
    assert policy["principle_title"] == w.framework.principle("P3").title
    assert policy["owner"] == "Head of service" and policy["next_step"] == "Review the policy"
    assert policy["whole_partnership"] in (False, 0, "=FALSE()")  # as LibreOffice saves it
    assert records[2]["what"] == "'=SUM(A1) staff cannot be paid"  # neutralised: text


def test_barrier_rows_in_csv_and_json(store: Store, demo_id: int) -> None:
    w = WorkshopService(store).get(_workshop_with_barriers(store, demo_id))
    sections = csv_sections(to_csv(all_tables(w)))
    assert [r["tag"] for r in sections["barriers"]] == ["resources", "policy", "people"]
    document = json.loads(to_json(w))
    assert [r["number"] for r in document["barriers"]] == [3, 2, 1]
    assert document["barriers"][2]["whole_partnership"] is True
