"""The projector in Welsh: its own words translated, and every slide still fitting its page
(Welsh sentences run longer than English ones)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from coprod_desktop.domain.audience import AudienceState, Slide
from coprod_desktop.domain.session import RunningOrder
from coprod_desktop.resources import resource
from coprod_desktop.services.demo import DEMO_FILE, build_demo
from coprod_desktop.services.session import LiveSession
from coprod_desktop.storage.database import Store
from coprod_desktop.storage.repositories import FrameworkRepository, WorkshopRepository
from coprod_desktop.ui.audience.themes import THEMES
from coprod_desktop.ui.audience.view import AudienceView
from coprod_desktop.ui.i18n import install_language
from coprod_desktop.ui.session.controller import SessionController
from tests.ui.audience_fixtures import demo_controller  # noqa: F401

SIZES = (QSize(1024, 768), QSize(1920, 1080))
WELSH_FRAMEWORK = "readiness-default-cy"


@pytest.fixture
def welsh_demo(store: Store, qtbot: QtBot) -> Iterator[SessionController]:
    """The demo workshop on the Welsh framework, with the windows speaking Welsh."""
    spec = json.loads(resource(*DEMO_FILE).read_text(encoding="utf-8"))
    with store.unit_of_work() as session:
        framework = FrameworkRepository(session).get(WELSH_FRAMEWORK)
        workshop = build_demo(framework, spec, dt.date.fromisoformat(spec["held_on"]))
        wid = WorkshopRepository(session).add(workshop)
    install_language("cy")
    controller = SessionController(LiveSession(store, wid))
    controller.run(controller.live.show_slide, Slide.ITEM)
    yield controller
    controller.deleteLater()
    install_language("en")


def every_slide(c: SessionController) -> list[AudienceState]:
    c.run(c.live.set_easy_read, True)
    c.run(c.live.set_timer_shown, True)
    states: list[AudienceState] = []
    c.run(c.live.jump, group_key="g1", item_code="S3")
    states.append(c.audience)
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    c.run(c.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    c.run(c.live.jump, group_key="g1", item_code="S4")
    c.run(c.live.set_revealed, True)
    states.append(c.audience)
    c.run(c.live.set_running_order, RunningOrder.GROUP_BY_GROUP)
    for slide in (Slide.TITLE, Slide.STAGES, Slide.GROUP_SUMMARY, Slide.RESULTS, Slide.STRENGTHS,
                  Slide.CLOSING):  # fmt: skip
        c.run(c.live.show_slide, slide)
        states.append(c.audience)
    return states


def test_the_projector_speaks_welsh(welsh_demo: SessionController, qtbot: QtBot) -> None:
    view = AudienceView()
    qtbot.addWidget(view)
    shown: set[str] = set()
    for state in every_slide(welsh_demo):
        view.show_state(state)
        shown |= {d.text for d in view.layout_at(QSize(1024, 768)).drawn}
    words = " ".join(shown)
    for welsh in ("Hawdd ei Ddarllen", "Croeso", "Diolch", "Camau cyd-gynhyrchu",
                  "Crynodeb: ", "Canlyniadau: ", "Amser ", "Nawr", "Angen",
                  "nawr ", "angen ", "Cryfderau i'w rhannu"):  # fmt: skip
        # (the last two are printed inside the profile chart)
        assert welsh in words, welsh
    assert not any(t.startswith(("now ", "needed ")) for t in shown)  # the chart's own words
    for english in ("Easy Read", "Welcome", "Thank you", "Summary:", "Results:", "Time "):
        assert english not in words, english


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("theme", list(THEMES))
def test_every_slide_fits_in_welsh_in_every_theme(
    size: QSize, theme: str, welsh_demo: SessionController, qtbot: QtBot
) -> None:
    view = AudienceView(THEMES[theme])
    qtbot.addWidget(view)
    for state in every_slide(welsh_demo):
        view.show_state(state)
        report = view.layout_at(size)
        assert not report.overflow, (theme, state.slide)
        assert report.drawn
        assert all(d.y + d.height <= size.height() for d in report.drawn)
        assert all(d.x >= 0 and d.x + d.width <= size.width() + 1 for d in report.drawn)


def test_the_projector_keeps_the_workshops_language_when_the_console_switches(
    demo_controller: SessionController,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """One language per audience: the room reads the workshop's language, the facilitator
    chooses the console's; switching the console to Welsh leaves an English slide English."""
    view = AudienceView()
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    demo_controller.run(demo_controller.live.show_slide, Slide.TITLE)
    view.show_state(demo_controller.audience)
    qtbot.waitUntil(lambda: "Welcome" in [d.text for d in view.frame().drawn])
    try:
        install_language("cy")
        view.show_state(demo_controller.audience)
        qtbot.wait(50)
        assert "Welcome" in view.drawn_text() and "Croeso" not in view.drawn_text()
        demo_controller.run(demo_controller.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
        demo_controller.run(demo_controller.live.show_slide, Slide.ITEM)
        view.show_state(demo_controller.audience)
        shown = " ".join(d.text for d in view.layout_at(QSize(1024, 768)).drawn)
        assert "All groups" in shown and "Item 1 of " in shown
        assert "Pob grŵp" not in shown and "Eitem 1 o " not in shown
    finally:
        install_language("en")


def test_a_welsh_workshop_is_projected_in_welsh_under_an_english_console(
    welsh_demo: SessionController, qtbot: QtBot
) -> None:
    install_language("en")  # the facilitator reads English; the room reads Welsh
    view = AudienceView()
    qtbot.addWidget(view)
    welsh_demo.run(welsh_demo.live.show_slide, Slide.TITLE)
    view.show_state(welsh_demo.audience)
    title = " ".join(d.text for d in view.layout_at(QSize(1024, 768)).drawn)
    held_on = welsh_demo.live.workshop.held_on
    assert held_on is not None
    months = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
              "Medi", "Hydref", "Tachwedd", "Rhagfyr")  # fmt: skip
    assert (
        "Croeso" in title and f"{held_on.day} {months[held_on.month - 1]} {held_on.year}" in title
    )
    assert held_on.strftime("%B") not in title  # no English month name
    welsh_demo.run(welsh_demo.live.set_running_order, RunningOrder.ITEM_BY_ITEM)
    welsh_demo.run(welsh_demo.live.show_slide, Slide.ITEM)
    view.show_state(welsh_demo.audience)
    item = " ".join(d.text for d in view.layout_at(QSize(1024, 768)).drawn)
    assert "Pob grŵp" in item and "Eitem 1 o " in item and "All groups" not in item
    welsh_demo.run(welsh_demo.live.show_slide, Slide.STAGES)
    view.show_state(welsh_demo.audience)
    stages = " ".join(d.text for d in view.layout_at(QSize(1024, 768)).drawn)
    assert "Camau cyd-gynhyrchu" in stages and "The stages of co-production" not in stages
