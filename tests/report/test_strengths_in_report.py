"""Strengths to share in the report, from a real store and read back from the PDF."""

from __future__ import annotations

import dataclasses

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.rating import Rating
from coprod_desktop.domain.workshop import Group, Workshop
from coprod_desktop.services.exports import ExportService
from coprod_desktop.services.workshops import WorkshopService
from coprod_desktop.storage.database import Store
from tests.domain.test_strengths import example
from tests.report.helpers import pdf_text


def test_the_report_says_who_could_help_whom(store: Store, default_framework: Framework) -> None:
    w = example(default_framework)
    w = dataclasses.replace(
        w, groups=tuple(dataclasses.replace(g, name=n) for g, n in zip(w.groups, ("Users",
                        "Staff", "Managers"), strict=True)),
    )  # fmt: skip
    text = pdf_text(ExportService(store).report_pdf(WorkshopService(store).add(w)))
    section = text.split("Strengths to share: who could help whom")[-1]
    assert section.startswith(
        " A group at the top two levels on an item could help a group that needs it and is below"
    )
    k1 = section.split("K1 ", 1)[1].split("K3 ", 1)[0]
    assert "Users (5), Managers (4)" in k1 and "Staff (2 → 4), Managers (4 → 5)" in k1
    k3 = section.split("K3 ", 1)[1].split("H1 ", 1)[0]
    assert "Staff (4, split)" in k3 and "Users (1 → 3), Managers (2 → 3)" in k3
    h1 = section.split("H1 ", 1)[1]
    assert "Users (4), Staff (4) Managers (2 → 3)" in h1
    # The rule is in the method note too, in full.
    assert "A group at the same level as the group that needs the item is not listed" in text


def test_a_report_with_no_strengths_says_so(store: Store, default_framework: Framework) -> None:
    needs = {"K1": Rating("K1", current_level=2, required_level=4)}
    at_three = {"K1": Rating("K1", current_level=3, required_level=3)}
    w = Workshop(
        uid="w", title="No strengths", framework=default_framework, item_codes=("K1",),
        groups=(Group("a", "Users", ratings=needs), Group("b", "Staff", ratings=at_three)),
    )  # fmt: skip
    text = pdf_text(ExportService(store).report_pdf(WorkshopService(store).add(w)))
    assert "None yet: no group is at the top two levels on an item another group needs." in text
