"""A workshop whose purpose is planning gets a report built around readiness per stage and its
barriers: the summary's readiness table counts the open barriers holding each stage back and a
line sums the log up; before the group pages every barrier stands under the stage or principle
it holds back, with kind, owner and next step. Read back from the PDF and the web page, from a
real store; other workshops' reports stay about training needs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from coprod_desktop.domain.barrier import BarrierStatus, open_holding_back
from coprod_desktop.domain.framework import Stage
from coprod_desktop.domain.purpose import WorkshopPurpose
from coprod_desktop.report.formats import Export
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.report.helpers import flat, page_texts
from tests.report.html_checks import parse, problems


def planning_day(store: Store) -> int:
    """The demo as a planning day (its six barriers, one dealt with), stored."""
    service = WorkshopService(store)
    demo = service.get(create_demo(store))
    return service.add(dataclasses.replace(
        demo, uid="planning-day", title="Planning day", purpose=WorkshopPurpose.PLANNING
    ))  # fmt: skip


def test_a_planning_report_names_its_barriers(store: Store) -> None:
    workshop_id = planning_day(store)
    w = WorkshopService(store).get(workshop_id)
    assert len(w.barriers) == 6 and sum(b.is_open for b in w.barriers) == 5
    pages = page_texts(ExportService(store).report_pdf(workshop_id))
    summary = pages[0]
    assert "Barrier log: 6 logged; 5 still open." in summary
    readiness = summary.split("Readiness per stage", 1)[1].split("Top training needs", 1)[0]
    assert "Open barriers" in readiness
    co_design = w.framework.stage_text(Stage.CO_DESIGN).title
    assert open_holding_back(w.barriers, Stage.CO_DESIGN) == 2
    # Its row: the stage, groups ready, the item most in the way (K1), then the open barriers.
    assert readiness.split(co_design, 1)[1].split("consultation.", 1)[1].lstrip().startswith("2")
    section = " ".join(pages[1:]).split("Group: ", 1)[0].split("Barriers in the way", 1)[1]
    places = []
    for b in w.barriers:
        assert flat(b.what) in section
        assert flat(b.owner) in section and flat(b.next_step) in section
        places.append(section.index(flat(b.what)))
    # Under what each holds back: the stages in order, then the principles.
    stages_first = [w.barriers[i] for i in sorted(range(6), key=lambda i: places[i])]
    assert [b.principle for b in stages_first[-2:]] == ["P1", "P4"]
    assert stages_first[0].status is BarrierStatus.DEALT_WITH  # active involvement's
    for text in ("Holds back", "Barrier and its kind", "Owner and next step", "Dealt with",
                 "Policy or rules", "People and capacity", "The whole partnership",
                 f"P1 {flat(w.framework.principle('P1').title)}"):  # fmt: skip
        assert text in section, text


def test_the_barriers_in_the_web_page(store: Store, tmp_path: Path) -> None:
    workshop_id = planning_day(store)
    out = tmp_path / "planning.html"
    ExportService(store).write(Export.REPORT, workshop_id, out)
    page = out.read_text(encoding="utf-8")
    assert problems(page) == []
    root = parse(page)
    assert "Barriers in the way" in [h.words() for h in root.all("h2")]
    table = next(t for t in root.all("table") if "Barrier and its kind" in t.words())
    assert [th.words() for th in table.all("th")][:3] == [
        "Holds back", "Barrier and its kind", "Owner and next step"]  # fmt: skip
    assert "No budget line to pay tenants for their time or travel" in table.words()


def test_other_reports_stay_about_training_needs(store: Store) -> None:
    text = " ".join(page_texts(ExportService(store).report_pdf(create_demo(store))))
    assert "Barriers in the way" not in text and "Barrier log" not in text
