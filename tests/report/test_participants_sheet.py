"""The participants' Easy Read sheet, read back from the PDF: a page per group, large print,
the group's strengths, its top three needs in Easy Read words and what happens next; its own
sentences keep the Easy Read rules in English and Welsh."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.easy_read import check
from coprod_desktop.domain.results import analyse
from coprod_desktop.domain.workshop import Workshop
from coprod_desktop.report.formats import Export
from coprod_desktop.report.kit import say
from coprod_desktop.report.participants_sheet import (
    HEADINGS,
    SENTENCES,
    SHEET_NAME,
    SHOWN,
    easy,
    strengths,
)
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import flat, page_texts, reader
from tests.report.layout import runs
from tests.report.test_welsh_report import welsh_workshop

#: Large print: nothing on the sheet is smaller than this (points).
SMALLEST = 14.0


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_sheet_s_own_words_keep_the_easy_read_rules(language: str) -> None:
    broken = [(text, b.rule.value, b.found) for text in SENTENCES
              for b in check(say(text, language), language)]  # fmt: skip
    broken += [(text, b.rule.value, b.found) for text in (*HEADINGS, SHEET_NAME)
               for b in check(say(text, language), language, sentence_form=False)]  # fmt: skip
    assert broken == []
    if language == "cy":  # translated, not English passing for Welsh
        assert all(say(text, "cy") != text for text in (*SENTENCES, *HEADINGS, SHEET_NAME))


def test_every_demo_group_gets_its_page(store: Store) -> None:
    demo_id = create_demo(store)
    w: Workshop = WorkshopService(store).get(demo_id)
    data = ExportService(store).make(Export.PARTICIPANTS_SHEET, demo_id)
    pages = page_texts(data)
    assert len(pages) == len(w.groups)
    for page, results in zip(pages, analyse(w).groups, strict=True):
        assert page.startswith(f"What you told us {results.group.name}")
        for heading in ("What you are good at", "What you want to learn", "What happens next"):
            assert heading in page
        needs = results.needs[:SHOWN]
        assert needs, "every demo group has needs: the test means something"
        for n in needs:
            assert flat(easy(w, n.item_code)) in page
        for text in strengths(w, results):
            assert flat(text) in page
        for action in w.actions:
            if not action.done and action.group_key in (None, results.group.key):
                break
        else:
            action = None
        if action is not None:
            assert flat(action.what) in page
        assert "We will use what you told us to plan training." in page
    sizes = [r.size for r in runs(data)]
    assert min(sizes) >= SMALLEST
    pdf = reader(data)
    assert pdf.metadata is not None and str(pdf.metadata.title).endswith("What you told us")
    assert language_of(data) == "en"
    assert [getattr(o, "title", None) for o in pdf.outline] == [g.name for g in w.groups]


def test_a_welsh_workshop_gets_a_welsh_sheet(store: Store) -> None:
    wid = welsh_workshop(store)
    w = WorkshopService(store).get(wid)
    data = ExportService(store).make(Export.PARTICIPANTS_SHEET, wid)
    text = " ".join(page_texts(data))
    assert "Beth ddywedoch chi wrthym ni" in text
    assert flat(easy(w, "K1")) in text  # the group's need, in the framework's Welsh
    assert "What you" not in text
    assert language_of(data) == "cy"


def language_of(data: bytes) -> str:
    """The PDF's document language (its catalogue's /Lang)."""
    return str(reader(data).root_object.get("/Lang"))
