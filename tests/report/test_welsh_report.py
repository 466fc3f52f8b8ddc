"""A Welsh workshop's report is in Welsh, with ŵ and ŷ printed as typed."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
from pathlib import Path

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating, RatingStatus
from coprod_desktop.report.formats import Export, Source, format_for
from coprod_desktop.report.kit import long_date_in, say
from coprod_desktop.services.exports import ExportService, build_report
from coprod_desktop.services.session import LiveSession
from coprod_desktop.services.workshops import GroupDraft, WorkshopDraft, WorkshopService
from coprod_desktop.storage.database import Store
from coprod_desktop.wording.catalogue import entries
from tests.report.helpers import page_texts, pdf_text

REPORT = Path(__file__).resolve().parents[2] / "coprod_desktop" / "report"


def welsh_workshop(store: Store) -> int:
    wid = WorkshopService(store).create(
        WorkshopDraft(
            title="Tŷ Cymunedol: parodrwydd",
            groups=[GroupDraft("Grŵp y tenantiaid", 6), GroupDraft("Staff", 4)],
            item_codes=["K1", "K2", "H1", "S1", "A1"],
            framework_key="readiness-default-cy",
        )
    )
    live = LiveSession(store, wid)
    live.record(
        "g1",
        "K1",
        Rating(item_code="K1", status=RatingStatus.AGREED, current_level=1, required_level=3),
    )
    return wid


def test_welsh_workshop_report_has_welsh_headings_and_letters(store: Store) -> None:
    workshop, baseline = ExportService(store).load(welsh_workshop(store))
    text = pdf_text(build_report(workshop, baseline))
    for heading in (
        "Parodrwydd i gyd-gynhyrchu: canlyniadau ac anghenion hyfforddi",
        "Crynodeb",
        "Grŵp: Grŵp y tenantiaid",
        "Prif anghenion hyfforddi",
        "Ar draws grwpiau",
        "Camau gweithredu a maes parcio",
        "Atodiad",
        "Nodyn ar y dull",
        "Cyfranogiad Gweithredol",
        "Rydym yn gwybod beth yw ystyr cyd-gynhyrchu",
        "Lefel nawr:",  # inside the heat map (charts print the words they are given)
        "gwahaniaeth rhwng grwpiau",
    ):
        assert heading in text, heading
    assert "Tŷ Cymunedol: parodrwydd" in text
    for english in ("Summary", "Top training needs", "Appendix", "Page 2 of",
                    "Level now:", "difference between groups:"):  # fmt: skip
        assert english not in text, english
    assert "Tudalen 2 o" in page_texts(build_report(workshop, baseline))[1]


def test_each_report_dates_its_workshop_in_the_workshops_language(
    store: Store, default_framework: Framework
) -> None:
    """One language per audience: the report reads like its workshop, whatever the console."""
    welsh, _ = ExportService(store).load(welsh_workshop(store))
    welsh = dataclasses.replace(welsh, held_on=dt.date(2026, 11, 12))
    english = dataclasses.replace(welsh, framework=default_framework, title="Community")
    welsh_text = pdf_text(build_report(welsh, None))
    english_text = pdf_text(build_report(english, None))
    assert "12 Tachwedd 2026" in welsh_text and "November" not in welsh_text
    assert "12 November 2026" in english_text and "Tachwedd" not in english_text


def test_welsh_blank_form_is_in_welsh(store: Store) -> None:
    workshop, _ = ExportService(store).load(welsh_workshop(store))
    text = pdf_text(format_for(Export.BLANK_FORM, ".pdf").write(Source(workshop)))
    assert "Ffurflen asesu: Grŵp y tenantiaid (6 o gyfranogwyr)" in text
    assert "Ble rydym ni nawr" in text


def test_every_report_phrase_has_a_welsh_entry() -> None:
    """Each ``kit.say("…")`` / ``say("…", …)`` text in report/ is in the Welsh catalogue, in
    the context ``Report`` that ``python3 dev.py translations`` extracts it into."""
    welsh = entries("cy")
    missing = []
    for path in REPORT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute | ast.Name)
                and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) == "say"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and ("Report", node.args[0].value) not in welsh
            ):
                missing.append((path.name, node.args[0].value))
    assert missing == []


def test_words_fall_back_to_english_and_write_welsh_dates() -> None:
    import datetime as dt

    assert say("Summary", "cy_GB") == "Crynodeb"
    assert say("Summary", "en") == "Summary"
    assert say("Summary", "fr") == "Summary"
    assert long_date_in(dt.date(2026, 11, 12), "cy") == "12 Tachwedd 2026"
    assert long_date_in(dt.date(2026, 11, 12), "en") == "12 November 2026"
