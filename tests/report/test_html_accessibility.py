"""The HTML report checked by an automated accessibility checker: axe-core in headless
Chromium, offline (tests/report/axe_check.py). The demo's report, a follow-up's and a Welsh
one break no rule; a page that does is caught, rule by rule, so the check can fail."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.domain.framework import Framework
from coprod_desktop.report.formats import Export
from coprod_desktop.services.demo import create_demo
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.domain.test_distance import pair
from tests.report.axe_check import violations
from tests.report.test_welsh_report import welsh_workshop

#: A page breaking rules the report must keep: language, title, an image's and a chart's
#: text alternative, text contrast, a labelled field.
BROKEN = (
    "<!DOCTYPE html><html><head></head><body><main><h1>Report</h1>"
    '<img src="chart.png"><svg role="img" width="10" height="10"></svg>'
    '<p style="color:#bbb;background:#fff">pale words</p><input type="text">'
    "</main></body></html>"
)


def report_page(store: Store, workshop_id: int, folder: Path) -> str:
    out = folder / "report.html"
    ExportService(store).write(Export.REPORT, workshop_id, out)
    return out.read_text(encoding="utf-8")


def test_the_checker_catches_a_page_that_breaks_the_rules(tmp_path: Path) -> None:
    assert {v.rule for v in violations(BROKEN, tmp_path)} == {
        "html-has-lang",
        "document-title",
        "image-alt",
        "svg-img-alt",
        "color-contrast",
        "label",
    }


def test_the_demo_report_breaks_no_rule(store: Store, tmp_path: Path) -> None:
    page = report_page(store, create_demo(store), tmp_path)
    assert violations(page, tmp_path / "axe") == []


def test_a_follow_up_report_breaks_no_rule(
    store: Store, default_framework: Framework, tmp_path: Path
) -> None:
    baseline, follow_up = pair(default_framework)
    service = WorkshopService(store)
    service.add(baseline)
    page = report_page(store, service.add(follow_up), tmp_path)
    assert "Training needs since the baseline" in page  # the follow-up's own parts are there
    assert violations(page, tmp_path / "axe") == []


def test_a_welsh_report_breaks_no_rule(store: Store, tmp_path: Path) -> None:
    page = report_page(store, welsh_workshop(store), tmp_path)
    assert 'lang="cy"' in page
    assert violations(page, tmp_path / "axe") == []
