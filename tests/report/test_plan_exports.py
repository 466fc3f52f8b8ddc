"""The training plan in the exports: a ``plan`` sheet a real spreadsheet application reads
back, ``plan`` rows in the CSV and JSON, soonest first."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from coprod_desktop.domain.plan import by_date
from coprod_desktop.report.csv_xlsx import to_csv, to_xlsx
from coprod_desktop.report.data_rows import all_tables
from coprod_desktop.report.json_export import to_json
from coprod_desktop.report.plan_rows import PLAN_COLUMNS
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.test_data_exports import csv_sections


def read_back(xlsx: bytes, folder: Path) -> bytes:
    """``xlsx`` as LibreOffice reads and saves it again, when it is installed (else as
    written: openpyxl then reads it)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return xlsx
    source = folder / "in" / "results.xlsx"
    source.parent.mkdir()
    source.write_bytes(xlsx)
    out = folder / "out"
    subprocess.run(
        [office, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return (out / "results.xlsx").read_bytes()


def test_the_plan_sheet_reads_back_soonest_first(
    store: Store, demo_id: int, tmp_path: Path
) -> None:
    demo = WorkshopService(store).get(demo_id)
    book = load_workbook(io.BytesIO(read_back(to_xlsx(all_tables(demo)), tmp_path)))
    sheet = book["plan"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == list(PLAN_COLUMNS)
    expected = by_date(demo.plan)
    assert len(rows) == 1 + len(demo.plan) == 4
    names = {g.key: g.name for g in demo.groups}
    for row, (index, entry) in zip(rows[1:], expected, strict=True):
        record = dict(zip(PLAN_COLUMNS, row, strict=True))
        assert record["number"] == index + 1 and record["what"] == entry.what
        assert record["method"] == entry.method.value and record["status"] == entry.status.value
        assert record["lead"] == entry.lead
        assert str(record["due"] or "")[:10] == (entry.due.isoformat() if entry.due else "")
        assert record["group_names"] == "; ".join(names[k] for k in entry.group_keys)
    peer = next(
        dict(zip(PLAN_COLUMNS, r, strict=True))
        for r in rows[1:]
        if r[PLAN_COLUMNS.index("method")] == "peer_learning"
    )
    assert peer["learn_from_group"] == "Community and voluntary groups"
    assert rows[-1][PLAN_COLUMNS.index("due")] in (None, "")  # undated last


def test_plan_rows_in_csv_and_json(store: Store, demo_id: int) -> None:
    demo = WorkshopService(store).get(demo_id)
    sections = csv_sections(to_csv(all_tables(demo)))
    assert [r["what"] for r in sections["plan"]] == [e.what for _, e in by_date(demo.plan)]
    document = json.loads(to_json(demo))
    assert [r["number"] for r in document["plan"]] == [i + 1 for i, _ in by_date(demo.plan)]
    assert document["plan"][0]["due"] == by_date(demo.plan)[0][1].due.isoformat()  # type: ignore[union-attr]
