"""The indicative stage in the PDF report, stored in a real store and read back: not enough
ratings, the tolerance, the four-principle rule and the method note, in English and Welsh."""

from __future__ import annotations

import re

import pytest

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.formats.framework_format import framework_from_bytes
from coprod_desktop.report.rules import Rule, explain
from coprod_desktop.resources import resource
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import flat, pdf_text
from tests.worded import first_bank


def report_for(store: Store, framework: Framework, *groups: dict[str, int]) -> str:
    w = Workshop(
        uid="stage-report",
        title="Stage report",
        framework=framework,
        item_codes=tuple(i.code for i in first_bank(framework.items)),
        groups=tuple(
            Group(
                key=f"g{n}",
                name=f"Group {n}",
                ratings={c: Rating(item_code=c, current_level=lv) for c, lv in levels.items()},
            )
            for n, levels in enumerate(groups, start=1)
        ),
    )
    workshop_id = WorkshopService(store).add(w)
    text = pdf_text(ExportService(store).report_pdf(workshop_id))
    # The page furniture, wherever a page break falls inside a paragraph.
    return re.sub(r" ?Stage report (?:Co-production readiness report|Adroddiad parodrwydd "
                  r"cyd-gynhyrchu) (?:no date set|dim dyddiad wedi'i osod) "
                  r"(?:Page|Tudalen) \d+ (?:of|o) \d+", "", text)  # fmt: skip


def test_the_report_says_when_there_are_not_enough_ratings_and_why_a_stage_is_shown(
    store: Store, default_framework: Framework
) -> None:
    codes = [i.code for i in first_bank(default_framework.items)]
    p4 = [i.code for i in first_bank(default_framework.items) if i.principle == "P4"]
    text = report_for(
        store,
        default_framework,
        dict.fromkeys(codes[:3], 5),  # 3 of 40
        dict.fromkeys(codes, 5) | {"K1": 1},  # one outlier
        dict.fromkeys(codes, 5) | {p4[0]: 1, p4[1]: 1},  # a principle short
    )
    assert "not enough ratings yet (3 of 40 items)" in text
    assert "A stage is shown once 30 of the 40 items are assessed; 3 are so far." in text
    assert "Full Co-production (40 of 40 items)" in text
    assert "Below the level for Full Co-production but within the tolerance: K1." in text
    assert "Co-delivery (40 of 40 items)" in text
    assert "Meets 38 of the 40 items needed for Full Co-production." in text
    assert (
        "Full Co-production needs every principle to meet it; not yet: Peers support each other."
        in text
    )
    for rule in Rule:  # the method note, a paragraph per rule under its title
        explanation = explain(rule, "en")
        if rule is Rule.PERCEPTION:  # no group said how it sees another: nothing shows it
            assert flat(explanation.paragraphs[0]) not in text
            continue
        assert flat(f"{explanation.title}. {' '.join(explanation.paragraphs)}") in text


@pytest.fixture(scope="module")
def welsh_framework() -> Framework:
    path = resource("frameworks", "default.cy.json")
    return framework_from_bytes(path.read_bytes(), str(path))


def test_the_welsh_report_explains_the_stage_in_welsh(
    store: Store, welsh_framework: Framework
) -> None:
    codes = [i.code for i in welsh_framework.items]
    text = report_for(store, welsh_framework, dict.fromkeys(codes[:3], 5))
    assert "dim digon o sgorau eto" in text
    assert "Dangosir cam pan fo 30 o'r 40 eitem wedi'u hasesu; mae 3 hyd yn hyn." in text
    for rule in Rule:
        if rule is not Rule.PERCEPTION:  # shown only when groups said how they see others
            for paragraph in explain(rule, "cy").paragraphs:
                assert flat(paragraph) in text


def test_the_summary_counts_the_differences_between_groups_and_the_heat_maps_mark_them(
    store: Store, default_framework: Framework
) -> None:
    codes = [i.code for i in first_bank(default_framework.items)]
    text = report_for(
        store,
        default_framework,
        dict.fromkeys(codes, 1),
        dict.fromkeys(codes[:8], 4) | dict.fromkeys(codes[8:], 1),
    )
    summary = text.split("Summary", 1)[1].split("Group: Group 1")[0]
    assert "On 8 items the groups' own ratings are two or more levels apart" in summary
    across = text.split("Across groups", 2)[2].split("Appendix")[0]
    assert "differences between groups on" not in across  # a chart's words, never printed
    assert across.count("3") >= 8  # each marked row prints how far apart (4 - 1)
    # Differences between groups are never called perception gaps: that name belongs to how
    # others see a group (cross-rating), which only the method note explains here.
    assert "perception" not in (summary + across).casefold()
    assert "perception gaps" not in text.casefold()
