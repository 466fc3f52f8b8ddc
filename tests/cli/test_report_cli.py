"""report, blank-form and export-data as real processes: files written, one-line errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run
from tests.report.helpers import pdf_text, reader


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run("demo", data=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    return folder


def test_report_a4_and_letter(data: Path, tmp_path: Path) -> None:
    a4 = tmp_path / "report.pdf"
    result = run("report", "1", "-o", str(a4), data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {a4}"
    assert "Top training needs" in pdf_text(a4.read_bytes())
    letter = tmp_path / "letter.pdf"
    assert run("report", "1", "-o", str(letter), "--paper", "letter", data=data).returncode == 0
    assert round(float(reader(letter.read_bytes()).pages[0].mediabox.height)) == 792


def test_blank_form(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    result = run("blank-form", "1", "-o", str(out), data=data)
    assert result.returncode == 0, result.stderr
    assert "Assessment form: Front-line staff" in pdf_text(out.read_bytes())


def test_export_data_by_suffix(data: Path, tmp_path: Path) -> None:
    for name in ("results.csv", "results.xlsx", "results.json"):
        result = run("export-data", "1", "-o", str(tmp_path / name), data=data)
        assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO((tmp_path / "results.csv").read_text("utf-8-sig"))))
    assert rows[0][:3] == ["record", "workshop_uid", "workshop_title"]
    assert json.loads((tmp_path / "results.json").read_text())["format"] == "coprod-results"
    assert (tmp_path / "results.xlsx").read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("report", "999", "-o", "x.pdf"), "no workshop with id 999"),
        (("blank-form", "999", "-o", "x.pdf"), "no workshop with id 999"),
        (("export-data", "1", "-o", "x.txt"), "name the file .csv, .xlsx, .json"),
        (("report", "1", "-o", "/no/such/folder/x.pdf"), "a file cannot be written here"),
    ],
)
def test_bad_input_gives_one_line(data: Path, args: tuple[str, ...], needle: str) -> None:
    assert_one_line_error(run(*args, data=data), needle)


def test_bad_paper_is_a_usage_error(data: Path) -> None:
    result = run("report", "1", "-o", "x.pdf", "--paper", "a3", data=data)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_help_lists_the_new_commands() -> None:
    helptext = run("--help").stdout
    for command in ("report", "blank-form", "export-data"):
        assert command in helptext


def test_participants_sheet(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = run("participants-sheet", "1", "-o", str(out), "--paper", "letter", data=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 4  # the demo's four groups, a page each
    assert "What you told us" in pdf_text(out.read_bytes())
    again = run("participants-sheet", "1", "-o", str(out), data=data)
    assert_one_line_error(again, "exists")  # never replaced without --force
