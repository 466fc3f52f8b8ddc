"""The demo's report as a commissioner gets it, on A4 and Letter, read back from the PDF's text
positions: at most 12 pages, the summary on the first page alone, and no heading left at the
foot of a page without its text."""

from __future__ import annotations

import itertools

import pytest

from coprod_desktop.domain.framework import Framework
from coprod_desktop.report.options import Paper
from coprod_desktop.services.exports import ExportService
from tests.report.helpers import page_texts
from tests.report.layout import Run, runs

#: The demo report's budget: a commissioner reads the summary, then turns a few pages.
MOST_PAGES = 12
#: Headings are bold at these sizes or larger (the smallest heading style); body text is smaller.
HEADING_SIZE = 10.5
#: Text below this height (points from the page's foot) is the footer.
FOOTER_TOP = 40.0


@pytest.fixture(scope="module", params=[Paper.A4, Paper.LETTER], ids=["a4", "letter"])
def demo_report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from coprod_desktop.services.data_folder import open_data_folder
    from coprod_desktop.services.demo import create_demo

    folder = open_data_folder(tmp_path_factory.mktemp("layout") / "data")
    try:
        return ExportService(folder.store).report_pdf(create_demo(folder.store), request.param)
    finally:
        folder.close()


def headings(found: list[Run]) -> list[Run]:
    return [r for r in found if r.bold and r.size >= HEADING_SIZE]


def test_the_demo_report_fits_in_twelve_pages_with_the_summary_first(demo_report: bytes) -> None:
    pages = page_texts(demo_report)
    assert len(pages) <= MOST_PAGES
    summary = pages[0]
    for part in ("Summary", "Where each group is", "Top training needs", "Strengths to share"):
        assert part in summary
    assert pages[1].startswith("Group: ")  # the summary is one page: the groups follow


def orphaned(found: list[Run]) -> list[tuple[int, str]]:
    """Headings with fewer than two runs of body text under them on their page."""
    heads = headings(found)

    def body_under(h: Run) -> int:
        return sum(
            1 for r in found if r.page == h.page and FOOTER_TOP < r.y < h.y - 1 and r not in heads
        )

    return [(h.page, h.text) for h in heads if body_under(h) < 2]


def test_no_heading_is_left_at_the_foot_of_a_page(demo_report: bytes) -> None:
    found = runs(demo_report)
    assert len(headings(found)) > 20
    assert orphaned(found) == []


def test_the_check_finds_a_heading_alone_at_the_foot() -> None:
    page = [
        Run(1, 50, 700, "Group: Tenants", True, 16.0),
        Run(1, 50, 680, "Body text", False, 9.5),
        Run(1, 50, 670, "More body text", False, 9.5),
        Run(1, 50, 60, "Profile", True, 12.5),
        Run(1, 50, 30, "Page 1 of 2", True, 8.0),
    ]
    assert orphaned(page) == [(1, "Profile")]


def report_words(framework: Framework) -> set[str]:
    """Every word of the report's own catalogue and of the framework's and demo's names."""
    from coprod_desktop.wording.catalogue import entries

    groups = "Service users and carers Community and voluntary groups Front-line staff Managers"
    own = [source for (context, source) in entries("cy") if context in {"Report", "Charts"}]
    names = [*own, groups, "commissioners"]
    names += [a.title for a in framework.areas] + [p.title for p in framework.principles]
    names += [s.title for s in framework.stages] + [lv.label for lv in framework.scale.levels]
    return {w.strip(".,:;()…“”").casefold() for name in names for w in name.split()}


def broken_words(found: list[Run], words: set[str]) -> list[str]:
    """Two runs, one under the other in the same column, that join into a known word whose
    second part is no word at all ("Principl" / "e")."""
    broken = []
    for above, below in itertools.pairwise(found):
        if above.page != below.page or abs(above.x - below.x) > 0.5:
            continue
        if not 0 < above.y - below.y < 2 * above.size or not above.text or not below.text:
            continue
        head, tail = above.text.split()[-1], below.text.split()[0]
        joined = (head + tail).casefold()
        if joined.isalpha() and joined in words and tail.casefold() not in words:
            broken.append(f"{head}|{tail}")
    return broken


def test_no_word_is_broken_over_two_lines(demo_report: bytes, default_framework: Framework) -> None:
    found = runs(demo_report)
    assert broken_words(found, report_words(default_framework)) == []


def test_the_check_finds_a_word_broken_in_two() -> None:
    found = [Run(1, 50, 700, "Larges", True, 8.5), Run(1, 50, 690, "t gap", True, 8.5)]
    assert broken_words(found, {"largest", "gap"}) == ["Larges|t"]


#: A section's heading (bold, 16 points: larger is the cover's title) that does not start its
#: page...
SECTION_SIZE = 16.0
#: ...has this much room between the baseline above it and its own: its leading (20 points)
#: and at least 10 points of space, after a table as after text.
SECTION_ROOM = 30.0


def tight_sections(found: list[Run]) -> list[tuple[int, str, float]]:
    """Section headings closer than ``SECTION_ROOM`` to the text above them on their page."""
    return [
        (here.page, here.text, round(above.y - here.y, 1))
        for above, here in itertools.pairwise(found)
        if here.bold and abs(here.size - SECTION_SIZE) < 0.5 and above.page == here.page
        if 0 < above.y - here.y < SECTION_ROOM
    ]


def test_a_section_heading_has_room_above_it_after_a_table(demo_report: bytes) -> None:
    found = runs(demo_report)
    assert any(r.text == "Appendix" for r in found)
    assert tight_sections(found) == []


def test_the_check_finds_a_heading_tight_under_a_table() -> None:
    page = [Run(8, 50, 500, "services", False, 7.5), Run(8, 50, 479.5, "Appendix", True, 16.0)]
    assert tight_sections(page) == [(8, "Appendix", 20.5)]


#: Points a run read back may reach past the right margin (spaces the reading adds).
TOLERANCE = 3.0


def past_the_margin(data: bytes) -> list[tuple[int, str, float]]:
    """Runs of text whose right end (measured with the font's metrics) is past the right
    margin, with how far (points). Text read back may gain a space or two between words (up
    to about 2 points a line); a word running past its column ran 10 points past."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from coprod_desktop.report.fonts import BOLD, REGULAR, register_fonts
    from coprod_desktop.report.styles import MARGIN
    from tests.report.helpers import reader

    register_fonts()
    right = float(reader(data).pages[0].mediabox.width) - MARGIN
    return [
        (r.page, r.text, round(end - right, 1))
        for r in runs(data)
        if (end := r.x + stringWidth(r.text, BOLD if r.bold else REGULAR, r.size))
        > right + TOLERANCE
    ]


def test_every_word_stays_inside_the_right_margin(demo_report: bytes) -> None:
    assert past_the_margin(demo_report) == []
