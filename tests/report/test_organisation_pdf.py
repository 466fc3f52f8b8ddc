"""The organisation report, parsed back: the hand-worked figures, in English and Welsh."""

from __future__ import annotations

import datetime as dt

from coprod_desktop.domain.framework import Framework
from coprod_desktop.domain.organisation import OrganisationFilter
from coprod_desktop.report.organisation_pdf import organisation_pdf
from coprod_desktop.services.organisation_view import OrganisationView
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import WorkshopRepository
from tests.report.helpers import pdf_text
from tests.services.test_organisation_view import example


def test_the_report_prints_every_figure(store: Store, default_framework: Framework) -> None:
    with store.unit_of_work() as session:
        for w in example(default_framework):
            WorkshopRepository(session).add(w)
    view = OrganisationView.of_laptop(store)
    flt = OrganisationFilter(held_from=dt.date(2020, 1, 1))
    text = pdf_text(organisation_pdf(view.figures(flt, with_trend=True), flt, source="this laptop"))
    assert "Co-production readiness across the organisation" in text
    assert "Workshops: 3 · groups: 5" in text
    assert "from 1 January 2020" in text
    assert "80% (5)" in text  # North × service users: 4 of 5
    assert "67% (3)" in text and "0% (3)" in text and "33% (3)" in text
    assert "Most common needs" in text and "1.7" in text and "2.5" in text
    assert "North (100%)" in text and "South (0%)" in text  # the strength to share
    trend = text.split("Only baselines with a follow-up in view count.")[1]
    assert trend.split() == [  # North's baseline (3 of 5 meet), then its follow-up (3 of 3)
        "Locality", "Baseline", "Follow-up", "1", "North", "60%", "(1)", "100%", "(1)"
    ]  # fmt: skip
    welsh = pdf_text(organisation_pdf(view.figures(flt), flt, source="x", language="cy"))
    assert "Parodrwydd i gyd-gynhyrchu ar draws y sefydliad" in welsh
    assert "Defnyddwyr gwasanaeth a gofalwyr" in welsh and "Cyd-ddylunio" in welsh


def test_an_empty_filter_says_so(store: Store) -> None:
    view = OrganisationView.of_laptop(store)
    flt = OrganisationFilter(localities=("Nowhere",))
    text = pdf_text(organisation_pdf(view.figures(flt, with_trend=True), flt, source="this laptop"))
    assert "Nothing to show for this filter." in text
    assert "localities Nowhere" in text
