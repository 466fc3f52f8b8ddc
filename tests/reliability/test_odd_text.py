"""Markup, formulas, control characters, right-to-left text, emoji and 10,000-character notes
in every field: captured, stored, moved in a workshop file, printed and exported exactly as
typed; nothing executed, nothing crashes. What the report cannot draw is pinned down here."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, cast

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.domain.text import long_text, short_text
from coprod_desktop.report.csv_xlsx import FORMULA_STARTS
from coprod_desktop.report.formats import Export, Source, format_for
from coprod_desktop.services.exchange import WorkshopExchange
from coprod_desktop.services.exports import build_report
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.reliability.odd_text import (
    ODD,
    PRIVATE_MARK,
    Typed,
    assert_stored_exactly,
    create_odd_workshop,
)
from tests.worded import raises_worded, worded

CASES = list(ODD)


def printable_values(typed: Typed) -> list[str]:
    """Everything typed that the report and the exports must show (not the private note)."""
    return [*typed.short_fields.values(), *typed.group_names, *typed.notes.values()]


# -- the text rules -------------------------------------------------------------------------


def test_ten_thousand_character_notes_pass_and_twenty_thousand_and_one_are_refused() -> None:
    assert long_text("n" * 10_000, "note") == "n" * 10_000
    assert long_text("n" * 20_000, "note") == "n" * 20_000
    with pytest.raises(ValidationError) as info:
        long_text("n" * 20_001, "note")
    assert worded(info.value) == "Note: this is 20,001 characters long; the limit is 20,000."
    with raises_worded(
        ValidationError, match="Title: this is 301 characters long; the limit is 300"
    ):
        short_text("t" * 301, "title")


@pytest.mark.parametrize("code", [*range(0x20), 0xD800, 0xDFFF])
def test_control_characters_and_half_pairs_are_refused_with_their_code(code: int) -> None:
    text = f"a{chr(code)}b"
    if code == 0x0D:  # a lone CR is a line break: kept as LF in notes, refused in a title
        assert long_text(text, "note") == "a\nb"
        with raises_worded(ValidationError, match=r"Title: this contains .*U\+000A"):
            short_text(text, "title")
        return
    if chr(code) in "\n\t":
        assert long_text(text, "note") == text  # allowed in notes, not in one-line fields
    else:
        with raises_worded(ValidationError, match=f"Note: this contains .*U\\+{code:04X}"):
            long_text(text, "note")
    with raises_worded(ValidationError, match=f"Title: this contains .*U\\+{code:04X}"):
        short_text(text, "title")


def test_a_refused_note_in_the_live_session_changes_nothing(store: Store) -> None:
    workshop_id, _ = create_odd_workshop(store, ODD["markup"])
    live = LiveSession(store, workshop_id)
    before, _ = live.load()
    with raises_worded(ValidationError, match="contains the control character U\\+0000"):
        Rating(item_code="K1", status=RatingStatus.AGREED, current_level=3, note="nul\x00")
    problem = live.set_note("nul\x00").problem
    assert isinstance(problem, ValidationError) and "U+0000" in worded(problem)
    problem = live.add_action("x" * 20_001).problem
    assert isinstance(problem, ValidationError) and "is 20,001 characters long" in worded(problem)
    live.close()
    assert WorkshopService(store).get(workshop_id) == before


# -- capture, store and workshop files ------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_every_field_is_stored_and_moves_in_a_workshop_file_exactly_as_typed(
    store: Store, tmp_path: Path, case: str
) -> None:
    from coprod_desktop.services.data_folder import open_data_folder

    workshop_id, typed = create_odd_workshop(store, ODD[case])
    workshop = WorkshopService(store).get(workshop_id)
    assert_stored_exactly(workshop, typed)
    path = tmp_path / "odd.coprod"
    WorkshopExchange(store).export_file(workshop_id, path)
    with open_data_folder(tmp_path / "other-laptop") as other:
        imported = WorkshopService(other.store).get(WorkshopExchange(other.store).import_file(path))
    assert imported == workshop


# -- the report -----------------------------------------------------------------------------


def _font_has() -> set[int]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from coprod_desktop.report.fonts import REGULAR, register_fonts

    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font, TTFont)
    return set(font.face.charToGlyph)


def as_printed(text: str, drawable: set[int]) -> str:
    """What the PDF's text layer holds for ``text``: a character DejaVu Sans cannot draw
    (emoji, DEL, U+FFFE, joiners aside) is drawn as the empty "missing glyph" box, which
    reads back as U+0000; runs of spaces print as one, line breaks (and U+2028, U+0085) as
    breaks, and a zero-width space (U+200B) as a place to break the line."""
    return "".join(
        " " if c == "\u200b" else c if ord(c) in drawable or c.isspace() else "\x00" for c in text
    )


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_printed(pdf_text: str, value: str, drawable: set[int]) -> None:
    """``value`` appears in the report, word by word in order (lines wrap and pages break
    anywhere, so whitespace is ignored). Right-to-left words print in visual order, so for
    text with them every character is counted instead."""
    expected = as_printed(value, drawable)
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in value):
        missing = Counter(_squeeze(expected)) - Counter(_squeeze(pdf_text))
        missing.pop("\u202e", None)  # the override is not drawn: it cannot reverse anything
        assert not missing, f"not printed: {missing}"
        return
    flat = _squeeze(pdf_text)
    position = 0
    for word in expected.split():
        found = flat.find(_squeeze(word), position)
        assert found >= 0, f"{word!r} of {value[:60]!r}… is not in the report"
        position = found + len(_squeeze(word))


@pytest.fixture(scope="module")
def drawable() -> set[int]:
    return _font_has()


@pytest.mark.parametrize("case", CASES)
def test_the_report_prints_every_field_as_typed_and_never_the_private_note(
    store: Store, case: str, drawable: set[int]
) -> None:
    workshop_id, typed = create_odd_workshop(store, ODD[case])
    pdf = build_report(WorkshopService(store).get(workshop_id))
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for value in printable_values(typed):
        assert_printed(text, value, drawable)
    assert PRIVATE_MARK not in text
    # Markup was printed, not obeyed: no image was embedded, no link or action added.
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert all(xobjects[name].get("/Subtype") != "/Image" for name in xobjects)
        assert "/Annots" not in page or all(
            a.get_object().get("/Subtype") == "/Link"
            and "/URI" not in (a.get_object().get("/A") or {})
            for a in cast("list[Any]", page["/Annots"])
        )


def test_what_the_report_cannot_draw_is_known(drawable: set[int]) -> None:
    """DejaVu Sans has Latin, Greek, Cyrillic, Hebrew and Arabic, but no emoji and no CJK:
    those print as empty boxes. Everything else in the catalogue is drawn."""
    assert {ord(c) for c in "ŵŷŁódźΕλλάδαМоскваשלוםمرحبا"} <= drawable
    assert ord("👍") not in drawable and ord("王") not in drawable
    assert ord("\x7f") not in drawable


# -- the data exports -----------------------------------------------------------------------


def neutralised(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("case", CASES)
def test_csv_neutralises_formulas_and_is_otherwise_exact(store: Store, case: str) -> None:
    workshop_id, typed = create_odd_workshop(store, ODD[case])
    data = format_for(Export.DATA, ".csv").write(Source(WorkshopService(store).get(workshop_id)))
    assert data.startswith(b"\xef\xbb\xbf")
    cells = [
        c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")) for c in row
    ]
    for cell in cells:
        assert not cell.startswith(FORMULA_STARTS) or _is_number(cell), cell[:80]
    for value in printable_values(typed):
        if value in typed.short_fields.values() and value == typed.short_fields["venue"]:
            continue  # venue and locality are in the JSON export only
        if value in (typed.short_fields["locality"], typed.short_fields["facilitator"]):
            continue
        assert neutralised(value.replace("\r\n", "\n")) in cells, value[:60]
    assert PRIVATE_MARK not in data.decode("utf-8-sig")


@pytest.mark.parametrize("case", CASES)
def test_xlsx_cells_are_text_never_formulas_and_exact(store: Store, case: str) -> None:
    workshop_id, typed = create_odd_workshop(store, ODD[case])
    book = load_workbook(
        io.BytesIO(
            format_for(Export.DATA, ".xlsx").write(Source(WorkshopService(store).get(workshop_id)))
        )
    )
    values = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_STARTS), cell.value[:80]
                    values.append(cell.value)
    for value in (typed.short_fields["title"], *typed.group_names, *typed.notes.values()):
        expected = neutralised(value.replace("\r\n", "\n")).replace("\ufffe", "\ufffd")
        assert expected in values, value[:60]
    assert not any(PRIVATE_MARK in v for v in values)


def test_xlsx_replaces_characters_xml_cannot_carry_so_excel_can_open_it(store: Store) -> None:
    """Found here: U+FFFE typed in a note made an XLSX that no reader could open."""
    from coprod_desktop.report.csv_xlsx import to_xlsx
    from coprod_desktop.report.data_rows import Table

    data = to_xlsx([Table("t", ("text",), (("a\ufffeb\uffffc",),))])
    assert load_workbook(io.BytesIO(data))["t"]["A2"].value == "a\ufffdb\ufffdc"


@pytest.mark.parametrize("case", CASES)
def test_json_export_is_exact_and_has_no_private_notes(store: Store, case: str) -> None:
    workshop_id, typed = create_odd_workshop(store, ODD[case])
    data = format_for(Export.DATA, ".json").write(Source(WorkshopService(store).get(workshop_id)))
    document = json.loads(data)
    facts = document["workshop"]
    for key in ("title", "organisation", "locality", "venue", "facilitator"):
        assert facts[key] == typed.short_fields[key]
    texts = {v for table in ("ratings", "stage_placements", "actions", "parking_lot")
             for record in document[table] for v in record.values() if isinstance(v, str)}  # fmt: skip
    for value in (*typed.group_names, *typed.notes.values(), typed.short_fields["action_who"]):
        assert value.replace("\r\n", "\n") in texts, value[:60]
    assert PRIVATE_MARK not in data.decode("utf-8")


def test_the_longest_notes_allowed_print_across_pages(store: Store, drawable: set[int]) -> None:
    """Found here: a note of thousands of characters in a table cell made a row taller than a
    page, and reportlab gave up (LayoutError): no report at all. Such rows now split."""
    longest = " ".join(f"word{n}" for n in range(4000))[:19_970]
    workshop_id, typed = create_odd_workshop(store, longest)
    pdf = build_report(WorkshopService(store).get(workshop_id))
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for value in typed.notes.values():
        assert_printed(text, value, drawable)  # every word, in order, to the end
    assert len(reader.pages) > 20
