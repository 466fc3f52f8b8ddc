"""The barriers slide (Alt+8): the open barriers under the stage or principle each holds back,
with kind, owner, next step and group; readable from the back of the hall on every page, in
every theme at 1024 × 768 and 1920 × 1080, in English and Welsh; those dealt with stay off."""

from __future__ import annotations

from PySide6.QtCore import QSize

from coprod_desktop.domain.audience import Slide
from coprod_desktop.domain.barrier import Barrier, BarrierStatus, BarrierTag
from coprod_desktop.domain.framework import Stage
from coprod_desktop.services.session import LiveSession
from coprod_desktop.ui.audience.canvas import MIN_CAP
from coprod_desktop.ui.audience.themes import THEMES, readable
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import drawn_on_every_page
from tests.ui.test_audience_legibility import PIXEL, demo

__all__ = ["demo"]  # the fixture: the demo on the framework in each language

LOG = (
    Barrier("No budget line to pay people for their time", BarrierTag.RESOURCES,
            stage=Stage.CO_DELIVERY, owner="Finance lead",
            next_step="Ask the board for a payment policy"),
    Barrier("Risk rules stop volunteers running sessions", BarrierTag.POLICY, principle="P3",
            owner="Head of service", group_key="g3"),
    Barrier("Meetings in office hours only", BarrierTag.CULTURE, stage=Stage.CO_DESIGN),
    Barrier("No room booked", BarrierTag.ORGANISATION, status=BarrierStatus.DEALT_WITH),
    *(Barrier(f"Barrier {n}: staff turnover means people leave before training pays off",
              BarrierTag.PEOPLE, stage=Stage.FULL_CO_PRODUCTION, owner="HR")
      for n in range(12)),
)  # fmt: skip


def logged(c: SessionController) -> None:
    """This test's log alone (the demo's own barriers removed)."""
    live: LiveSession = c.live
    while live.workshop.barriers:
        live.remove_barrier(0)
    for barrier in LOG:
        live.add_barrier(barrier)
    c.run(c.live.show_slide, Slide.BARRIERS)


def test_every_page_readable_in_every_theme_and_size(demo: SessionController) -> None:
    logged(demo)
    state = demo.audience
    assert len(state.barriers) == len(LOG) - 1  # the one dealt with stays off the wall
    for width, height in ((1024, 768), (1920, 1080)):
        least = MIN_CAP / 100 * height - PIXEL
        for theme in THEMES:
            pages = drawn_on_every_page(state, readable(theme, dyslexia_spacing=False),
                                        QSize(width, height))  # fmt: skip
            texts = [d.text for page in pages for d in page.drawn]
            for n, page in enumerate(pages):
                assert not page.overflow, (theme, width, n)
                for d in page.drawn:
                    assert d.cap >= least, (theme, width, d.text)
                    assert d.y + d.height <= height and d.x + d.width <= width + 1, d.text
            for barrier in LOG[:3]:
                assert barrier.what in texts, (theme, width)
            assert "No room booked" not in texts


def test_it_speaks_the_workshops_language(demo: SessionController) -> None:
    logged(demo)
    state = demo.audience
    pages = drawn_on_every_page(state, readable("default", dyslexia_spacing=False),
                                QSize(1024, 768))  # fmt: skip
    words = " ".join(d.text for page in pages for d in page.drawn)
    expected = (
        ("What stands in the way", "Resources", "Owner: Finance lead", "whole partnership")
        if state.language == "en"
        else ("Beth sy'n sefyll yn y ffordd", "Adnoddau", "Perchennog: Finance lead",
              "bartneriaeth gyfan")
    )  # fmt: skip
    for said in expected:
        assert said in words, said
    stage = demo.workshop.framework.stage_text(Stage.CO_DELIVERY).title
    assert stage in words


def test_an_empty_log_says_so(demo: SessionController) -> None:
    for index in range(len(demo.workshop.barriers)):  # every barrier dealt with: none open
        if demo.workshop.barriers[index].is_open:
            demo.live.toggle_barrier_dealt_with(index)
    demo.run(demo.live.show_slide, Slide.BARRIERS)
    pages = drawn_on_every_page(demo.audience, readable("default", dyslexia_spacing=False),
                                QSize(1024, 768))  # fmt: skip
    assert len(pages) == 1 and not pages[0].overflow
    words = {d.text for d in pages[0].drawn}
    assert words & {"No barrier is open.", "Does dim rhwystr ar agor."}
