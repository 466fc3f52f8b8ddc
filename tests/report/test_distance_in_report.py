"""Distance travelled in needs in a follow-up's report, from a real store and read back: the
headline, each group's needs closed, persisting and new, the size warning, the baseline's open
actions carried over, and the radar with the baseline drawn under the group's own."""

from __future__ import annotations

import dataclasses

from coprod_desktop.domain.follow_up import compare
from coprod_desktop.domain.framework import Framework
from coprod_desktop.report.headline import needs_headline
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.domain.test_distance import pair
from tests.report.helpers import pdf_text


def test_the_headline_in_english_and_welsh(default_framework: Framework) -> None:
    baseline, follow_up = pair(default_framework)
    distance = compare(baseline, follow_up).needs
    assert needs_headline(distance, "en") == "2 of 5 needs closed since 12 November 2026"
    assert needs_headline(distance, "cy") == "2 o'r 5 angen wedi'u cau ers 12 Tachwedd 2026"
    undated = dataclasses.replace(distance, baseline_held_on=None)
    assert needs_headline(undated, "en") == "2 of 5 needs closed since the baseline"


def test_a_follow_up_report_says_how_far_each_group_travelled(
    store: Store, default_framework: Framework
) -> None:
    baseline, follow_up = pair(default_framework)
    service = WorkshopService(store)
    service.add(baseline)
    text = pdf_text(ExportService(store).report_pdf(service.add(follow_up)))
    section = text.split("Training needs since the baseline")[-1]
    assert section.startswith(" 2 of 5 needs closed since 12 November 2026 · 1 persisting · 2 new")
    assert "B had 6 people at the baseline and 8 now" in section
    assert "A 3 1: K1 1: K3 1: H1 1: S1" in section
    assert "B 2 1: K3 0 1: K1 1: H1" in section
    carried = section.split("Carried over from the baseline")[1]
    assert "Meet the chair Sam" in carried and "Book the budget course" not in carried
    assert "Plan: Mentoring" in carried and "Plan: Budget course" not in carried
    # The group pages' radars draw the baseline too, and say so in their words.
    assert "Baseline" in text and "then 2.0" in text
