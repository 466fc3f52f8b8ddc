"""A workshop whose purpose is planning gets a report built around readiness per stage: from a
real store, read back from the PDF."""

from __future__ import annotations

import dataclasses

from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.domain.readiness import readiness
from coprod_desktop.domain.results import analyse
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import flat, page_texts


def test_a_planning_workshop_report_leads_with_readiness_per_stage(store: Store) -> None:
    service = WorkshopService(store)
    demo = service.get(create_demo(store))
    planning = dataclasses.replace(
        demo, uid="planning-demo", title="Planning day", purpose=WorkshopPurpose.PLANNING
    )
    pages = page_texts(ExportService(store).report_pdf(service.add(planning)))
    summary = pages[0]
    assert "Planning: find barriers" in summary
    readiness_at = summary.index("Readiness per stage")
    assert summary.index("Where each group is") < readiness_at < summary.index("Top training")
    assert pages[1].startswith("Readiness per stage")  # before the groups; the summary fits
    section = " ".join(pages[1:]).split("Group: ", 1)[0]
    w = service.get(service.add(dataclasses.replace(planning, uid="again")))
    stages = readiness(w, tuple(r.stage for r in analyse(w).groups))
    for s in stages:
        title = w.framework.stage_text(s.stage).title
        judged = len(s.ready) + len(s.not_yet)
        assert f"{title} {len(s.ready)} of {judged}" in summary
        if s.in_the_way:
            first = s.in_the_way[0]
            assert f"{first.item_code} {flat(w.framework.item(first.item_code).text)}" in section
            assert f"({len(first.group_keys)})" in section
        ready = ", ".join(w.group(k).name for k in s.ready) or "–"
        assert f"{title} {ready}" in section


def test_other_workshops_have_no_readiness_part(store: Store) -> None:
    text = " ".join(page_texts(ExportService(store).report_pdf(create_demo(store))))
    assert "Readiness per stage" not in text
