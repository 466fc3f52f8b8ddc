"""CSV, XLSX and JSON exports: every group × item, typed numbers, no formula injection, no
private notes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Action, Group, ParkingLotEntry, Workshop
from coprod_desktop.report.csv_xlsx import neutralise, to_csv, to_xlsx
from coprod_desktop.report.data_rows import RATING_COLUMNS, all_tables
from coprod_desktop.report.json_export import to_json
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store

ATTACKS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("http://x")']


@pytest.fixture
def demo(store: Store, demo_id: int) -> Workshop:
    return WorkshopService(store).get(demo_id)


def csv_sections(data: bytes) -> dict[str, list[dict[str, str]]]:
    assert data.startswith("\ufeff".encode())  # BOM, so Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sections: dict[str, list[dict[str, str]]] = {}
    header: list[str] = []
    for row in rows:
        if not row:
            header = []
        elif not header:
            header = row
        else:
            sections.setdefault(row[0], []).append(dict(zip(header, row, strict=True)))
    return sections


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\nx", "'\nx"),
        ("plain = fine", "plain = fine"),
        ("", ""),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_csv_has_every_group_item_stage_and_action(demo: Workshop) -> None:
    sections = csv_sections(to_csv(all_tables(demo)))
    ratings = sections["ratings"]
    assert len(ratings) == len(demo.groups) * len(demo.item_codes)
    assert list(ratings[0]) == ["record", *RATING_COLUMNS]
    g1 = demo.groups[0]
    s3 = next(r for r in ratings if r["group_key"] == g1.key and r["item_code"] == "S3")
    rating = g1.ratings["S3"]
    assert (s3["status"], s3["current_level"], s3["required_level"]) == ("split", "2", "4")
    assert (s3["gap"], s3["training_need"], s3["tally"]) == ("2", "yes", "1:2 2:4 3:3")
    assert (s3["tally_total"], s3["tally_median"]) == ("9", "2.0")
    assert s3["note"] == rating.note
    assert (s3["required_level_from"], s3["required_level_for_aim"]) == (
        rating.needed_from.value if rating.needed_from else "",
        rating.needed_for.value if rating.needed_for else "",
    )
    # The demo's groups have roles: their filled-in levels come from their roles' profiles.
    assert {r["required_level_role_profile"] for r in ratings if r["required_level_for_aim"]} == {
        "service_users", "community", "front_line", "managers",
    }  # fmt: skip
    sources = {r["required_level_from"] for r in ratings if r["required_level"]}
    assert sources == {"group", "framework"}  # the demo has both
    filled = [r for r in ratings if r["required_level_from"] == "framework"]
    assert all(r["required_level_for_aim"] for r in filled)
    unrated = [r for r in ratings if r["status"] == "not rated"]
    assert len(unrated) == demo.rating_slots - demo.ratings_recorded
    assert [s["group_name"] for s in sections["stage_placements"]] == [g.name for g in demo.groups]
    assert sections["stage_placements"][0]["placed_at"] == "active_involvement"
    assert [a["what"] for a in sections["actions"]] == [a.what for a in demo.actions]
    assert [p["text"] for p in sections["parking_lot"]] == [p.text for p in demo.parking_lot]


def test_no_export_carries_private_notes(demo: Workshop) -> None:
    private = [r.private_note for g in demo.groups for r in g.ratings.values() if r.private_note]
    assert private
    tables = all_tables(demo)
    csv_text = to_csv(tables).decode("utf-8-sig")
    json_text = to_json(demo).decode()
    book = load_workbook(io.BytesIO(to_xlsx(tables)))
    xlsx_text = "\n".join(
        str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
    )
    for note in private:
        for text in (csv_text, json_text, xlsx_text):
            assert note not in text
    assert "private" not in csv_text.splitlines()[0]


def injected(framework: Framework) -> Workshop:
    ratings = {
        "K1": Rating(item_code="K1", current_level=2, required_level=4, note=ATTACKS[0]),
        "K3": Rating(item_code="K3", current_level=1, note=ATTACKS[4]),
    }
    return Workshop(
        uid="w-x",
        title=ATTACKS[1],
        framework=framework,
        item_codes=("K1", "K3"),
        groups=(Group(key="g1", name=ATTACKS[3], ratings=ratings),),
        actions=(Action(what=ATTACKS[2], who="@who"),),
        parking_lot=(ParkingLotEntry(text="=cmd|' /C calc'!A0"),),
    )


def test_csv_neutralises_formula_text(default_framework: Framework) -> None:
    sections = csv_sections(to_csv(all_tables(injected(default_framework))))
    k1, k3 = sections["ratings"]
    assert k1["note"] == "'=1+1" and k3["note"] == "'" + ATTACKS[4]
    assert k1["workshop_title"] == "'+SUM(A1)" and k1["group_name"] == "'@cmd"
    assert k1["gap"] == "2"  # numbers are left alone
    assert sections["actions"][0]["what"] == "'-2+3" and sections["actions"][0]["who"] == "'@who"
    assert sections["parking_lot"][0]["text"].startswith("'=")


def test_xlsx_cells_are_typed_and_never_formulas(default_framework: Framework) -> None:
    book = load_workbook(io.BytesIO(to_xlsx(all_tables(injected(default_framework)))))
    assert book.sheetnames == [
        "ratings", "stage_placements", "actions", "parking_lot", "cross_ratings", "plan",
        "barriers",
    ]  # fmt: skip
    sheet = book["ratings"]
    header = [c.value for c in sheet[1]]
    assert header == list(RATING_COLUMNS)
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["current_level"].value == 2 and row["current_level"].data_type == "n"
    assert row["gap"].value == 2
    assert row["training_need"].value is True
    assert row["note"].value == "'=1+1" and row["note"].data_type == "s"
    assert row["group_name"].value == "'@cmd"
    for ws in book.worksheets:
        for cells in ws.iter_rows():
            for cell in cells:
                assert cell.data_type != "f"


def test_xlsx_from_demo_has_a_row_per_group_and_item(demo: Workshop) -> None:
    book = load_workbook(io.BytesIO(to_xlsx(all_tables(demo))))
    assert book["ratings"].max_row == 1 + len(demo.groups) * len(demo.item_codes)
    assert book["actions"].max_row == 1 + len(demo.actions)


def test_json_is_plain_records(demo: Workshop) -> None:
    doc = json.loads(to_json(demo))
    assert doc["format"] == "coprod-results" and doc["workshop"]["title"] == demo.title
    assert len(doc["ratings"]) == len(demo.groups) * len(demo.item_codes)
    first = doc["ratings"][0]
    assert set(first) == set(RATING_COLUMNS)
    assert isinstance(first["current_level"], int)
    assert [s["group_key"] for s in doc["stage_placements"]] == [g.key for g in demo.groups]
    assert len(doc["actions"]) == len(demo.actions)
