"""Every workshop the format accepts gets a report and a blank form: charts and tables that do
not fit a page run on over pages, long texts wrap and break. Each case here failed with
reportlab's LayoutError (exit 70) before."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.framework import Area, Framework
from coprod_desktop.domain.text import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT
from coprod_desktop.domain.workshop import MAX_GROUPS
from coprod_desktop.report.formats import Export, Source, format_for
from coprod_desktop.report.options import Paper
from coprod_desktop.services.exports import build_report
from tests.report.helpers import page_texts, pdf_text
from tests.report.limits import custom_items, every_output, workshop_of

BOTH = (Paper.A4, Paper.LETTER)


@pytest.mark.parametrize("paper", BOTH)
def test_a_heat_map_of_60_items_in_one_area_runs_on_over_pages(
    default_framework: Framework, paper: Paper
) -> None:
    framework = custom_items(default_framework, 60, Area.KNOWLEDGE, "The first statement")
    data = build_report(workshop_of(framework), paper=paper)
    pages = page_texts(data)
    continued = [n for n, text in enumerate(pages) if "Knowledge (continued)" in text]
    assert continued, "the heat map's second part is titled as a continuation"
    first = continued[0]
    # Every item's row is drawn once: split between the parts, none lost at a page's foot.
    across = " ".join(pages[first - 1 : first + 2])
    for n in range(1, 61):
        assert across.count(f"Z{n} Statement") + across.count(f"Z{n} The first") >= 1, n
    assert (
        len(
            format_for(Export.BLANK_FORM, ".pdf").write(Source(workshop_of(framework), paper=paper))
        )
        > 0
    )


@pytest.mark.parametrize("paper", BOTH)
@pytest.mark.parametrize(
    "text",
    ["word " * 700, pytest.param("x" * LONG_TEXT_LIMIT, marks=pytest.mark.slow)],
    ids=["3500", "20000"],
)
def test_a_statement_longer_than_a_page_wraps_and_breaks(
    default_framework: Framework, paper: Paper, text: str
) -> None:
    framework = custom_items(default_framework, 4, None, text.strip())
    workshop = workshop_of(framework)
    report = pdf_text(build_report(workshop, paper=paper))
    form = pdf_text(format_for(Export.BLANK_FORM, ".pdf").write(Source(workshop, paper=paper)))
    assert "Statement 4 about working together" in report
    assert "Statement 4 about working together" in form
    if text.startswith("word"):  # printed whole, over as many pages as it needs
        assert report.count("word") >= 700
        assert form.count("word") >= 700


@pytest.mark.parametrize("paper", BOTH)
def test_24_groups_with_the_longest_names_fit(default_framework: Framework, paper: Paper) -> None:
    name = ("Tenants and carers from the north estates " * 8)[: SHORT_TEXT_LIMIT - 3]
    framework = custom_items(default_framework, 8, None, "The first statement")
    workshop = workshop_of(framework, groups=MAX_GROUPS, group_name=name)
    text = pdf_text(build_report(workshop, paper=paper))
    assert text.count("north estates") >= MAX_GROUPS
    assert len(format_for(Export.BLANK_FORM, ".pdf").write(Source(workshop, paper=paper))) > 0


@pytest.mark.slow  # about a minute of processor time: some 3,000 pages
def test_the_documented_maximum_of_500_items_and_24_groups_builds_every_output(
    default_framework: Framework,
) -> None:
    framework = custom_items(default_framework, 500, None, "The first statement")
    workshop = workshop_of(framework, groups=MAX_GROUPS, note="Said in the room.")
    outputs = every_output(workshop)
    assert "Z500" in pdf_text(outputs["form-a4"])
