"""The accessible HTML report, from a real store, read back: the same content as the PDF,
real headings, tables with header cells, every chart with a text alternative stating what it
shows, the language and title set (checked by tests/report/html_checks.py)."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.analysis import items_in_scope
from coprod_desktop.domain.results import analyse
from coprod_desktop.report.formats import Export
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import flat
from tests.report.html_checks import parse, problems
from tests.report.test_welsh_report import welsh_workshop

BROKEN = (
    "<!DOCTYPE html><html><head></head><body><h2>A</h2><h4>B</h4>"
    "<table><tbody><tr><td>1</td></tr></tbody></table>"
    '<svg role="img"><title>x</title></svg><img src="a.png"><script></script></body></html>'
)


def test_the_checks_find_each_kind_of_problem() -> None:
    assert set(problems(BROKEN)) == {
        "no document language (html lang)",
        "no page title",
        "0 h1 headings, not one",
        "heading level skipped: h2 then h4",
        "a table without column header cells",
        "a table row without a row header cell",
        "a chart without a text alternative",
        "an image without alt text",
        "a script",
    }


def test_the_demo_report_as_an_accessible_web_page(store: Store, tmp_path: Path) -> None:
    demo_id = create_demo(store)
    w = WorkshopService(store).get(demo_id)
    out = tmp_path / "report.html"
    ExportService(store).write(Export.REPORT, demo_id, out)
    page = out.read_text(encoding="utf-8")
    assert problems(page) == []
    root = parse(page)
    assert root.all("html")[0].attrs["lang"] == "en"
    assert root.all("h1")[0].words() == w.title
    text = root.words()
    headings = [h.words() for h in root.all("h2")]
    for heading in ("Summary", "Across groups", "Actions and parking lot", "Appendix"):
        assert heading in headings
    results = analyse(w)
    for r in results.groups:
        assert f"Group: {r.group.name}" in headings
    for item in items_in_scope(w):  # the appendix's ratings, item by item
        assert flat(item.text) in text
    private = [r.private_note for g in w.groups for r in g.ratings.values() if r.private_note]
    assert private and not any(flat(note)[:30] in text for note in private)
    svgs = root.all("svg")
    descriptions = [n.words() for svg in svgs for n in svg.children if n.tag == "desc"]
    assert len(svgs) == 2 * len(w.groups) + 4  # two profiles a group, a heat map an area
    first = results.groups[0].profile.by_area[0]
    assert any(
        f"{first.title}: now {first.mean_current:.1f}, needed {first.mean_required:.1f}" in d
        for d in descriptions
    )
    assert any("current level of 4 groups on 10 items" in d and "training needs" in d
               for d in descriptions)  # fmt: skip


def test_a_welsh_workshop_web_page_is_in_welsh(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "adroddiad.html"
    ExportService(store).write(Export.REPORT, welsh_workshop(store), out)
    page = out.read_text(encoding="utf-8")
    assert problems(page) == []
    root = parse(page)
    assert root.all("html")[0].attrs["lang"] == "cy"
    assert "Crynodeb" in [h.words() for h in root.all("h2")]
